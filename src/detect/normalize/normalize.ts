import type { Span } from '../../core/index.js';
import {
  CONFUSABLES,
  type HiddenKind,
  hiddenKind,
  isAsciiDigit,
  isAsciiLetter,
  isCjk,
  isCombiningMark,
  LEET,
} from './chars.js';
import { isCjkIdeograph, LANG_PREFIX, langFromCount, langOfUnits, type TextLang } from './lang.js';
import { UnitScratch, unitsToString } from './units.js';

/** A run of invisible characters removed from the text (hidden text is itself a signal). */
export interface HiddenRun {
  kind: HiddenKind;
  /** Offsets in the original text. */
  start: number;
  end: number;
  count: number;
}

export interface NormalizedText {
  original: string;
  /** NFKC, lower-cased, invisible characters removed, confusables/leetspeak folded, spacing joined. */
  text: string;
  /** For each UTF-16 unit of `text`: start and end offset of the original character it came from. */
  starts: Int32Array;
  ends: Int32Array;
  hidden: HiddenRun[];
  /** ASCII smuggled in Unicode tag characters (U+E0020..U+E007E), decoded. */
  tagPayload: string;
  /** textLang(text), found while normalising (every classifier needs it for its threshold). */
  lang: TextLang;
}

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

const work = new Work();

/**
 * Whether the loops specialised to runs of ASCII and CJK units and to letters-only leet tokens are
 * used; off, every unit takes the general path (tests compare the two).
 */
let fastPaths = true;
const source = new UnitScratch();

// Per-code-point normalisation is cached: NFKC per character is the expensive part, and texts reuse
// a small alphabet. Bounded so adversarial input cannot grow it without limit.
const charCache = new Map<number, string>();
const CHAR_CACHE_LIMIT = 65_536;

function foldChar(cp: number): string {
  const cached = charCache.get(cp);
  if (cached !== undefined) return cached;
  let s = String.fromCodePoint(cp).normalize('NFKC');
  // Decompose Latin letters with diacritics, then drop the marks: "ïgnörë" → "ignore".
  if (/[\u00c0-\u024f\u1e00-\u1eff]/u.test(s)) s = s.normalize('NFD');
  let out = '';
  for (const ch of s.toLowerCase()) {
    const code = ch.codePointAt(0) ?? 0;
    if (isCombiningMark(code)) continue;
    if (code === 0x3000 || code === 0xa0 || (code >= 0x2000 && code <= 0x200a) || code === 0x9) {
      out += ' ';
      continue;
    }
    out += CONFUSABLES[ch] ?? ch;
  }
  if (charCache.size < CHAR_CACHE_LIMIT) charCache.set(cp, out);
  return out;
}

/** Which optional passes a text needs (set by pass 1, so ordinary text skips them). */
interface PassFlags {
  spaced: number;
  cjkSpace: boolean;
  leet: boolean;
  /** A run of 2+ spaces was kept as two, to bound words while joining spaced-out letters. */
  doubleSpace: boolean;
  /** An output unit is a surrogate (possibly unpaired): the text is then built the careful way. */
  surrogate: boolean;
  /** CJK ideographs in the output (the later passes never drop or change them). */
  cjk: number;
}

// ASCII character classes as bit sets: one table read instead of a chain of comparisons per unit.
/** Letters, digits, @ and $: units that can form a spaced-out word ("i g n o r e"). */
const JOINABLE = 1;
/** What may sit between spaced-out letters: space . - _ * / */
const SEPARATOR = 2;
const LETTER = 4;
/** Digits and @ $ ! | +: the symbols that read as letters in leetspeak. */
const LEET_SYMBOL = 8;
const CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  let bits = 0;
  if (isAsciiLetter(c)) bits |= LETTER | JOINABLE;
  if (isAsciiDigit(c)) bits |= LEET_SYMBOL | JOINABLE;
  if (c === 0x40 || c === 0x24) bits |= LEET_SYMBOL | JOINABLE;
  if (c === 0x21 || c === 0x7c || c === 0x2b) bits |= LEET_SYMBOL;
  if (c === 0x20 || c === 0x2e || c === 0x2d || c === 0x5f || c === 0x2a || c === 0x2f) bits |= SEPARATOR;
  CLASS[c] = bits;
}

/**
 * Pass 1 keeps the JOINABLE and SEPARATOR bits of the last five units, two bits each (the current
 * unit lowest). "x y" — a single character, one separator, another single character — is then one
 * masked comparison: current not joinable, previous joinable, the one before a separator, then
 * joinable, then not joinable.
 */
const HISTORY_BITS = 0x3ff;
const SPACED_MASK = JOINABLE | (JOINABLE << 2) | (SEPARATOR << 4) | (JOINABLE << 6) | (JOINABLE << 8);
const SPACED_PAIR = (JOINABLE << 2) | (SEPARATOR << 4) | (JOINABLE << 6);
/** The history before the text: four spaces (separators). */
const HISTORY_START = SEPARATOR | (SEPARATOR << 2) | (SEPARATOR << 4) | (SEPARATOR << 6);
/** A letter next to a leet symbol (either order): the two classes together hold both bits. */
const LETTER_AND_LEET = LETTER | LEET_SYMBOL;

/** ASCII case folding, with tab and CR read as spaces. */
const ASCII_FOLD = new Uint16Array(128);
for (let c = 0; c < 128; c++)
  ASCII_FOLD[c] = c >= 0x41 && c <= 0x5a ? c + 32 : c === 0x09 || c === 0x0d ? 0x20 : c;

function classOf(code: number): number {
  return code < 128 ? (CLASS[code] ?? 0) : 0;
}

/** The code point at units[i], pairing a high surrogate with a following low one (as codePointAt). */
function codePointAt(units: Uint16Array, i: number, n: number): number {
  const unit = units[i] ?? 0;
  if (unit < 0xd800 || unit > 0xdbff || i + 1 >= n) return unit;
  const low = units[i + 1] ?? 0;
  return low >= 0xdc00 && low <= 0xdfff ? (unit - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000 : unit;
}

/** Where pass 1 stands between units: kept across its ASCII, CJK and general loops. */
interface FoldState {
  /** Units written to `work`. */
  length: number;
  /** Spaces in the current run (a run is kept as at most two; none at the start or after a newline). */
  spaces: number;
  prev: number;
  prevClass: number;
  history: number;
}

const fold: FoldState = { length: 0, spaces: 2, prev: 0x20, prevClass: SEPARATOR, history: HISTORY_START };

/**
 * Pass 1: hidden-character removal, NFKC, case and confusable folding, whitespace collapse. Reads
 * units[0, n) and writes the output into `work`; returns its length. Runs of ASCII and of common
 * CJK ideographs (most of any text) take loops of their own that keep the state in locals; both
 * apply exactly the rules of `emit`, specialised to their units.
 */
function foldPass(
  units: Uint16Array,
  n: number,
  hidden: HiddenRun[],
  tags: number[],
  flags: PassFlags,
): number {
  work.reserve(n + 16);
  const state = fold;
  state.length = 0;
  state.spaces = 2;
  state.prev = 0x20;
  state.prevClass = SEPARATOR;
  state.history = HISTORY_START;
  let i = 0;
  while (i < n) {
    const unit = units[i] ?? 0;
    if (unit < 0x80) {
      if (fastPaths) i = asciiRun(units, i, n, state, flags);
      else {
        emit(state, flags, ASCII_FOLD[unit] ?? 0, i, i + 1);
        i++;
      }
      continue;
    }
    if (unit >= 0x4e00 && unit <= 0x9fff) {
      if (fastPaths) i = cjkRun(units, i, n, state, flags);
      else {
        emit(state, flags, unit, i, i + 1); // NFKC-stable: no lookup
        i++;
      }
      continue;
    }
    const start = i;
    const cp = codePointAt(units, i, n);
    i += cp > 0xffff ? 2 : 1;
    const kind = hiddenKind(cp);
    if (kind !== undefined) {
      addHidden(hidden, kind, start, i);
      if (kind === 'unicode_tag' && cp >= 0xe0020 && cp <= 0xe007e) tags.push(cp - 0xe0000);
      continue;
    }
    const folded = foldChar(cp);
    // Room for this expansion and one unit per remaining input unit: the stores need no check.
    work.reserve(state.length + folded.length + (n - i) + 1);
    for (let k = 0; k < folded.length; k++) emit(state, flags, folded.charCodeAt(k), start, i);
  }
  // The text's end closes a final "x y" pair (as if a non-joinable unit followed).
  if (((state.history << 2) & SPACED_MASK) === SPACED_PAIR) flags.spaced++;
  work.codes[state.length] = 0;
  return state.length;
}

/** Appends one output unit that came from original[start, end), updating the state and flags. */
function emit(state: FoldState, flags: PassFlags, code: number, start: number, end: number): void {
  const cls = classOf(code);
  if (code === 0x20) {
    if (state.spaces >= 2) return;
    state.spaces++;
    if (state.spaces === 2) flags.doubleSpace = true;
    if (isCjk(state.prev)) flags.cjkSpace = true;
  } else {
    state.spaces = code === 0x0a ? 2 : 0;
    // Leetspeak needs a digit/symbol touching a letter; ordinary numbers and punctuation skip the pass.
    if (((cls | state.prevClass) & LETTER_AND_LEET) === LETTER_AND_LEET) flags.leet = true;
  }
  state.history = ((state.history << 2) | (cls & (JOINABLE | SEPARATOR))) & HISTORY_BITS;
  if ((state.history & SPACED_MASK) === SPACED_PAIR) flags.spaced++;
  if (code >= 0x3400) {
    if (isCjkIdeograph(code)) flags.cjk++;
    else if (code >= 0xd800 && code <= 0xdfff) flags.surrogate = true;
  }
  const at = state.length++;
  work.codes[at] = code;
  work.starts[at] = start;
  work.ends[at] = end;
  state.prevClass = cls;
  state.prev = code;
}

/**
 * `emit` for each unit of the ASCII run at units[i]; returns where the run ends. ASCII needs only
 * case folding and tab/CR → space, and is never CJK or a surrogate.
 */
function asciiRun(units: Uint16Array, i: number, n: number, state: FoldState, flags: PassFlags): number {
  const { codes, starts, ends } = work;
  let { length, spaces, prev, prevClass, history } = state;
  let spaced = 0;
  for (; i < n; i++) {
    const unit = units[i] ?? 0;
    if (unit >= 0x80) break;
    const code = ASCII_FOLD[unit] ?? 0;
    const cls = CLASS[code] ?? 0;
    if (code === 0x20) {
      if (spaces >= 2) continue;
      spaces++;
      if (spaces === 2) flags.doubleSpace = true;
      if (isCjk(prev)) flags.cjkSpace = true;
    } else {
      spaces = code === 0x0a ? 2 : 0;
      if (((cls | prevClass) & LETTER_AND_LEET) === LETTER_AND_LEET) flags.leet = true;
    }
    history = ((history << 2) | (cls & (JOINABLE | SEPARATOR))) & HISTORY_BITS;
    if ((history & SPACED_MASK) === SPACED_PAIR) spaced++;
    codes[length] = code;
    starts[length] = i;
    ends[length] = i + 1;
    length++;
    prevClass = cls;
    prev = code;
  }
  flags.spaced += spaced;
  state.length = length;
  state.spaces = spaces;
  state.prev = prev;
  state.prevClass = prevClass;
  state.history = history;
  return i;
}

/**
 * `emit` for each unit of the run of U+4E00..U+9FFF ideographs at units[i]; returns where the run
 * ends. They are NFKC-stable, not spaces, in no ASCII class and counted as CJK.
 */
function cjkRun(units: Uint16Array, i: number, n: number, state: FoldState, flags: PassFlags): number {
  const { codes, starts, ends } = work;
  let { length, history } = state;
  let spaced = 0;
  const from = i;
  for (; i < n; i++) {
    const code = units[i] ?? 0;
    if (code < 0x4e00 || code > 0x9fff) break;
    history = (history << 2) & HISTORY_BITS;
    if ((history & SPACED_MASK) === SPACED_PAIR) spaced++;
    codes[length] = code;
    starts[length] = i;
    ends[length] = i + 1;
    length++;
  }
  flags.spaced += spaced;
  flags.cjk += i - from;
  state.length = length;
  state.spaces = 0;
  state.prev = units[i - 1] ?? 0;
  state.prevClass = 0;
  state.history = history;
  return i;
}

/** Extends the last hidden run when this one continues it (same kind, adjacent). */
function addHidden(hidden: HiddenRun[], kind: HiddenKind, start: number, end: number): void {
  const last = hidden[hidden.length - 1];
  if (last && last.kind === kind && last.end === start) {
    last.end = end;
    last.count++;
  } else hidden.push({ kind, start, end, count: 1 });
}

function isSeparator(code: number): boolean {
  return (classOf(code) & SEPARATOR) !== 0;
}

function isJoinable(code: number): boolean {
  return (classOf(code) & JOINABLE) !== 0;
}

/** A joinable unit with no joinable neighbour: one letter of a spaced-out word. */
function isSingle(codes: Uint16Array, n: number, i: number): boolean {
  return (
    i < n &&
    isJoinable(codes[i] ?? 0) &&
    (i === 0 || !isJoinable(codes[i - 1] ?? 0)) &&
    (i + 1 >= n || !isJoinable(codes[i + 1] ?? 0))
  );
}

/**
 * Pass 2 (in place on `work`): joins spaced-out letters ("i g n o r e", "i.g.n.o.r.e") when `minRun`
 * or more single characters in a row are separated by one separator (words stay apart where the
 * original had two or more spaces), drops the second space of such gaps, and removes spaces between
 * CJK characters. Returns the new length. Each step runs only when pass 1 saw what it needs: a
 * chain of k single characters is k - 1 "x y" pairs, a kept double space sets `doubleSpace`, and a
 * space after CJK sets `cjkSpace`; a skipped step would have dropped nothing.
 */
function joinPass(n: number, minRun: number, flags: PassFlags): number {
  const drop = work.marks;
  drop.fill(0, 0, n + 1);
  let dropped = flags.spaced >= minRun - 1 && joinSpacedLetters(n, minRun, drop);
  const { codes } = work;
  if (flags.doubleSpace) {
    for (let k = 1; k < n; k++) {
      // The second space of a kept double space goes, now that spaced-out words are joined.
      if (codes[k] === 0x20 && codes[k - 1] === 0x20) {
        drop[k] = 1;
        dropped = true;
      }
    }
  }
  if (flags.cjkSpace) {
    for (let k = 1; k + 1 < n; k++) {
      if (codes[k] !== 0x20 || drop[k]) continue;
      const next = drop[k + 1] ? k + 2 : k + 1;
      if (isCjk(codes[k - 1] ?? 0) && isCjk(codes[next] ?? 0)) {
        drop[k] = 1;
        dropped = true;
      }
    }
  }
  return dropped ? compact(n, drop) : n;
}

/** Marks the separators inside runs of `minRun` or more spaced-out single characters. */
function joinSpacedLetters(n: number, minRun: number, drop: Uint8Array): boolean {
  const { codes } = work;
  let dropped = false;
  let i = 0;
  while (i < n) {
    if (!isSingle(codes, n, i)) {
      i++;
      continue;
    }
    let j = i;
    let count = 1;
    while (j + 2 < n && isSeparator(codes[j + 1] ?? 0) && isSingle(codes, n, j + 2)) {
      j += 2;
      count++;
    }
    if (count >= minRun) {
      for (let k = i + 1; k < j; k += 2) drop[k] = 1;
      dropped ||= i + 1 < j;
    }
    i = j + 1;
  }
  return dropped;
}

/** Removes the marked units from `work` (in place); returns the new length. */
function compact(n: number, drop: Uint8Array): number {
  const { codes, starts, ends } = work;
  let out = 0;
  for (let k = 0; k < n; k++) {
    if (drop[k]) continue;
    codes[out] = codes[k] ?? 0;
    starts[out] = starts[k] ?? 0;
    ends[out] = ends[k] ?? 0;
    out++;
  }
  codes[out] = 0;
  return out;
}

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

/** Start and end of the short digit tokens found by a leet pass (pairs, reused). */
const digitTokens: number[] = [];

/**
 * Pass 3 (in place on `work`, one unit for one unit): leetspeak inside tokens that mix letters and
 * digits/symbols ("1gn0r3" → "ignore", "4ll" → "all"), leaving numbers, units and versions
 * ("2023", "10am", "4k", "file2023") alone.
 */
function leetPass(n: number): boolean {
  let changed = false;
  const { codes } = work;
  let i = 0;
  let foldedTokens = 0;
  digitTokens.length = 0;
  while (i < n) {
    // Tokens of letters alone change nothing (neither fold nor short-word fold touches a letter), so
    // the scan jumps to the next leet symbol and back to the start of its token. Units skipped over
    // are unchanged since the left-to-right scan would have read them, so they read the same.
    const symbol = fastPaths ? nextLeetSymbol(codes, i, n) : i;
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
      for (let k = i; k < j; k++) {
        const c = codes[k] ?? 0;
        const mapped = c < 128 ? (LEET_TABLE[c] ?? 0) : 0;
        if (mapped !== 0) {
          codes[k] = mapped;
          changed = true;
        }
      }
    } else if ((letters === 0 && j - i <= 3) || (j - i === 2 && !isUnitOrVersion(codes, i, j))) {
      digitTokens.push(i, j);
    }
    i = j;
  }
  // In text that is clearly written in leetspeak, short words are words too ("15" → "is", "0f" → "of").
  if (foldedTokens >= 2) {
    for (let t = 0; t < digitTokens.length; t += 2) {
      const start = digitTokens[t] ?? 0;
      const end = digitTokens[t + 1] ?? 0;
      let foldable = true;
      for (let k = start; k < end; k++) {
        const c = codes[k] ?? 0;
        if (!isAsciiLetter(c) && !LEET_DIGIT.has(c)) foldable = false;
      }
      if (!foldable) continue;
      for (let k = start; k < end; k++) {
        const c = codes[k] ?? 0;
        if (isAsciiLetter(c)) continue;
        codes[k] = LEET_TABLE[c] ?? c;
        changed = true;
      }
    }
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

const decoder = new TextDecoder('utf-16le');

/**
 * Offset maps of short texts are carved out of shared slabs: allocating (and later collecting) an
 * ArrayBuffer per text costs more than normalising a short one. A slab lives while any of its texts
 * does, so slabs are small and long texts get their own buffer.
 */
const SLAB_ENTRIES = 8192;
let slab = new Int32Array(SLAB_ENTRIES);
let slabUsed = 0;

/** Starts and ends arrays of `length` entries each, to be filled by the caller. */
function offsetMaps(length: number): [Int32Array, Int32Array] {
  const need = length * 2;
  if (need > SLAB_ENTRIES / 4) {
    const own = new Int32Array(need);
    return [own.subarray(0, length), own.subarray(length)];
  }
  if (slabUsed + need > SLAB_ENTRIES) {
    slab = new Int32Array(SLAB_ENTRIES);
    slabUsed = 0;
  }
  const at = slabUsed;
  slabUsed += need;
  return [slab.subarray(at, at + length), slab.subarray(at + length, at + need)];
}

/**
 * The normalised string. TextDecoder (the original implementation) replaces unpaired surrogates with
 * U+FFFD; a raw copy is much cheaper and identical whenever the output has no surrogate at all.
 */
function codesToString(codes: Uint16Array, length: number, surrogate: boolean): string {
  return surrogate ? decoder.decode(codes.subarray(0, length)) : unitsToString(codes, length);
}

/** normalizeText with every fast path off: the reference the fast paths must match exactly. */
export function normalizeTextGeneral(original: string): NormalizedText {
  fastPaths = false;
  try {
    return normalizeText(original);
  } finally {
    fastPaths = true;
  }
}

/** Normalises once; every detector shares the result. Offsets map back to the original text. */
export function normalizeText(original: string): NormalizedText {
  const hidden: HiddenRun[] = [];
  const tags: number[] = [];
  const flags: PassFlags = {
    spaced: 0,
    cjkSpace: false,
    leet: false,
    doubleSpace: false,
    surrogate: false,
    cjk: 0,
  };
  let length = foldPass(source.load(original), original.length, hidden, tags, flags);
  // "a b c d" needs at least three separator-joined pairs before joining can apply.
  if (flags.spaced >= 2 || flags.cjkSpace || flags.doubleSpace) {
    // Four single letters in a row are a spaced-out word; in text that is mostly spaced out, two are.
    length = joinPass(length, flags.spaced >= 6 ? 2 : 4, flags);
  }
  // Folding can make a symbol sit between letters ("0a0+a"): repeat to a fixpoint (idempotence). A
  // round that changed nothing would repeat itself exactly, so the loop stops there.
  if (flags.leet) for (let round = 0; round < 3 && leetPass(length); round++);
  const [starts, ends] = offsetMaps(length);
  starts.set(work.starts.subarray(0, length));
  ends.set(work.ends.subarray(0, length));
  return {
    original,
    text: codesToString(work.codes, length, flags.surrogate),
    starts,
    ends,
    hidden,
    tagPayload: tags.length === 0 ? '' : String.fromCharCode(...tags.slice(0, 4096)),
    // Past the prefix that decides the language, the count must be taken over the prefix alone.
    lang: length <= LANG_PREFIX ? langFromCount(flags.cjk, length) : langOfUnits(work.codes, length),
  };
}

/** Maps a span of the normalised text back to the original text. */
export function toOriginalSpan(norm: NormalizedText, start: number, end: number): Span {
  if (norm.text.length === 0) return { start: 0, end: 0 };
  const s = Math.min(Math.max(start, 0), norm.text.length - 1);
  const e = Math.min(Math.max(end - 1, s), norm.text.length - 1);
  return { start: norm.starts[s] ?? 0, end: norm.ends[e] ?? norm.original.length };
}
