import { describe, expect, it } from 'vitest';
import { testContext, testDeps } from '../../detect/guard-test-kit.js';
import { inputLimitGuard } from './index.js';

const deps = testDeps();
const ctx = testContext();
const seg = (text: string) => ({ path: ['messages', 0, 'content'], role: 'user' as const, text });

describe('input-limit', () => {
  const check = inputLimitGuard.create(
    inputLimitGuard.configSchema.parse({ maxTokens: 50, maxChars: 10_000, maxSegments: 3 }),
    deps,
  );

  it('allows a short input without tokenising it', async () => {
    expect((await check([seg('hello there')], ctx)).findings).toEqual([]);
  });

  it('counts real BPE tokens: 40 words pass, 60 do not', async () => {
    expect((await check([seg('word '.repeat(40))], ctx)).findings).toEqual([]);
    expect((await check([seg('word '.repeat(60))], ctx)).findings.map((f) => f.code)).toEqual([
      'limit.input_tokens',
    ]);
  });

  it('counts CJK text by tokens, not characters', async () => {
    expect(
      (await check([seg('这是一个很长的中文句子，'.repeat(8))], ctx)).findings.map((f) => f.code),
    ).toEqual(['limit.input_tokens']);
  });

  it('bounds characters and segments', async () => {
    expect((await check([seg('x'.repeat(10_001))], ctx)).findings.map((f) => f.code)).toEqual([
      'limit.input_chars',
    ]);
    expect((await check([seg('a'), seg('b'), seg('c'), seg('d')], ctx)).findings.map((f) => f.code)).toEqual([
      'limit.input_segments',
    ]);
  });
});
