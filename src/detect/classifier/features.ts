/**
 * Hashed features of a window of normalised text, in two groups:
 * - grams: word unigrams and bigrams (and trigrams, for models that ask for them), character
 *   3–4-grams, and CJK character 1–3-grams (Chinese has no spaces, so characters are its words). They
 *   form a set (every feature counts once) and their weights are summed and scaled by 1/sqrt(count),
 *   so a long text does not score by its length.
 * - cues: each concept whose term occurs (see concepts.ts) and each pair of such concepts. Their
 *   weights are added unscaled: one term among hundreds of grams must still be able to decide.
 * Hashing (FNV-1a) keeps the model a fixed-size weight vector with no vocabulary to ship.
 */

import { UnitScratch } from '../normalize/units.js';
import { SHIPPED_CONCEPTS } from './concepts.js';
import * as gramHash from './gram-hash.js';

// Module-local copies: an imported binding is re-read on every use, which cost the hot loop below
// about 80 µs per KB (measured under tsx).
const { FNV_OFFSET, FNV_PRIME, SEED_BIGRAM, SEED_TRIGRAM, SEED_WORD, isCjkUnit, isWordUnit } = gramHash;
const concepts = SHIPPED_CONCEPTS;
const conceptFeatures = concepts.features;
const conceptPairFeatures = concepts.pairFeatures;
const conceptStride = concepts.size + 1;

/** `conceptsIn` reads only the concepts of a window: any hash space will do. */
const CONCEPTS_ONLY_MASK = 0xffff;

/** Texts longer than this are scored as overlapping windows and the highest score wins. */
export const WINDOW = 1024;
export const WINDOW_STRIDE = 768;

/**
 * The window's set of grams, one bit per hash slot (128 KB for 2^20 slots, sized for the largest
 * hash space seen; zero between calls), at [0, setWords), then its features. One array for both
 * saved a few per cent: the compiler checks an array's shape and bounds again at each use, and
 * `keep` uses both for every gram.
 */
let buffer = new Int32Array(8192);
let setWords = 0;
/** The window's features: `buffer` from `setWords` on. */
let scratch = buffer.subarray(0);
/** Word grams of the window being extracted (they follow the character grams in `scratch`). */
let wordScratch = new Int32Array(8192);
/** Concepts seen in the window, each once, in order of first occurrence; `seenCount` of them. */
const conceptsSeen = new Int32Array(concepts.size);
let seenCount = 0;
/** conceptWindow[c] === window stamp when concept c was seen in the current window. */
const conceptWindow = new Int32Array(concepts.size + 1);
let windowStamp = 0;
/** Where concept c was first seen in the current window (see `termAt`). */
const conceptAt = new Int32Array(concepts.size + 1);
/** Most cues a window can have: every concept and every pair of concepts. */
const MAX_CUES = concepts.size + (concepts.size * (concepts.size - 1)) / 2;
const textUnits = new UnitScratch();

/** The features of one window: grams at indices[0, grams), cues at indices[grams, grams + cues). */
export interface WindowFeatures {
  indices: Int32Array;
  grams: number;
  cues: number;
}

/** The units of a text for `extractUnitFeatures` (a reused buffer, valid until the next call). */
export function featureUnits(text: string): Uint16Array {
  return textUnits.load(text);
}

/**
 * Writes the features of text[start, end) into a reused scratch buffer (valid until the next call).
 * No closures or allocation on the hot path.
 */
export function extractFeatures(
  text: string,
  start: number,
  end: number,
  mask: number,
  wordTrigrams: boolean,
): WindowFeatures {
  return extractUnitFeatures(featureUnits(text), start, end, mask, wordTrigrams);
}

/**
 * `extractFeatures` over the units of a text (see `featureUnits`): windows share one copy. Each
 * character gram is kept or dropped as it is made (see `keep`); the word grams, which follow all
 * of them, are collected apart and kept or dropped after the pass.
 */
export function extractUnitFeatures(
  units: Uint16Array,
  start: number,
  end: number,
  mask: number,
  wordTrigrams: boolean,
): WindowFeatures {
  // Per unit at most 3 character grams (CJK) and, per word (one unit or more), 3 word grams: 6.
  const need = (end - start) * 7 + MAX_CUES + 16;
  const maskWords = (mask >>> 5) + 1;
  // The set only grows: models of different hash sizes alternate per text, and a larger (cleared)
  // set serves a smaller mask.
  if (setWords < maskWords || buffer.length < setWords + need) {
    setWords = Math.max(setWords, maskWords);
    buffer = new Int32Array(setWords + Math.max(need, 8192));
    scratch = buffer.subarray(setWords);
  }
  if (wordScratch.length < need) wordScratch = new Int32Array(need);
  windowStamp = (windowStamp + 1) | 0;
  if (windowStamp === 0) {
    // Wrapped after 2^32 windows (days at gateway rates): stamps from 2^32 windows ago would match.
    conceptWindow.fill(0);
    windowStamp = 1;
  }
  seenCount = 0;
  const { chars, words } = gramsOf(units, start, end, mask, wordTrigrams);
  // Word grams follow the character grams (the order training summed them in).
  let top = setWords + chars;
  for (let i = 0; i < words; i++) top = keep(buffer, top, wordScratch[i] ?? 0);
  const grams = top - setWords;
  forget(buffer, grams, maskWords);
  orderSeen();
  return { indices: scratch, grams, cues: cues(scratch, grams, mask) };
}

/** Writes the cues of the window's concepts after its grams: each concept, then each pair. */
function cues(out: Int32Array, from: number, mask: number): number {
  let count = from;
  for (let i = 0; i < seenCount; i++) {
    const a = conceptsSeen[i] ?? 0;
    out[count++] = (conceptFeatures[a] ?? 0) & mask;
    for (let j = 0; j < i; j++) {
      out[count++] = (conceptPairFeatures[a * conceptStride + (conceptsSeen[j] ?? 0)] ?? 0) & mask;
    }
  }
  return count - from;
}

/**
 * Where in a window a term was found: 4 per unit from the window's start, and at one unit the
 * CJK 2-gram that starts there (kind 0), the CJK 3-gram (1), then the word that the unit ends (2)
 * and that word's pair with the word before (3). Runs of CJK units are read apart from the rest
 * (see `cjkRun`), so concepts are put in this order afterwards, not as they are met.
 */
function termAt(unit: number, start: number, kind: number): number {
  return 4 * (unit - start) + kind;
}

/** Records the concept of a term found at `at` (see `termAt`), once per concept, where first seen. */
function see(concept: number, at: number): void {
  if (conceptWindow[concept] !== windowStamp) {
    conceptWindow[concept] = windowStamp;
    conceptAt[concept] = at;
    conceptsSeen[seenCount++] = concept;
  } else if (at < (conceptAt[concept] ?? 0)) conceptAt[concept] = at;
}

/** Sorts `conceptsSeen` by where each concept was first seen (a few concepts: insertion sort). */
function orderSeen(): void {
  for (let i = 1; i < seenCount; i++) {
    const concept = conceptsSeen[i] ?? 0;
    const at = conceptAt[concept] ?? 0;
    let j = i;
    for (; j > 0; j--) {
      const before = conceptsSeen[j - 1] ?? 0;
      if ((conceptAt[before] ?? 0) < at) break;
      conceptsSeen[j] = before;
    }
    conceptsSeen[j] = concept;
  }
}

/**
 * Appends feature f at buf[count] unless the window has it (its bit is set; see `buffer`), and
 * returns the new count: the window keeps the first occurrence of each feature, in order. A window
 * is a set of features, not a bag: with counts, a sentence repeated k times scored √k times its
 * logit, so padding a benign text with copies of itself drove it to certainty. Branch-free: whether
 * a feature repeats is unpredictable, and a mispredicted branch per feature cost twice the whole
 * loop. Deciding as each gram is made saves a pass that wrote all grams and read them back.
 */
function keep(buf: Int32Array, count: number, f: number): number {
  const word = buf[f >>> 5] ?? 0;
  buf[count] = f;
  buf[f >>> 5] = word | (1 << (f & 31));
  return count + (1 ^ ((word >>> (f & 31)) & 1));
}

/** Clears the bits of a window's grams for the next window. */
function forget(buf: Int32Array, grams: number, maskWords: number): void {
  // Past a few hundred grams, one fill of the mask's part of the set is cheaper than clearing word
  // by word.
  if (grams > maskWords >>> 5) {
    buf.fill(0, 0, maskWords);
    return;
  }
  for (let i = setWords; i < setWords + grams; i++) buf[(buf[i] ?? 0) >>> 5] = 0;
}

/**
 * One pass over the window: character n-grams kept into `buffer` (see `keep`), word grams into
 * `wordScratch`, and the concepts whose terms occur into `conceptsSeen`.
 *
 * Character n-grams, in order of start position: 3- and 4-grams, or 1- to 3-grams where the gram
 * starts on a CJK unit (see `cjkRun`). Every gram is FNV-1a from the offset basis, so the prefix
 * hashes of one start position are the shorter grams. Words: unigrams and bigrams of ASCII words
 * (CJK is covered by the character grams), and trigrams when asked; bigrams and trigrams link words
 * separated by spaces only. A word, word pair or CJK 2- or 3-gram that is a concept term marks its
 * concept as seen.
 */
function gramsOf(
  units: Uint16Array,
  start: number,
  end: number,
  mask: number,
  wordTrigrams: boolean,
): { chars: number; words: number } {
  const buf = buffer;
  const wordsOut = wordScratch;
  let count = setWords;
  let words = 0;
  let prev = 0;
  /** The word before `prev` (0 when none, or when trigrams are off). */
  let prev2 = 0;
  let word = 0;
  let inWord = false;
  let next = start;
  for (let i = start; i < end; i = next) {
    const c = units[i] ?? 0;
    next = i + 1;
    if (isCjkUnit(c)) {
      // The character grams of the whole run of CJK units. The rest of this turn (ending the word
      // before the run) is then done once for the run: for its other units it would do nothing.
      count = cjkRun(units, i, start, end, mask, buf, count);
      next = runEnd;
    } else if (end - i >= 3) {
      // Grams stop at the window's end.
      let h = Math.imul(FNV_OFFSET ^ c, FNV_PRIME);
      h = Math.imul(h ^ (units[i + 1] ?? 0), FNV_PRIME);
      h = Math.imul(h ^ (units[i + 2] ?? 0), FNV_PRIME);
      count = keep(buf, count, h & mask);
      if (end - i >= 4) {
        h = Math.imul(h ^ (units[i + 3] ?? 0), FNV_PRIME);
        count = keep(buf, count, h & mask);
      }
    }
    if (isWordUnit(c)) {
      word = Math.imul((inWord ? word : SEED_WORD) ^ c, FNV_PRIME);
      inWord = true;
      continue;
    }
    if (inWord) {
      words = wordGrams(word, prev, prev2, mask, wordsOut, words, termAt(i, start, 2));
      prev2 = wordTrigrams ? prev : 0;
      prev = word | 1;
      inWord = false;
    }
    if (c !== 0x20) {
      prev = 0;
      prev2 = 0;
    }
  }
  if (inWord) words = wordGrams(word, prev, prev2, mask, wordsOut, words, termAt(end, start, 2));
  return { chars: count - setWords, words };
}

/** Where the run of CJK units that `cjkRun` read last ends. */
let runEnd = 0;

/**
 * The 1- to 3-grams at each unit of the run of CJK units from `from`, kept at buf[kept...], and the
 * concepts of the 2- and 3-grams; returns the new count and sets `runEnd`. A function of its own,
 * optimised on Chinese: inside the loop of `gramsOf`, the compiler at times left these steps out of
 * line (it had optimised that loop before Chinese text came) and Chinese then scored slower.
 */
function cjkRun(
  units: Uint16Array,
  from: number,
  start: number,
  end: number,
  mask: number,
  buf: Int32Array,
  kept: number,
): number {
  let count = kept;
  let i = from;
  for (; i < end; i++) {
    const c = units[i] ?? 0;
    if (!isCjkUnit(c)) break;
    let h = Math.imul(FNV_OFFSET ^ c, FNV_PRIME);
    count = keep(buf, count, h & mask);
    if (end - i >= 2) {
      h = Math.imul(h ^ (units[i + 1] ?? 0), FNV_PRIME);
      count = keep(buf, count, h & mask);
      const concept = concepts.lookup(h);
      if (concept !== 0) see(concept, termAt(i, start, 0));
    }
    if (end - i >= 3) {
      h = Math.imul(h ^ (units[i + 2] ?? 0), FNV_PRIME);
      count = keep(buf, count, h & mask);
      const concept = concepts.lookup(h);
      if (concept !== 0) see(concept, termAt(i, start, 1));
    }
  }
  runEnd = i;
  return count;
}

/**
 * A finished word: its unigram, its bigram (and trigram) with the previous words, and their
 * concepts (the unigram's found at `at`, the bigram's just after).
 */
function wordGrams(
  word: number,
  prev: number,
  prev2: number,
  mask: number,
  out: Int32Array,
  from: number,
  at: number,
): number {
  let count = from;
  out[count++] = word & mask;
  let concept = concepts.lookup(word);
  if (concept !== 0) see(concept, at);
  if (prev !== 0) {
    const pair = Math.imul(prev ^ SEED_BIGRAM, FNV_PRIME) ^ word;
    out[count++] = pair & mask;
    concept = concepts.lookup(pair);
    if (concept !== 0) see(concept, at + 1);
    if (prev2 !== 0)
      out[count++] = (Math.imul(Math.imul(prev2 ^ SEED_TRIGRAM, FNV_PRIME) ^ prev, FNV_PRIME) ^ word) & mask;
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

/** Ids of the concepts whose terms occur in a normalised text, in order of first occurrence. */
export function conceptsIn(text: string): string[] {
  const found = new Set<string>();
  const units = featureUnits(text);
  for (const [s, e] of windows(text.length)) {
    extractUnitFeatures(units, s, e, CONCEPTS_ONLY_MASK, false);
    for (let i = 0; i < seenCount; i++) found.add(concepts.ids[conceptsSeen[i] ?? 0] ?? '');
  }
  return [...found];
}

/** The features of one window as an owned copy (training and tests). */
export function windowFeatures(
  text: string,
  start: number,
  end: number,
  mask: number,
  wordTrigrams: boolean,
): WindowFeatures {
  const { indices, grams, cues } = extractFeatures(text, start, end, mask, wordTrigrams);
  return { indices: indices.slice(0, grams + cues), grams, cues };
}
