import type { Severity, Span } from '../../core/index.js';
import { type NormalizedText, toOriginalSpan } from '../normalize/normalize.js';
import { INJECTION_RULES } from './injection-rules.js';
import { JAILBREAK_RULES } from './jailbreak-rules.js';
import { expandPattern, type RuleGuard, type RuleSpec } from './types.js';

export const ALL_RULES: readonly RuleSpec[] = [...INJECTION_RULES, ...JAILBREAK_RULES];

/** Flood thresholds: a letter repeated this often, or a word repeated this often in a row. */
export const FLOOD_CHAR_RUN = 64;
export const FLOOD_WORD_RUN = 24;
export const TOKEN_FLOOD_CODE = 'injection.token_flood';

const CJK = /[\u3400-\u9fff]/u;
const LATIN = /[a-z]/;

export interface CompiledRule {
  spec: RuleSpec;
  regex: RegExp;
}

export interface RuleHit {
  code: string;
  guard: RuleGuard;
  severity: Severity;
  description: string;
  /** Offsets in the original text. */
  span: Span;
}

/** The exact source and flags every shipped rule compiles to (the ReDoS test iterates over this). */
export function ruleRegexSource(spec: RuleSpec): { source: string; flags: string } {
  return { source: expandPattern(spec.pattern), flags: 'gu' };
}

let compiled: CompiledRule[] | undefined;

/** Compiled once per process; rule patterns are proven safe by the test suite, not at load. */
export function compiledRules(): readonly CompiledRule[] {
  if (!compiled) {
    compiled = ALL_RULES.map((spec) => {
      const { source, flags } = ruleRegexSource(spec);
      return { spec, regex: new RegExp(source, flags) };
    });
  }
  return compiled;
}

/** Runs every rule of one guard over a normalised text; at most one hit per code (the first). */
// `untrusted` enables the rules that only make sense on tool results and retrieved documents.
export function matchRules(norm: NormalizedText, guard: RuleGuard, untrusted = false): RuleHit[] {
  const hits: RuleHit[] = [];
  const seen = new Set<string>();
  // Chinese patterns need an ideograph and English ones a Latin letter: skip the other script's rules.
  const hasCjk = CJK.test(norm.text);
  const hasLatin = LATIN.test(norm.text);
  for (const { spec, regex } of compiledRules()) {
    if (spec.guard !== guard || seen.has(spec.code) || (spec.untrustedOnly && !untrusted)) continue;
    if ((spec.lang === 'zh' && !hasCjk) || (spec.lang === 'en' && !hasLatin)) continue;
    if (spec.requires && !spec.requires.some((word) => norm.text.includes(word))) continue;
    regex.lastIndex = 0;
    const m = regex.exec(norm.text);
    if (!m) continue;
    seen.add(spec.code);
    hits.push({
      code: spec.code,
      guard,
      severity: spec.severity,
      description: spec.description,
      span: toOriginalSpan(norm, m.index, m.index + Math.max(m[0].length, 1)),
    });
  }
  if (guard === 'prompt-injection') {
    const flood = findFlood(norm.text);
    if (flood) {
      hits.push({
        code: TOKEN_FLOOD_CODE,
        guard,
        severity: 'medium',
        description: 'A character or word repeated many times in a row (repeated-token flood).',
        span: toOriginalSpan(norm, flood.start, flood.end),
      });
    }
  }
  return hits;
}

function isFloodChar(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || code >= 0x3400;
}

/** Repeated-token flood: a letter/ideograph run, or the same word again and again. Linear scan. */
export function findFlood(text: string): Span | undefined {
  let run = 1;
  for (let i = 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === text.charCodeAt(i - 1) && isFloodChar(c)) {
      run++;
      if (run >= FLOOD_CHAR_RUN) {
        let end = i + 1;
        while (end < text.length && text.charCodeAt(end) === c) end++;
        return { start: i + 1 - run, end };
      }
    } else run = 1;
  }
  // Same word again and again: compare each space-delimited word with the previous one in place.
  let prevStart = -1;
  let prevEnd = -1;
  let repeats = 0;
  let runStart = 0;
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && text.charCodeAt(i) !== 0x20) continue;
    const len = i - start;
    if (
      len > 0 &&
      prevStart >= 0 &&
      len === prevEnd - prevStart &&
      text.startsWith(text.slice(prevStart, prevEnd), start)
    ) {
      repeats++;
      if (repeats >= FLOOD_WORD_RUN) return { start: runStart, end: i };
    } else {
      repeats = 1;
      runStart = start;
    }
    prevStart = start;
    prevEnd = i;
    start = i + 1;
  }
  return undefined;
}
