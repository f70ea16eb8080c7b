import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OutputWindow, type WindowGuard } from './output-window.js';

const blockOn =
  (term: string): WindowGuard =>
  async (text) => ({ blocked: text.includes(term), text });
const redact =
  (term: string, replacement: string): WindowGuard =>
  async (text) => ({ blocked: false, text: text.split(term).join(replacement) });

async function run(
  guard: WindowGuard,
  chunks: string[],
  holdBack = 16,
  context = 32,
): Promise<{ out: string; cut: boolean; firstRelease: number }> {
  const window = new OutputWindow(guard, holdBack, context);
  let out = '';
  let firstRelease = -1;
  for (const [i, chunk] of chunks.entries()) {
    const released = await window.push(chunk);
    if (released === null) return { out, cut: true, firstRelease };
    if (released && firstRelease < 0) firstRelease = i;
    out += released;
  }
  const rest = await window.finish();
  if (rest === null) return { out, cut: true, firstRelease };
  return { out: out + rest, cut: false, firstRelease };
}

function splitAt(text: string, cuts: number[]): string[] {
  const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
  const out: string[] = [];
  let last = 0;
  for (const p of points) {
    out.push(text.slice(last, p));
    last = p;
  }
  out.push(text.slice(last));
  return out;
}

const text = `${'The quick brown fox jumps. '.repeat(4)}SECRET-TOKEN and then more words follow here.`;

describe('OutputWindow', () => {
  it('never releases a blocked term, for every two-chunk split', async () => {
    for (let i = 0; i <= text.length; i++) {
      const { out, cut } = await run(blockOn('SECRET-TOKEN'), [text.slice(0, i), text.slice(i)]);
      expect(cut).toBe(true);
      expect(out).not.toContain('SECRET-TOKEN');
      expect(text.startsWith(out)).toBe(true);
    }
  });

  it('never releases a blocked term, for random multi-chunk splits', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat(), { maxLength: 40 }), async (cuts) => {
        const { out, cut } = await run(blockOn('SECRET-TOKEN'), splitAt(text, cuts));
        expect(cut).toBe(true);
        expect(out).not.toContain('SECRET-TOKEN');
      }),
    );
  });

  it('redacts a term split across any chunks and loses nothing else', async () => {
    const expected = text.split('SECRET-TOKEN').join('[R]');
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat(), { maxLength: 60 }), async (cuts) => {
        const { out, cut } = await run(redact('SECRET-TOKEN', '[R]'), splitAt(text, cuts));
        expect(cut).toBe(false);
        expect(out).toBe(expected);
      }),
    );
  });

  it('releases early text before the stream ends (bounded hold-back)', async () => {
    const chunks = splitAt(
      'a'.repeat(200),
      Array.from({ length: 50 }, (_, i) => i * 4),
    );
    const { out, firstRelease } = await run(async (t) => ({ blocked: false, text: t }), chunks, 16);
    expect(out).toBe('a'.repeat(200));
    expect(firstRelease).toBeLessThanOrEqual(5);
  });

  it('with hold-back 0 every chunk is released as it arrives', async () => {
    const window = new OutputWindow(async (t) => ({ blocked: false, text: t }), 0, 0);
    expect(await window.push('abc')).toBe('abc');
    expect(await window.push('def')).toBe('def');
  });
});
