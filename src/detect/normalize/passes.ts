/**
 * What the normaliser's passes share (normalize.ts runs them in order: fold-pass.ts, join-pass.ts,
 * leet-pass.ts): the working arrays, the flags pass 1 sets for the later ones, ASCII character
 * classes, and the switch that turns the fast paths off for tests.
 */

import { isAsciiDigit, isAsciiLetter } from './chars.js';

/**
 * The normaliser's working arrays: UTF-16 units of the output with the original span of each, reused
 * from call to call (normalizeText is synchronous and never re-entered), so a text costs no
 * allocation until its result is copied out.
 */
class Work {
  codes = new Uint16Array(1024);
  starts = new Int32Array(1024);
  ends = new Int32Array(1024);
  /** Per-unit flags of the join pass. */
  marks = new Uint8Array(1024);
  /** Per-separator counts of the join pass (separators are ASCII), zero between uses. */
  separatorTally = new Uint32Array(128);
  /** Where pass 1 wrote runs of LONG_RUN or more ASCII letters (each run's start; segment-pass.ts). */
  longRuns: number[] = [];

  /** Room for `size` units plus the zero sentinel the passes may read just past the end. */
  reserve(size: number): void {
    if (this.codes.length > size) return;
    const capacity = size * 2 + 16;
    const codes = new Uint16Array(capacity);
    codes.set(this.codes);
    const starts = new Int32Array(capacity);
    starts.set(this.starts);
    const ends = new Int32Array(capacity);
    ends.set(this.ends);
    this.codes = codes;
    this.starts = starts;
    this.ends = ends;
    this.marks = new Uint8Array(capacity);
  }
}

export const work = new Work();

/**
 * Whether the loops specialised to runs of ASCII and CJK units and to letters-only leet tokens are
 * used; off, every unit takes the general path (tests compare the two).
 */
export const paths = { fast: true };
/** Which optional passes a text needs (set by pass 1, so ordinary text skips them). */
export interface PassFlags {
  spaced: number;
  /** A space or gap mark (see `isCjkGapMark`) follows a CJK character. */
  cjkGap: boolean;
  leet: boolean;
  /** A run of 2+ spaces was kept as two, to bound words while joining spaced-out letters. */
  doubleSpace: boolean;
  /** An output unit is a surrogate (possibly unpaired): the text is then built the careful way. */
  surrogate: boolean;
  /** CJK ideographs in the output (the later passes never drop or change them). */
  cjk: number;
  /** Hiragana and katakana in the output (Japanese, not Chinese: see lang.ts). */
  kana: number;
  /** Cyrillic and Greek letters in the output (see script-fold.ts). */
  script: number;
  /** A line break, a hyphen in the output (word-breaks.ts may read them as spaces). */
  lineBreak: boolean;
  hyphen: boolean;
}

export function newPassFlags(): PassFlags {
  return {
    spaced: 0,
    cjkGap: false,
    leet: false,
    doubleSpace: false,
    surrogate: false,
    cjk: 0,
    kana: 0,
    script: 0,
    lineBreak: false,
    hyphen: false,
  };
}

/** Letters a run needs before the segment pass looks at it (shorter runs are words, or two short ones). */
export const LONG_RUN = 8;

// ASCII character classes as bit sets: one table read instead of a chain of comparisons per unit.
/** Letters, digits, @ and $: units that can form a spaced-out word ("i g n o r e"). */
export const JOINABLE = 1;
/** What may sit between spaced-out letters: space . - _ * / */
export const SEPARATOR = 2;
export const LETTER = 4;
/** Digits and @ $ ! | +: the symbols that read as letters in leetspeak. */
export const LEET_SYMBOL = 8;
/** Separators and | ~ +: ASCII marks slipped between Chinese characters (see `isCjkGapMark`). */
export const CJK_GAP = 16;
/** Line break, hyphen: what may stand for a space between words (see word-breaks.ts). */
export const LINE_BREAK = 32;
export const HYPHEN = 64;
export const CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  let bits = 0;
  if (isAsciiLetter(c)) bits |= LETTER | JOINABLE;
  if (isAsciiDigit(c)) bits |= LEET_SYMBOL | JOINABLE;
  if (c === 0x40 || c === 0x24) bits |= LEET_SYMBOL | JOINABLE;
  if (c === 0x21 || c === 0x7c || c === 0x2b) bits |= LEET_SYMBOL;
  if (c === 0x20 || c === 0x2e || c === 0x2d || c === 0x5f || c === 0x2a || c === 0x2f)
    bits |= SEPARATOR | CJK_GAP;
  if (c === 0x7c || c === 0x7e || c === 0x2b) bits |= CJK_GAP;
  if (c === 0x0a) bits |= LINE_BREAK;
  if (c === 0x2d) bits |= HYPHEN;
  CLASS[c] = bits;
}

export function classOf(code: number): number {
  return code < 128 ? (CLASS[code] ?? 0) : 0;
}

/**
 * What may be slipped between Chinese characters to split a word ("炸*弹", "制.造", "忽·略"): a space,
 * a separator, | ~ + and the middle dot ·.
 */
export function isCjkGapMark(code: number): boolean {
  return code < 128 ? ((CLASS[code] ?? 0) & CJK_GAP) !== 0 : code === 0xb7;
}
