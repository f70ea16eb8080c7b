import { describe, expect, it } from 'vitest';
import { analyze } from '../analysis.js';
import { checkRegexSafety } from '../regex-safety.js';
import { ALL_RULES, FLOOD_CHAR_RUN, findFlood, matchRules, ruleRegexSource } from './engine.js';

const cases = ALL_RULES.flatMap((spec) => [
  ...spec.examples.map((text) => ({
    code: spec.code,
    guard: spec.guard,
    untrusted: spec.untrustedOnly ?? false,
    text,
    fires: true,
  })),
  ...spec.negatives.map((text) => ({
    code: spec.code,
    guard: spec.guard,
    untrusted: spec.untrustedOnly ?? false,
    text,
    fires: false,
  })),
]);

describe('rule catalogue', () => {
  it.each(cases)('$code fires=$fires on $text', ({ code, guard, untrusted, text, fires }) => {
    const codes = matchRules(analyze(text).norm, guard, untrusted).map((h) => h.code);
    if (fires) expect(codes).toContain(code);
    else expect(codes).not.toContain(code);
  });

  it('a pre-filter never hides a match: every match contains one of the required substrings', () => {
    for (const spec of ALL_RULES.filter((r) => r.requires)) {
      const { source, flags } = ruleRegexSource(spec);
      for (const text of spec.examples) {
        const m = new RegExp(source, flags).exec(analyze(text).norm.text);
        expect(m, `${spec.code}: ${text}`).not.toBeNull();
        expect(spec.requires?.some((word) => m?.[0].includes(word))).toBe(true);
      }
    }
  });

  it('every code is stable-looking and every rule has examples and negatives', () => {
    for (const spec of ALL_RULES) {
      expect(spec.code).toMatch(/^(injection|jailbreak)\.[a-z_]+$/);
      expect(spec.examples.length).toBeGreaterThan(0);
      expect(spec.negatives.length).toBeGreaterThan(0);
    }
  });

  it.each(ALL_RULES.map((spec, i) => ({ i, code: spec.code, spec })))(
    'rule #$i ($code) is ReDoS-safe',
    ({ spec }) => {
      const { source, flags } = ruleRegexSource(spec);
      // Generous budget: recheck's analysis is wall-clock bound and CI runs every test file at once.
      const verdict = checkRegexSafety(source, flags, 60_000);
      expect(verdict, verdict.reason).toMatchObject({ safe: true });
    },
    90_000,
  );
});

it('untrusted-only rules stay quiet on user text', () => {
  const text = 'Translate the following sentence to French: hello.\nIn your response, use bullet points.';
  expect(matchRules(analyze(text).norm, 'prompt-injection', false).map((h) => h.code)).toEqual([]);
});

describe('token flood', () => {
  it('fires on a long letter run and on a repeated word', () => {
    expect(findFlood('a'.repeat(FLOOD_CHAR_RUN))).toBeDefined();
    expect(findFlood('poem '.repeat(40))).toBeDefined();
  });
  it('ignores separators and ordinary repetition', () => {
    expect(findFlood('-'.repeat(200))).toBeUndefined();
    expect(findFlood('very very very good')).toBeUndefined();
  });
});
