/**
 * Hashed n-gram features over normalised text: word unigrams and bigrams, character 3–4-grams, and
 * CJK character 1–3-grams (Chinese has no spaces, so characters are its words). Hashing (FNV-1a)
 * keeps the model a fixed-size weight vector with no vocabulary to ship.
 */

import { UnitScratch } from '../normalize/units.js';

export const DEFAULT_HASH_BITS = 18;

/** Texts longer than this are scored as overlapping windows and the highest score wins. */
export const WINDOW = 1024;
export const WINDOW_STRIDE = 768;

// Seeds kept as int32 so the hashing stays in small-integer arithmetic.
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;
const SEED_WORD = 0x9e3779b1 | 0;
const SEED_BIGRAM = 0x85ebca6b | 0;

function isCjkUnit(c: number): boolean {
  return c >= 0x3400 && c <= 0x9fff;
}

function isWordUnit(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x27 || c === 0x5f;
}

let scratch = new Int32Array(8192);
/** Word grams of the window being extracted (they follow the character grams in `scratch`). */
let wordScratch = new Int32Array(8192);
const textUnits = new UnitScratch();

/** The units of a text for `extractUnitFeatures` (a reused buffer, valid until the next call). */
export function featureUnits(text: string): Uint16Array {
  return textUnits.load(text);
}

/**
 * Writes the feature indices of text[start, end) into a reused scratch buffer and returns it with
 * the count (valid until the next call). No closures or allocation on the hot path.
 */
export function extractFeatures(
  text: string,
  start: number,
  end: number,
  mask: number,
): { indices: Int32Array; count: number } {
  return extractUnitFeatures(featureUnits(text), start, end, mask);
}

/** `extractFeatures` over the units of a text (see `featureUnits`): windows share one copy. */
export function extractUnitFeatures(
  units: Uint16Array,
  start: number,
  end: number,
  mask: number,
): { indices: Int32Array; count: number } {
  const need = (end - start) * 5 + 16;
  if (scratch.length < need) {
    scratch = new Int32Array(need);
    wordScratch = new Int32Array(need);
  }
  const { chars, words } = grams(units, start, end, mask);
  // Word grams follow the character grams (the order training summed them in).
  scratch.set(wordScratch.subarray(0, words), chars);
  return { indices: scratch, count: chars + words };
}

/**
 * One pass over the window: character n-grams into `scratch` and word grams into `wordScratch`.
 *
 * Character n-grams, in order of start position: 3- and 4-grams, or 1- to 3-grams where the gram
 * starts on a CJK unit. Every gram is FNV-1a from the offset basis, so the prefix hashes of one
 * start position are the shorter grams. Words: unigrams and bigrams of ASCII words (CJK is covered
 * by the character grams); a bigram links words separated by spaces only.
 */
function grams(
  units: Uint16Array,
  start: number,
  end: number,
  mask: number,
): { chars: number; words: number } {
  const out = scratch;
  const wordsOut = wordScratch;
  let count = 0;
  let words = 0;
  let prev = 0;
  let word = 0;
  let inWord = false;
  const last = end - 3;
  for (let i = start; i < end; i++) {
    const c = units[i] ?? 0;
    if (i < last) {
      // A full 4-unit lookahead: no gram is cut by the window's end.
      let h = Math.imul(FNV_OFFSET ^ c, FNV_PRIME);
      if (isCjkUnit(c)) {
        out[count++] = h & mask;
        h = Math.imul(h ^ (units[i + 1] ?? 0), FNV_PRIME);
        out[count++] = h & mask;
        h = Math.imul(h ^ (units[i + 2] ?? 0), FNV_PRIME);
        out[count++] = h & mask;
      } else {
        h = Math.imul(h ^ (units[i + 1] ?? 0), FNV_PRIME);
        h = Math.imul(h ^ (units[i + 2] ?? 0), FNV_PRIME);
        out[count++] = h & mask;
        h = Math.imul(h ^ (units[i + 3] ?? 0), FNV_PRIME);
        out[count++] = h & mask;
      }
    } else {
      count = tailGrams(units, i, end, mask, out, count);
    }
    if (isWordUnit(c)) {
      word = Math.imul((inWord ? word : SEED_WORD) ^ c, FNV_PRIME);
      inWord = true;
      continue;
    }
    if (inWord) {
      wordsOut[words++] = word & mask;
      if (prev !== 0) wordsOut[words++] = (Math.imul(prev ^ SEED_BIGRAM, FNV_PRIME) ^ word) & mask;
      prev = word | 1;
      inWord = false;
    }
    if (c !== 0x20) prev = 0;
  }
  if (inWord) {
    wordsOut[words++] = word & mask;
    if (prev !== 0) wordsOut[words++] = (Math.imul(prev ^ SEED_BIGRAM, FNV_PRIME) ^ word) & mask;
  }
  return { chars: count, words };
}

/** Character grams of one of the last three start positions: grams stop at the window's end. */
function tailGrams(
  units: Uint16Array,
  i: number,
  end: number,
  mask: number,
  out: Int32Array,
  from: number,
): number {
  let count = from;
  let h = FNV_OFFSET;
  const cjk = isCjkUnit(units[i] ?? 0);
  const top = cjk ? 3 : 4;
  for (let n = 1; n <= top && i + n <= end; n++) {
    h = Math.imul(h ^ (units[i + n - 1] ?? 0), FNV_PRIME);
    if (n >= 3 || cjk) out[count++] = h & mask;
  }
  return count;
}

/** Window boundaries used both in training and scoring, so the two see the same text shapes. */
export function windows(length: number): [number, number][] {
  if (length <= WINDOW) return [[0, length]];
  const out: [number, number][] = [];
  for (let s = 0; ; s += WINDOW_STRIDE) {
    const e = Math.min(s + WINDOW, length);
    out.push([s, e]);
    if (e === length) break;
  }
  return out;
}

/** Collects feature indices of one window (training and tests). */
export function featureIndices(text: string, start: number, end: number, mask: number): Int32Array {
  const { indices, count } = extractFeatures(text, start, end, mask);
  return indices.slice(0, count);
}
