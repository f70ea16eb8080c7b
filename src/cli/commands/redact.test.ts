import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { registerEvalPii } from './eval-pii.js';
import { registerRedact } from './redact.js';
import { readCsv } from './redact-io.js';

const dir = mkdtempSync(join(tmpdir(), 'palisade-redact-'));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

async function run(register: (p: Command) => void, args: string[]): Promise<void> {
  const program = new Command().exitOverride();
  register(program);
  await program.parseAsync(['node', 'palisade', ...args]);
}

describe('palisade redact', () => {
  it('pseudonymises selected JSONL fields consistently and leaves others', async () => {
    const input = file(
      'a.jsonl',
      `${JSON.stringify({ id: 1, messages: [{ content: '身份证11010519491231002X' }], meta: 'a@b.co' })}\n${JSON.stringify({ id: 2, messages: [{ content: '再次11010519491231002X' }] })}\n`,
    );
    const out = join(dir, 'a.out.jsonl');
    await run(registerRedact, [
      'redact',
      '--in',
      input,
      '--out',
      out,
      '--fields',
      'messages.content',
      '--action',
      'pseudonymize',
    ]);
    const rows = readFileSync(out, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(rows[0].messages[0].content).toBe('身份证<ID_CARD_1>');
    expect(rows[1].messages[0].content).toBe('再次<ID_CARD_1>');
    expect(rows[0].meta).toBe('a@b.co');
  });

  it('stops at a malformed line with its number, keeping what was written', async () => {
    const input = file('b.jsonl', '{"t":"13812345678"}\n{broken\n');
    const out = join(dir, 'b.out.jsonl');
    await expect(run(registerRedact, ['redact', '--in', input, '--out', out])).rejects.toThrow(
      /line 2: invalid JSON/,
    );
    expect(readFileSync(out, 'utf8')).toContain('[PHONE]');
  });

  it('rejects binary input and over-long lines with the line number', async () => {
    const binary = file('c.jsonl', '{"t":"x"}\n\u0000\u0001\u0002\n');
    await expect(
      run(registerRedact, ['redact', '--in', binary, '--out', join(dir, 'c.out')]),
    ).rejects.toThrow(/line 2: binary/);
    const long = file('d.jsonl', `{"t":"${'x'.repeat(5000)}"}\n`);
    await expect(
      run(registerRedact, ['redact', '--in', long, '--out', join(dir, 'd.out'), '--max-line-bytes', '1000']),
    ).rejects.toThrow(/line 1: line longer/);
  });

  it('parses CSV with quoted, multi-line fields', async () => {
    const path = file('e.csv', 'a,b\n1,"x, ""y""\nz"\n2,w\n');
    const rows: string[][] = [];
    for await (const { fields } of readCsv(path)) rows.push(fields);
    expect(rows).toEqual([
      ['a', 'b'],
      ['1', 'x, "y"\nz'],
      ['2', 'w'],
    ]);
  });
});

describe('palisade eval-pii', () => {
  it('scores a Presidio-format JSON array', async () => {
    const data = file(
      'p.json',
      JSON.stringify([
        {
          full_text: 'Mail me at ann@example.com',
          spans: [{ entity_type: 'EMAIL_ADDRESS', start_position: 11, end_position: 26 }],
        },
      ]),
    );
    const chunks: string[] = [];
    const original = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((chunk: string) => {
      chunks.push(chunk);
      return true;
    }) as typeof process.stdout.write;
    try {
      await run(registerEvalPii, ['eval-pii', '--data', data, '--json']);
    } finally {
      process.stdout.write = original;
    }
    const report = JSON.parse(chunks.join(''));
    expect(report.overall.f1).toBe(1);
    expect(report.per_entity.email.support).toBe(1);
  });
});
