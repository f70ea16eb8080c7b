/** Pass 3 of the normaliser: leetspeak folded inside tokens that mix letters and digits. */

import { isAsciiDigit, isAsciiLetter, LEET } from './chars.js';
import { isKnownWord, SHORT_WORDS, segmentVocabulary, wordRank } from './english-words.js';
import * as passes from './passes.js';

const { CLASS, JOINABLE, LEET_SYMBOL, classOf, paths, work } = passes;

/** Digits that read as letters in leetspeak (0 o, 1 i, 3 e, 4 a, 5 s, 7 t). */
const LEET_DIGIT = new Set([0x30, 0x31, 0x33, 0x34, 0x35, 0x37]);
const LEET_TABLE = new Uint16Array(128);
for (const [from, to] of Object.entries(LEET)) LEET_TABLE[from.charCodeAt(0)] = to.charCodeAt(0);

/**
 * Whether codes[k] belongs to a leet token. Reads the neighbours as they are now: the pass folds
 * tokens in place from left to right, and that order is part of its result.
 */
function inLeetToken(codes: Uint16Array, k: number): boolean {
  const cls = classOf(codes[k] ?? 0);
  if ((cls & JOINABLE) !== 0) return true;
  // '!', '|' and '+' (the leet symbols that are not joinable) count only between letters ("h!dden").
  return (
    (cls & LEET_SYMBOL) !== 0 && k > 0 && isAsciiLetter(codes[k - 1] ?? 0) && isAsciiLetter(codes[k + 1] ?? 0)
  );
}

/** The first unit at or after i that is a digit or leet symbol (n if none). */
function nextLeetSymbol(codes: Uint16Array, i: number, n: number): number {
  for (; i < n; i++) {
    const c = codes[i] ?? 0;
    if (c < 128 && ((CLASS[c] ?? 0) & LEET_SYMBOL) !== 0) return i;
  }
  return n;
}

/**
 * "1" reads as "i" ("1gn0r3") or "l" ("a11", "ru1e5", "bu11d", "h4rm1355"): the "1"s of a folded
 * token, now "i", take the reading (each "1" as "i" or "l", up to four of them) that is the most
 * frequent English word; with none, they stay "i".
 */
function readOnes(codes: Uint16Array, start: number, end: number): void {
  if (!setWordReading(codes, start, end)) for (const k of ones) codes[k] = 0x69;
}

/** Sets the "1"s of the token being folded (at `ones`) to reading `choice`: bit b set, the b-th is "l". */
function setOnes(codes: Uint16Array, choice: number): void {
  ones.forEach((k, bit) => {
    codes[k] = choice & (1 << bit) ? 0x6c : 0x69;
  });
}

/**
 * Sets the "1"s of token [start, end) (at `ones`, folded already) to the reading that makes it a word
 * (three letters or more: a word of the English vocabulary, english-words.ts, or a word derived from
 * one; fewer: a short word such as "be"), the most frequent in the training rows where several do
 * ("all" before "ali"); whether one did. The common-word list alone lacked "harmless", "napalm" and
 * "blackmail". Each reading builds a string, so a text gets a budget of tokens to read this way
 * (`READ_ONES_BUDGET`): a megabyte of "a1b1" tokens must not cost seconds.
 */
function setWordReading(codes: Uint16Array, start: number, end: number): boolean {
  if (ones.length > 4 || end - start > 24 || readOnesLeft <= 0) return false;
  readOnesLeft--;
  const long = end - start >= 3;
  let best = -1;
  let bestRank = Number.POSITIVE_INFINITY;
  for (let choice = 0; choice < 1 << ones.length; choice++) {
    setOnes(codes, choice);
    const word = String.fromCharCode(...codes.subarray(start, end));
    const isWord = long ? isKnownWord(word, segmentVocabulary().known) : SHORT_WORDS.has(word);
    if (!isWord) continue;
    const rank = wordRank(word);
    if (best < 0 || rank < bestRank) {
      best = choice;
      bestRank = rank;
    }
  }
  if (best < 0) return false;
  setOnes(codes, best);
  return true;
}

/** Digits a number-like token may read as letters, when that reading is a word (8 b and 9 g too). */
const WORD_DIGIT = new Set([0x30, 0x31, 0x33, 0x34, 0x35, 0x37, 0x38, 0x39]);
/** The units of the token `foldIfWord` tries, to put back (reused). */
const saved: number[] = [];

/**
 * Folds token [start, end), a number or a unit or version ("57341", "4nd", "d154813", "83"), when
 * its leet reading is a word ("steal", "and", "disable", "be"); else leaves it as it was.
 */
function foldIfWord(codes: Uint16Array, start: number, end: number): boolean {
  saved.length = 0;
  ones.length = 0;
  let foldable = true;
  for (let k = start; k < end; k++) {
    const c = codes[k] ?? 0;
    saved.push(c);
    if (isAsciiLetter(c)) continue;
    if (!WORD_DIGIT.has(c)) foldable = false;
    if (c === 0x31) ones.push(k);
    codes[k] = LEET_TABLE[c] ?? c;
  }
  if (foldable && setWordReading(codes, start, end)) return true;
  saved.forEach((c, offset) => {
    codes[start + offset] = c;
  });
  return false;
}

/** Where the "1"s of the token being folded were (reused). */
const ones: number[] = [];
/** Tokens per leet pass whose "1"s may be read as "l" (see `setWordReading`). */
const READ_ONES_BUDGET = 256;
let readOnesLeft = READ_ONES_BUDGET;

/** Start and end of the short digit tokens found by a leet pass (pairs, reused). */
const digitTokens: number[] = [];
/** Start and end of the longer numbers, units and versions found by a leet pass (pairs, reused). */
const numberTokens: number[] = [];

/**
 * Pass 3 (in place on `work`, one unit for one unit): leetspeak inside tokens that mix letters and
 * digits/symbols ("1gn0r3" → "ignore", "4ll" → "all"), leaving numbers, units and versions
 * ("2023", "10am", "4k", "file2023") alone unless the text is clearly leetspeak and they read as
 * words.
 */
export function leetPass(n: number): boolean {
  let changed = false;
  const { codes } = work;
  let i = 0;
  let foldedTokens = 0;
  digitTokens.length = 0;
  numberTokens.length = 0;
  readOnesLeft = READ_ONES_BUDGET;
  while (i < n) {
    // Tokens of letters alone change nothing (neither fold nor short-word fold touches a letter), so
    // the scan jumps to the next leet symbol and back to the start of its token. Units skipped over
    // are unchanged since the left-to-right scan would have read them, so they read the same.
    const symbol = paths.fast ? nextLeetSymbol(codes, i, n) : i;
    if (symbol === n) break;
    if (!inLeetToken(codes, symbol)) {
      i = symbol + 1;
      continue;
    }
    const from = i;
    i = symbol;
    while (i > from && inLeetToken(codes, i - 1)) i--;
    let j = i;
    let letters = 0;
    while (j < n && inLeetToken(codes, j)) {
      if (isAsciiLetter(codes[j] ?? 0)) letters++;
      j++;
    }
    const leet = j - i - letters;
    if (j - i >= 3 && letters >= 1 && leet >= 1 && !isUnitOrVersion(codes, i, j)) {
      foldedTokens++;
      ones.length = 0;
      for (let k = i; k < j; k++) {
        const c = codes[k] ?? 0;
        const mapped = c < 128 ? (LEET_TABLE[c] ?? 0) : 0;
        if (mapped !== 0) {
          if (c === 0x31) ones.push(k);
          codes[k] = mapped;
          changed = true;
        }
      }
      if (ones.length > 0) readOnes(codes, i, j);
    } else if ((letters === 0 && j - i <= 3) || (j - i === 2 && !isUnitOrVersion(codes, i, j))) {
      digitTokens.push(i, j);
    } else if (leet >= 1) {
      numberTokens.push(i, j);
    }
    i = j;
  }
  // In text that is clearly written in leetspeak, short words are words too ("15" → "is", "0f" →
  // "of"), and so are numbers, units and versions whose reading is a word ("57341" → "steal", "4nd"
  // → "and", "83" → "be").
  if (foldedTokens >= 2) {
    for (let t = 0; t < digitTokens.length; t += 2) {
      const start = digitTokens[t] ?? 0;
      const end = digitTokens[t + 1] ?? 0;
      let foldable = true;
      for (let k = start; k < end; k++) {
        const c = codes[k] ?? 0;
        if (!isAsciiLetter(c) && !LEET_DIGIT.has(c)) foldable = false;
      }
      if (!foldable) {
        changed = foldIfWord(codes, start, end) || changed;
        continue;
      }
      ones.length = 0;
      for (let k = start; k < end; k++) {
        const c = codes[k] ?? 0;
        if (isAsciiLetter(c)) continue;
        if (c === 0x31) ones.push(k);
        codes[k] = LEET_TABLE[c] ?? c;
        changed = true;
      }
      if (ones.length > 0) readOnes(codes, start, end);
    }
    for (let t = 0; t < numberTokens.length; t += 2)
      changed = foldIfWord(codes, numberTokens[t] ?? 0, numberTokens[t + 1] ?? 0) || changed;
  }
  return changed;
}

const UNITS = new Set('am pm k m g d x s h p b th st nd rd kb mb gb tb ms px em km cm mm kg'.split(' '));

/**
 * Tokens that are ordinary numbers with a unit or version ("10am", "4k", "3rd", "file2023", "v2"):
 * digits then a known unit, or letters then digits that include a non-leet digit (2, 6) or a year.
 */
function isUnitOrVersion(codes: Uint16Array, start: number, end: number): boolean {
  let k = start;
  while (k < end && isAsciiDigit(codes[k] ?? 0)) k++;
  if (k > start) {
    let suffix = '';
    while (k < end && isAsciiLetter(codes[k] ?? 0)) suffix += String.fromCharCode(codes[k++] ?? 0);
    return k === end && UNITS.has(suffix);
  }
  while (k < end && isAsciiLetter(codes[k] ?? 0)) k++;
  const tailStart = k;
  let plainDigit = false;
  while (k < end && isAsciiDigit(codes[k] ?? 0)) {
    const c = codes[k++] ?? 0;
    if (c === 0x32 || c === 0x36) plainDigit = true;
  }
  return k === end && k > tailStart && (plainDigit || k - tailStart >= 4);
}
