import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MODELS_DIR } from '../guard-test-kit.js';
import { featureIndices, windows } from './features.js';
import { loadModel, scoreText, scoreTextAll } from './model.js';

/** The feature definition written plainly (a second pass for words, charCodeAt per unit). */
function reference(text: string, start: number, end: number, mask: number): number[] {
  const out: number[] = [];
  const cjk = (c: number) => c >= 0x3400 && c <= 0x9fff;
  const wordUnit = (c: number) =>
    (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x27 || c === 0x5f;
  for (let i = start; i < end; i++) {
    let h = 0x811c9dc5 | 0;
    const isCjk = cjk(text.charCodeAt(i));
    for (let n = 1; n <= (isCjk ? 3 : 4) && i + n <= end; n++) {
      h = Math.imul(h ^ text.charCodeAt(i + n - 1), 0x01000193);
      if (n >= 3 || isCjk) out.push(h & mask);
    }
  }
  let prev = 0;
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (!wordUnit(c)) {
      if (c !== 0x20) prev = 0;
      i++;
      continue;
    }
    let h = 0x9e3779b1 | 0;
    while (i < end && wordUnit(text.charCodeAt(i))) h = Math.imul(h ^ text.charCodeAt(i++), 0x01000193);
    out.push(h & mask);
    if (prev !== 0) out.push((Math.imul(prev ^ (0x85ebca6b | 0), 0x01000193) ^ h) & mask);
    prev = h | 1;
  }
  return out;
}

const textArb = fc.string({ unit: fc.constantFrom(..."ab z0_'.-忽略指令 \n"), maxLength: 1500 });

describe('feature extraction', () => {
  it('matches the plain definition on every window (property)', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        for (const [s, e] of windows(text.length)) {
          expect([...featureIndices(text, s, e, 0xffff)]).toEqual(reference(text, s, e, 0xffff));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('scores several models at once exactly as one at a time', () => {
    const models = ['injection', 'indirect', 'harmful', 'toxicity'].map((name) =>
      loadModel(MODELS_DIR, name),
    );
    fc.assert(
      fc.property(textArb, (text) => {
        const together = scoreTextAll(models, text);
        models.forEach((model, i) => {
          expect(together[i]).toEqual(scoreText(model, text));
        });
      }),
      { numRuns: 100 },
    );
  });
});
