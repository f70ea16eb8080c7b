import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkRegexSafety } from '../regex-safety.js';
import { KeywordIndex } from './keyword-index.js';
import { PATTERN_RECOGNIZERS } from './recognizers/index.js';

describe('KeywordIndex', () => {
  it('finds overlapping and prefix keywords', () => {
    const index = new KeywordIndex(['pass', 'password', 'secret', 'aws_secret', '://', '密码']);
    expect([...index.present('my aws_secret_key and password: x://y 密码')].sort()).toEqual(
      ['://', 'aws_secret', 'pass', 'password', 'secret', '密码'].sort(),
    );
  });

  it('agrees with String.includes', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ minLength: 1, maxLength: 3 }), { maxLength: 8 }),
        fc.string(),
        (keys, text) => {
          const found = new KeywordIndex(keys).present(text);
          for (const k of keys) expect(found.has(k)).toBe(text.includes(k));
        },
      ),
    );
  });
});

describe('the keyword alternation built from every recognizer', () => {
  it('is proven free of catastrophic backtracking', () => {
    const words = PATTERN_RECOGNIZERS.flatMap((r) => [
      ...(r.keywords ?? []),
      ...(r.requiresContext ? (r.context ?? []) : []),
    ]);
    const pattern = new KeywordIndex(words).pattern!;
    expect(checkRegexSafety(pattern.source, pattern.flags, 20_000).safe).toBe(true);
  });
});
