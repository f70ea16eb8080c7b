import { describe, expect, it } from 'vitest';
import { checkRegexSafety } from '../src/detect/regex-safety.js';

/** Regexes the gateway and core ship (detectors test their own rule sets the same way). */
const SHIPPED: [string, RegExp][] = [
  ['request id', /^[\w.:-]{1,128}$/],
  ['conversation id', /^[\w.:-]{1,128}$/],
  ['json content type', /^application\/(?:[\w.-]+\+)?json\b/i],
  ['secret reference', /^(env|file):\S+$/],
  ['upstream name', /^[\w.-]+$/],
  ['denylist code', /^[a-z][a-z0-9_]*(?:\.[a-z0-9_]+)+$/],
  ['denylist flags', /^[imsu]*$/],
  ['regex escape', /[.*+?^${}()|[\]\\]/g],
];

describe('every shipped regex is proven free of catastrophic backtracking', () => {
  it.each(SHIPPED)('%s', (_name, regex) => {
    const verdict = checkRegexSafety(regex.source, regex.flags);
    expect(verdict, verdict.reason).toMatchObject({ safe: true });
  });
});
