import { describe, expect, it } from 'vitest';
import { checkRegexSafety } from '../regex-safety.js';
import { NAME_REGEXES } from './names/en.js';
import { CONTINUATION, DATE_WORDS } from './recognizers/address.js';
import { PATTERN_RECOGNIZERS } from './recognizers/index.js';
import { PLACEHOLDER, SELF_DESCRIBING } from './recognizers/secrets.js';

describe('every shipped PII/secret regex is proven free of catastrophic backtracking', () => {
  const seen = new Set<string>();
  for (const r of PATTERN_RECOGNIZERS) {
    const key = `${r.regex.source}/${r.regex.flags}`;
    if (seen.has(key)) continue;
    seen.add(key);
    // Generous budget: recheck's analysis is wall-clock bound and CI runs every test file at once.
    it(`${r.code} ${r.regex.source.slice(0, 50)}`, () => {
      const verdict = checkRegexSafety(r.regex.source, r.regex.flags, 60_000);
      expect(verdict.reason ?? verdict.complexity).toMatch(/^(safe|linear|constant)$/);
      expect(verdict.safe).toBe(true);
    }, 90_000);
  }
});

describe('auxiliary regexes (tokenizer, address continuation, placeholders) are proven safe too', () => {
  for (const regex of [...NAME_REGEXES, CONTINUATION, DATE_WORDS, PLACEHOLDER, SELF_DESCRIBING]) {
    it(regex.source.slice(0, 60), () => {
      expect(checkRegexSafety(regex.source, regex.flags, 60_000).safe).toBe(true);
    }, 90_000);
  }
});
