/**
 * Which Cyrillic and Greek letters the normaliser folds to the Latin letters they look like.
 * Folding all of them made Russian, Ukrainian and Greek unreadable to every detector ("все" →
 * "bce"), so a text keeps its Cyrillic and Greek unless it reads as a homoglyph attack:
 * - the text is mostly Latin, or every Cyrillic/Greek letter in it has a Latin look-alike: all
 *   look-alikes fold;
 * - otherwise only the words that mix look-alikes with Latin letters fold ("іgnore" inside Russian).
 * Words that mix the scripts are also reported (`hidden.mixed_script`): ordinary text rarely does.
 */

import type { Span } from '../../core/index.js';
import { isAsciiLetter } from './chars.js';
import { classOf, JOINABLE, LEET_SYMBOL } from './passes.js';

/** Mixed words reported per text (the folding covers all of them): hostile text can mix every word. */
const MAX_REPORTED = 256;

const FIRST = 0x370;
const LAST = 0x52f;

/** Cyrillic and Greek letters with a Latin look-alike (a subset of Unicode's confusables.txt). */
export const SCRIPT_LOOKALIKES: Readonly<Record<string, string>> = {
  а: 'a',
  в: 'b',
  е: 'e',
  ё: 'e',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  ѕ: 's',
  і: 'i',
  ї: 'i',
  ј: 'j',
  ԁ: 'd',
  ԛ: 'q',
  ԝ: 'w',
  һ: 'h',
  ӏ: 'l',
  α: 'a',
  β: 'b',
  ε: 'e',
  η: 'n',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
  ω: 'w',
  ς: 'c',
  ϲ: 'c',
  ϳ: 'j',
};

/** Per unit in [FIRST, LAST]: 0 not a letter, 1 a letter without a look-alike, else its Latin look-alike. */
const TABLE = new Uint8Array(LAST - FIRST + 1);
for (let c = FIRST; c <= LAST; c++) if (/\p{L}/u.test(String.fromCharCode(c))) TABLE[c - FIRST] = 1;
for (const [letter, latin] of Object.entries(SCRIPT_LOOKALIKES)) {
  TABLE[letter.charCodeAt(0) - FIRST] = latin.charCodeAt(0);
}

/** Whether a (lower-cased) unit is a Cyrillic or Greek letter. */
export function isScriptLetter(code: number): boolean {
  return code >= FIRST && code <= LAST && (TABLE[code - FIRST] ?? 0) !== 0;
}

/** The Latin look-alike of a lower-cased Cyrillic or Greek letter, or 0. */
export function lookalikeOf(code: number): number {
  if (code < FIRST || code > LAST) return 0;
  const entry = TABLE[code - FIRST] ?? 0;
  return entry > 1 ? entry : 0;
}

/** What pass 1 folds: no look-alike, every one, or those at the marked original units. */
export type ScriptFolding = 'none' | 'all' | Uint8Array;

export interface ScriptPlan {
  folding: ScriptFolding;
  /** Original spans of the words that mix Latin letters with look-alikes (the first 256). */
  mixedWords: Span[];
}

/**
 * The folding for a text, from its normalised form with no look-alike folded: codes[0, length),
 * each unit from original[starts[i], ends[i]). Look-alikes inside mixed words, ASCII digits and leet
 * symbols count as Latin, so the decision is the same on the folded output (normalisation stays idempotent).
 */
export function planScriptFolding(
  codes: Uint16Array,
  starts: Int32Array,
  ends: Int32Array,
  length: number,
  originalLength: number,
): ScriptPlan {
  const mixedWords: Span[] = [];
  const mixedAt: number[] = [];
  let latin = 0;
  let script = 0;
  let withoutLookalike = 0;
  let wordStart = -1;
  /** ASCII letters, digits and leet symbols of the word (all Latin: leetspeak may fold the others). */
  let wordAscii = 0;
  let wordLetters = 0;
  let wordLookalikes = 0;
  for (let i = 0; i <= length; i++) {
    const code = i < length ? (codes[i] ?? 0) : 0;
    const letter = isAsciiLetter(code);
    const ascii = (classOf(code) & (JOINABLE | LEET_SYMBOL)) !== 0;
    if (ascii || isScriptLetter(code)) {
      if (wordStart < 0) {
        wordStart = i;
        wordAscii = 0;
        wordLetters = 0;
        wordLookalikes = 0;
      }
      if (ascii) {
        wordAscii++;
        if (letter) wordLetters++;
      } else if (lookalikeOf(code) !== 0) wordLookalikes++;
      else withoutLookalike++;
      continue;
    }
    if (wordStart < 0) continue;
    latin += wordAscii;
    if (wordLetters > 0 && wordLookalikes > 0) {
      latin += wordLookalikes;
      if (mixedWords.length < MAX_REPORTED)
        mixedWords.push({ start: starts[wordStart] ?? 0, end: ends[i - 1] ?? 0 });
      for (let k = wordStart; k < i; k++) if (lookalikeOf(codes[k] ?? 0) !== 0) mixedAt.push(starts[k] ?? 0);
    } else script += wordLookalikes;
    wordStart = -1;
  }
  script += withoutLookalike;
  if (latin >= script || withoutLookalike === 0) return { folding: 'all', mixedWords };
  if (mixedAt.length === 0) return { folding: 'none', mixedWords };
  const marks = new Uint8Array(originalLength);
  for (const at of mixedAt) marks[at] = 1;
  return { folding: marks, mixedWords };
}
