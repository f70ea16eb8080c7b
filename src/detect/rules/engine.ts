import type { Severity, Span } from '../../core/index.js';
import { type NormalizedText, toOriginalSpan } from '../normalize/normalize.js';
import { simplifiedText } from '../normalize/traditional.js';
import { UnitScratch } from '../normalize/units.js';
import { INJECTION_RULES } from './injection-rules.js';
import { JAILBREAK_RULES } from './jailbreak-rules.js';
import { requiredLiteralBranches } from './literals.js';
import { OTHER_LANGUAGE_RULES } from './other-language-rules.js';
import { RulePrefilter } from './prefilter.js';
import { expandPattern, type RuleGuard, type RuleSpec } from './types.js';

export const ALL_RULES: readonly RuleSpec[] = [
  ...INJECTION_RULES,
  ...OTHER_LANGUAGE_RULES,
  ...JAILBREAK_RULES,
];

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

/**
 * The exact source and flags every shipped rule compiles to (the ReDoS test iterates over this).
 * Its Traditional characters are read as Simplified, as the normalised text it runs on is.
 */
export function ruleRegexSource(spec: RuleSpec): { source: string; flags: string } {
  return { source: simplifiedText(expandPattern(spec.pattern)), flags: 'gu' };
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

interface GuardRules {
  rules: readonly CompiledRule[];
  prefilter: RulePrefilter;
}

const byGuard = new Map<RuleGuard, GuardRules>();
const ruleUnits = new UnitScratch();

/** One guard's rules with the literal pre-filter built from their patterns (once per process). */
function guardRules(guard: RuleGuard): GuardRules {
  let entry = byGuard.get(guard);
  if (!entry) {
    const rules = compiledRules().filter((r) => r.spec.guard === guard);
    // Literals are taken as written: only a case-sensitive regex may be pre-filtered by them.
    const branches = rules.map((r) => (r.regex.ignoreCase ? [[]] : requiredLiteralBranches(r.regex.source)));
    entry = { rules, prefilter: new RulePrefilter(branches) };
    byGuard.set(guard, entry);
  }
  return entry;
}

/** Runs every rule of one guard over a normalised text; at most one hit per code (the first). */
// `untrusted` enables the rules that only make sense on tool results and retrieved documents.
export function matchRules(norm: NormalizedText, guard: RuleGuard, untrusted = false): RuleHit[] {
  const hits: RuleHit[] = [];
  const seen = new Set<string>();
  // Chinese patterns need an ideograph and English ones a Latin letter: skip the other script's rules.
  const hasCjk = CJK.test(norm.text);
  const hasLatin = LATIN.test(norm.text);
  const { rules, prefilter } = guardRules(guard);
  // Rules whose required literals are absent cannot match: their regexes are skipped.
  const units = ruleUnits.load(norm.text);
  const candidates = prefilter.candidates(units, norm.text.length);
  rules.forEach(({ spec, regex }, i) => {
    if (!candidates[i] || seen.has(spec.code) || (spec.untrustedOnly && !untrusted)) return;
    if ((spec.lang === 'zh' && !hasCjk) || (spec.lang === 'en' && !hasLatin)) return;
    if (spec.requires && !spec.requires.some((word) => norm.text.includes(word))) return;
    regex.lastIndex = 0;
    const m = regex.exec(norm.text);
    if (!m) return;
    seen.add(spec.code);
    hits.push({
      code: spec.code,
      guard,
      severity: spec.severity,
      description: spec.description,
      span: toOriginalSpan(norm, m.index, m.index + Math.max(m[0].length, 1)),
    });
  });
  if (guard === 'prompt-injection') {
    const flood = findFloodIn(units, norm.text);
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

const floodUnits = new UnitScratch();

/** Repeated-token flood: a letter/ideograph run, or the same word again and again. Linear scan. */
export function findFlood(text: string): Span | undefined {
  return findFloodIn(floodUnits.load(text), text);
}

/** `findFlood` over the units of a text (no substrings built: words are compared in place). */
function findFloodIn(units: Uint16Array, text: string): Span | undefined {
  const length = text.length;
  return (mayHaveCharRun(units, length) ? charFlood(units, length) : undefined) ?? wordFlood(units, text);
}

/**
 * Necessary condition for a character run: FLOOD_CHAR_RUN equal units in a row cover four sampled
 * positions a quarter of a run apart, so comparing only those rules ordinary text out.
 */
function mayHaveCharRun(units: Uint16Array, length: number): boolean {
  const step = FLOOD_CHAR_RUN >> 2;
  for (let i = 0; i + 3 * step < length; i += step) {
    const c = units[i];
    if (c === units[i + step] && c === units[i + 2 * step] && c === units[i + 3 * step]) return true;
  }
  return false;
}

function charFlood(units: Uint16Array, length: number): Span | undefined {
  let run = 1;
  for (let i = 1; i < length; i++) {
    const c = units[i] ?? 0;
    if (c === units[i - 1] && isFloodChar(c)) {
      run++;
      if (run >= FLOOD_CHAR_RUN) {
        let end = i + 1;
        while (end < length && units[end] === c) end++;
        return { start: i + 1 - run, end };
      }
    } else run = 1;
  }
  return undefined;
}

/**
 * Same word again and again: each space-delimited word is compared with the previous one. Word ends
 * are found with indexOf (a native search) rather than a test per unit.
 */
function wordFlood(units: Uint16Array, text: string): Span | undefined {
  const length = text.length;
  let prevStart = -1;
  let prevEnd = -1;
  let repeats = 0;
  let runStart = 0;
  let start = 0;
  while (start <= length) {
    const space = text.indexOf(' ', start);
    const i = space < 0 ? length : space;
    const len = i - start;
    if (len > 0 && prevStart >= 0 && len === prevEnd - prevStart && sameUnits(units, prevStart, start, len)) {
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

function sameUnits(units: Uint16Array, a: number, b: number, length: number): boolean {
  for (let k = 0; k < length; k++) if (units[a + k] !== units[b + k]) return false;
  return true;
}
