import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyToText } from './edits.js';
import { globMatch } from './glob.js';

describe('globMatch', () => {
  it.each([
    ['llama3*', 'llama3.2', true],
    ['llama3*', 'qwen', false],
    ['*', '', true],
    ['q?en*', 'qwen2.5', true],
    ['*:7b', 'qwen:7b', true],
    ['a*b*c', 'aXXbYYc', true],
    ['a*b*c', 'aXXbYY', false],
    ['exact', 'exact', true],
    ['exact', 'exactly', false],
  ])('%s ~ %s = %s', (pattern, text, expected) => {
    expect(globMatch(pattern, text)).toBe(expected);
  });

  it('agrees with an anchored regex translation on random inputs', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[ab*?]{0,8}$/), fc.stringMatching(/^[ab]{0,12}$/), (pattern, text) => {
        const regex = new RegExp(`^${pattern.replace(/\*/g, '.*').replace(/\?/g, '.')}$`);
        expect(globMatch(pattern, text)).toBe(regex.test(text));
      }),
    );
  });

  it('stays fast on a pathological pattern', () => {
    const started = performance.now();
    globMatch('*a*a*a*a*a*a*a*b', 'a'.repeat(5_000));
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});

describe('applyToText', () => {
  it('applies non-overlapping edits and drops overlapping ones', () => {
    expect(
      applyToText('abcdefgh', [
        { span: { start: 1, end: 3 }, text: 'X' },
        { span: { start: 2, end: 5 }, text: 'Y' },
        { span: { start: 6, end: 8 }, text: 'Z' },
      ]),
    ).toBe('aXdefZ');
  });
});
