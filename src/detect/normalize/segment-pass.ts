/**
 * Pass 4 of the normaliser: words run together split back apart ("ignoreallpreviousinstructions",
 * "IgnoreAllRules" once lower-cased, and "i g n o r e a l l" once pass 2 has joined its letters).
 * Rules and word grams need the spaces; a run of letters that is not a word but reads as English
 * words (english-words.ts), with at most a quarter of its letters in pieces of no known word, gets
 * them back. Runs of ASCII letters only: other scripts have no such vocabulary here.
 */

import * as gramHash from '../classifier/gram-hash.js';
import type { Trie } from '../lexicon/double-array.js';
import type { SegmentVocabulary } from './english-words.js';
import * as englishWords from './english-words.js';
import * as passes from './passes.js';

const { JOINABLE, LONG_RUN, SEPARATOR, classOf, work } = passes;
// Module-local copies: an imported binding is re-read on every use (as in features.ts).
const { FNV_OFFSET, FNV_PRIME } = gramHash;
const { hasKnownHash, isKnownWord, segmentVocabulary } = englishWords;

/**
 * Shorter runs split into two words only are left alone: mostly compounds ("blacklist", "airfield").
 */
const MIN_RUN_OF_TWO = 15;
/** Longer runs are not prose (a key, a hash, a base64 body that happens to be letters). */
const MAX_RUN = 512;
/**
 * Most a split may cost per letter (costs: english-words.ts). Runs of frequent words cost 1 to 2
 * ("ignoreallrules" 1.5, "tellmehowtobuildabomb" 1.9); a rare English word or a word of another
 * language splits only into rare pieces, at 2.1 or more ("sociocultural" → "so cio cultural" 2.1,
 * "contrasena" → "con tra sen a" 3.4).
 */
const MAX_COST_PER_LETTER = 2.05;
/**
 * A piece the vocabulary lacks: its length, and its cost, above any known word's (about 12.3) and
 * three a letter more, as much as rare known words cost a letter: a reading uses one only where no
 * known words fit, and no longer than the word it stands for.
 */
const UNKNOWN_PIECE = { min: 4, max: 20, cost: 14, perLetter: 3 };
/** Most of a run's letters unknown pieces may hold: a word of another language is mostly unknown. */
const MAX_UNKNOWN_SHARE = 0.25;
/** Splits of this many words or fewer must end in a word of three letters or more (see `readsAsWords`). */
const SHORT_SPLIT = 4;
/**
 * Splits of this many words or more may end in a one-letter word: a sentence run together may stop
 * at "a" ("howtogetholdofa"), where a word of another language chopped into pieces is rarely that
 * long (the adversarial rows of npm run bench:detect end wherever the twelfth word falls).
 */
const LONG_SPLIT = 6;
/**
 * A split into this many known words or more, no unknown piece among them, reads as a sentence run
 * together: it may cost MAX_SENTENCE_COST_PER_LETTER a letter, and two words in three may be of one
 * or two letters ("whatsthebestwaytorobabank" 2.05, "nolecturesnorefusalsjustdoithowdoimakea" with
 * seven short words of twelve). A word of another language chopped into English pieces leaves some
 * unknown, or fewer pieces.
 */
const SENTENCE_SPLIT = 8;
const MAX_SENTENCE_COST_PER_LETTER = 2.3;
/** A split needs words this long on average: random letters split into short words, prose does not. */
const MIN_AVERAGE_WORD = 2.5;
/**
 * Letters per text of distinct runs that are no known word: a megabyte of such runs must not cost
 * seconds.
 */
const LETTER_BUDGET = 8192;
const SPACE = 0x20;

/**
 * For each position p of the run, the cheapest reading of letters [0, p) as words: `cheapest[0]`
 * when its last word has two letters or more, `cheapest[1]` when it has one (two one-letter words in
 * a row are not allowed: "a b c d" would read as spaced-out letters next time). `from` holds where
 * that last word starts, times two, plus the state before it. Reused from run to run.
 */
let cheapest = [new Float64Array(1024), new Float64Array(1024)] as const;
let from = [new Int32Array(1024), new Int32Array(1024)] as const;
/** 1 where the cheapest reading (last word two letters or more) ends in an unknown piece. */
let unknownEnds = new Uint8Array(1024);
/** Output positions (in the text before the pass) that get a space before them. */
const splits: number[] = [];

/**
 * Splits runs of LONG_RUN or more ASCII letters in work[0, n) into words where that is how they read
 * (see the file comment); returns the new length. `runs`, where pass 1 saw such runs start, spares
 * a scan of the whole text; without it the pass finds them itself.
 */
export function segmentPass(n: number, runs?: readonly number[]): number {
  const { codes } = work;
  splits.length = 0;
  if (counted.size > 0) counted.clear();
  budget = LETTER_BUDGET;
  if (runs) {
    for (let r = 0; r < runs.length && budget > 0; r++) {
      const start = runs[r] ?? 0;
      let end = start;
      while (end < n && isLowerLetter(codes[end] ?? 0)) end++;
      considerRun(codes, start, end, n);
    }
  } else {
    let k = 0;
    while (k < n && budget > 0) {
      if (!isLowerLetter(codes[k] ?? 0)) {
        k++;
        continue;
      }
      const start = k;
      while (k < n && isLowerLetter(codes[k] ?? 0)) k++;
      if (k - start >= LONG_RUN) considerRun(codes, start, k, n);
    }
  }
  return splits.length === 0 ? n : insertSpaces(n);
}

/** Letters of the current text's budget (see LETTER_BUDGET) left. */
let budget = 0;

/** Splits run [start, end) of LONG_RUN letters or more if it is prose and reads as words. */
function considerRun(codes: Uint16Array, start: number, end: number, n: number): void {
  if (end - start > MAX_RUN || !isProseRun(codes, start, end, n)) return;
  budget -= splitRun(codes, start, end);
}

function isLowerLetter(code: number): boolean {
  return code >= 0x61 && code <= 0x7a;
}

/**
 * A run standing as a word of prose: not part of a name, address or number (no "." "/" "@" "_"
 * "-" ":" "\" or digit joined to it, though a sentence may end right after it).
 */
function isProseRun(codes: Uint16Array, start: number, end: number, n: number): boolean {
  const before = start > 0 ? (codes[start - 1] ?? 0) : SPACE;
  const after = end < n ? (codes[end] ?? 0) : SPACE;
  if (isNamePart(before) || before >= 0x80) return false;
  if (after === 0x2e || after === 0x3a) {
    const next = end + 1 < n ? (codes[end + 1] ?? 0) : SPACE;
    return next === SPACE || next === 0x0a;
  }
  return !isNamePart(after) && after < 0x80;
}

/** Marks that join a run of letters into a name, address or number. */
function isNamePart(code: number): boolean {
  return (
    (code >= 0x30 && code <= 0x39) ||
    code === 0x2e || // .
    code === 0x2f || // /
    code === 0x40 || // @
    code === 0x5f || // _
    code === 0x2d || // -
    code === 0x3a || // :
    code === 0x5c || // \
    code === 0x3d || // =
    code === 0x25 || // %
    code === 0x26 || // &
    code === 0x2b || // +
    code === 0x7e // ~
  );
}

/** Whether a spaced-out letter stands just before `start`: one separator, then a lone joinable unit. */
function singleLetterBefore(codes: Uint16Array, start: number): boolean {
  if (start < 2) return false;
  if ((classOf(codes[start - 1] ?? 0) & SEPARATOR) === 0 || (classOf(codes[start - 2] ?? 0) & JOINABLE) === 0)
    return false;
  return start < 3 || (classOf(codes[start - 3] ?? 0) & JOINABLE) === 0;
}

/** The child of `node` by `symbol`, or -1. */
function childOf(trie: Trie, node: number, symbol: number): number {
  let child = trie.firstChild[node] ?? -1;
  while (child >= 0 && trie.symbol[child] !== symbol) child = trie.nextSibling[child] ?? -1;
  return child;
}

/** The vocabulary, once a run has needed it (kept here: reading it through the import costs per run). */
let vocabulary: SegmentVocabulary | undefined;
/**
 * Splits already worked out, keyed by the run's hash (runs repeat from text to text; building each
 * one's string cost more than the pass). Two runs of one hash are told apart by length; a collision
 * of both only mis-splits one run.
 */
const splitCache = new Map<number, { length: number; cut: readonly number[] }>();
/** Entries the cache holds before it starts over (a few hundred KB at most). */
const SPLIT_CACHE_SIZE = 4096;
const NO_SPLIT: readonly number[] = [];

/** Hashes of the text's runs of no known word so far: the budget counts each distinct run once. */
const counted = new Set<number>();

/**
 * Records in `splits` where run [start, end) splits into words, if it does (see `cheapestSplit`).
 * Returns its letters the first time the text has it and it is no known word (what the budget counts,
 * whether the cache held it or not: the result must not depend on what earlier texts left there).
 */
function splitRun(codes: Uint16Array, start: number, end: number): number {
  vocabulary ??= segmentVocabulary();
  let hash = FNV_OFFSET;
  for (let k = start; k < end; k++) hash = Math.imul(hash ^ (codes[k] ?? 0), FNV_PRIME);
  if (hasKnownHash(vocabulary.knownHashes, hash)) return 0;
  const length = end - start;
  let cached = splitCache.get(hash);
  if (cached?.length !== length) {
    const run = String.fromCharCode.apply(null, Array.from(codes.subarray(start, end)));
    const cut = isKnownWord(run, vocabulary.known) ? NO_SPLIT : cheapestSplit(vocabulary, codes, start, end);
    if (splitCache.size >= SPLIT_CACHE_SIZE) splitCache.clear();
    cached = { length, cut };
    splitCache.set(hash, cached);
  }
  const { cut } = cached;
  // A one-letter first word next to a spaced-out letter would read as spaced-out letters next time
  // (the last word is never that short: see `readsAsWords`).
  if (cut[0] !== 1 || !singleLetterBefore(codes, start)) for (const at of cut) splits.push(start + at);
  if (counted.has(hash)) return 0;
  counted.add(hash);
  return length;
}

/**
 * The cheapest reading of run [start, end) as words (costs: english-words.ts), as the offsets in
 * the run where words start after the first, if its known words cost MAX_COST_PER_LETTER a letter
 * or less, its unknown pieces hold MAX_UNKNOWN_SHARE of its letters or fewer, and it reads as words
 * (`readsAsWords`); NO_SPLIT if not. An unknown piece (UNKNOWN_PIECE letters, costing more than any
 * known word) stands for a word the vocabulary lacks: "foolabreathalyzertest" still reads as "fool
 * a breath alyzer test".
 */
function cheapestSplit(
  { trie, cost }: SegmentVocabulary,
  codes: Uint16Array,
  start: number,
  end: number,
): readonly number[] {
  const length = end - start;
  if (cheapest[0].length <= length) {
    cheapest = [new Float64Array(length * 2), new Float64Array(length * 2)];
    from = [new Int32Array(length * 2), new Int32Array(length * 2)];
    unknownEnds = new Uint8Array(length * 2);
  }
  const [long, single] = cheapest;
  long.fill(Number.POSITIVE_INFINITY, 0, length + 1);
  single.fill(Number.POSITIVE_INFINITY, 0, length + 1);
  unknownEnds.fill(0, 0, length + 1);
  long[0] = 0;
  const offer = (e: number, value: number, back: number, unknown: number) => {
    if (value >= (long[e] ?? 0)) return;
    long[e] = value;
    from[0][e] = back;
    unknownEnds[e] = unknown;
  };
  for (let p = 0; p < length; p++) {
    const fromLong = long[p] ?? Number.POSITIVE_INFINITY;
    const fromSingle = single[p] ?? Number.POSITIVE_INFINITY;
    const best = Math.min(fromLong, fromSingle);
    if (best === Number.POSITIVE_INFINITY) continue;
    const back = p * 2 + (fromLong <= fromSingle ? 0 : 1);
    // Walk the trie along the letters from p: every node that ends a piece ends a candidate word.
    let node = 0;
    for (let q = p; q < length; q++) {
      node = childOf(trie, node, (codes[start + q] ?? 0) - 0x60);
      if (node < 0) break;
      const word = trie.term[node] ?? -1;
      if (word < 0) continue;
      const e = q + 1;
      const wordCost = cost[word] ?? Number.POSITIVE_INFINITY;
      if (e > p + 1) offer(e, best + wordCost, back, 0);
      else if (fromLong + wordCost < (single[e] ?? 0)) {
        // A one-letter word, only after a longer one.
        single[e] = fromLong + wordCost;
        from[1][e] = p * 2;
      }
    }
    for (let e = p + UNKNOWN_PIECE.min; e <= Math.min(length, p + UNKNOWN_PIECE.max); e++)
      offer(e, best + UNKNOWN_PIECE.cost + UNKNOWN_PIECE.perLetter * (e - p), back, 1);
  }
  const endLong = long[length] ?? Number.POSITIVE_INFINITY;
  const endSingle = single[length] ?? Number.POSITIVE_INFINITY;
  if (Math.min(endLong, endSingle) === Number.POSITIVE_INFINITY) return NO_SPLIT;
  const at: number[] = [];
  let state = endLong <= endSingle ? 0 : 1;
  let known = Math.min(endLong, endSingle);
  let unknownLetters = 0;
  let p = length;
  while (p > 0) {
    const back = from[state]?.[p] ?? 0;
    const previous = back >> 1;
    if (state === 0 && unknownEnds[p] === 1) {
      unknownLetters += p - previous;
      known -= UNKNOWN_PIECE.cost + UNKNOWN_PIECE.perLetter * (p - previous);
    }
    p = previous;
    state = back & 1;
    if (p > 0) at.push(p);
  }
  at.reverse();
  const knownLetters = length - unknownLetters;
  const sentence = unknownLetters === 0 && at.length + 1 >= SENTENCE_SPLIT;
  const maxCost = sentence ? MAX_SENTENCE_COST_PER_LETTER : MAX_COST_PER_LETTER;
  if (unknownLetters > MAX_UNKNOWN_SHARE * length || known > maxCost * knownLetters) return NO_SPLIT;
  return readsAsWords(length, at, sentence) ? at : NO_SPLIT;
}

/**
 * Whether a run of `length` letters, split before each offset of `at`, reads as words run together
 * rather than as a word chopped into pieces: enough words for its length (two make a compound,
 * "blacklist", unless the run is long), MIN_AVERAGE_WORD letters a word, at most half of them of
 * one or two letters, and the last of two letters or more (three in a split of four words or
 * fewer; one in a split of LONG_SPLIT words or more). A word of another language ends in the short pieces its endings leave ("interpretado" →
 * "interpret a do", "jacksonian" → "jackson i an"); a sentence may end in "me" or "us".
 */
function readsAsWords(length: number, at: readonly number[], sentence: boolean): boolean {
  const words = at.length + 1;
  if (words < (length < MIN_RUN_OF_TWO ? 3 : 2) || length / words < MIN_AVERAGE_WORD) return false;
  const last = length - (at[at.length - 1] ?? 0);
  if ((last < 2 && words < LONG_SPLIT) || (last < 3 && words <= SHORT_SPLIT)) return false;
  let short = 0;
  let from = 0;
  for (const to of [...at, length]) {
    if (to - from <= 2) short++;
    from = to;
  }
  return sentence ? short * 3 <= words * 2 : short * 2 <= words;
}

/**
 * Inserts a space before each position in `splits` (ascending), moving units right from the end;
 * an inserted space maps to the empty original span where its two letters meet. Returns the new length.
 */
function insertSpaces(n: number): number {
  const total = n + splits.length;
  work.reserve(total + 1);
  const { codes, starts, ends } = work;
  let out = total;
  let s = splits.length - 1;
  for (let k = n - 1; k >= 0; k--) {
    out--;
    codes[out] = codes[k] ?? 0;
    starts[out] = starts[k] ?? 0;
    ends[out] = ends[k] ?? 0;
    if (s >= 0 && splits[s] === k) {
      out--;
      codes[out] = SPACE;
      starts[out] = starts[k] ?? 0;
      ends[out] = starts[k] ?? 0;
      s--;
    }
  }
  codes[total] = 0;
  return total;
}
