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
}

/** Growable buffer of UTF-16 units with their original spans (typed arrays: no per-char objects). */
class Buffer {
  codes: Uint16Array;
  starts: Int32Array;
  ends: Int32Array;
  length = 0;
  constructor(capacity: number) {
    this.codes = new Uint16Array(capacity);
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
  }
  push(code: number, start: number, end: number): void {
    if (this.length === this.codes.length) this.grow();
    this.codes[this.length] = code;
    this.starts[this.length] = start;
    this.ends[this.length] = end;
    this.length++;
  }
  private grow(): void {
    const size = this.codes.length * 2 + 16;
    const codes = new Uint16Array(size);
    codes.set(this.codes);
    const starts = new Int32Array(size);
    starts.set(this.starts);
    const ends = new Int32Array(size);
    ends.set(this.ends);
    this.codes = codes;
    this.starts = starts;
    this.ends = ends;
  }
}

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
}

function isLeetSymbol(c: number): boolean {
  return isAsciiDigit(c) || c === 0x40 || c === 0x24 || c === 0x21 || c === 0x7c || c === 0x2b;
}

/** Pass 1: hidden-character removal, NFKC, case and confusable folding, whitespace collapse. */
function foldPass(original: string, hidden: HiddenRun[], tags: number[], flags: PassFlags): Buffer {
  const buf = new Buffer(original.length + 16);
  // Spaces in the current run (a run is kept as at most two; none at the start or after a newline).
  let spaces = 2;
  let prev = 0x20;
  let prev2 = 0x20;
  let prev3 = 0x20;
  let prev4 = 0x20;
  const n = original.length;
  let i = 0;
  let folded = '';
  let k = 0;
  let start = 0;
  let end = 0;
  while (i < n || k < folded.length) {
    let code: number;
    if (k < folded.length) {
      code = folded.charCodeAt(k++);
    } else {
      const unit = original.charCodeAt(i);
      start = i;
      if (unit < 0x80) {
        // Fast path: ASCII needs only case folding and tab/CR → space.
        code = unit >= 0x41 && unit <= 0x5a ? unit + 32 : unit === 0x09 || unit === 0x0d ? 0x20 : unit;
        end = ++i;
      } else if (unit >= 0x4e00 && unit <= 0x9fff) {
        code = unit; // CJK ideographs are NFKC-stable: skip the lookup.
        end = ++i;
      } else {
        const cp = original.codePointAt(i) ?? 0;
        i += cp > 0xffff ? 2 : 1;
        end = i;
        const kind = hiddenKind(cp);
        if (kind !== undefined) {
          const last = hidden[hidden.length - 1];
          if (last && last.kind === kind && last.end === start) {
            last.end = i;
            last.count++;
          } else hidden.push({ kind, start, end: i, count: 1 });
          if (kind === 'unicode_tag' && cp >= 0xe0020 && cp <= 0xe007e) tags.push(cp - 0xe0000);
          continue;
        }
        folded = foldChar(cp);
        k = 0;
        continue;
      }
    }
    if (code === 0x20) {
      if (spaces >= 2) continue;
      spaces++;
      if (spaces === 2) flags.doubleSpace = true;
      if (isCjk(prev)) flags.cjkSpace = true;
    } else {
      spaces = code === 0x0a ? 2 : 0;
      // Leetspeak needs a digit/symbol touching a letter; ordinary numbers and punctuation skip the pass.
      if ((isLeetSymbol(code) && isAsciiLetter(prev)) || (isAsciiLetter(code) && isLeetSymbol(prev)))
        flags.leet = true;
    }
    // "x y": a single character, one separator, another single character (spaced-out letters).
    if (
      !isJoinable(code) &&
      isJoinable(prev) &&
      isSeparator(prev2) &&
      isJoinable(prev3) &&
      !isJoinable(prev4)
    ) {
      flags.spaced++;
    }
    buf.push(code, start, end);
    prev4 = prev3;
    prev3 = prev2;
    prev2 = prev;
    prev = code;
  }
  // The text's end closes a final "x y" pair.
  if (isJoinable(prev) && isSeparator(prev2) && isJoinable(prev3) && !isJoinable(prev4)) flags.spaced++;
  return buf;
}

function isSeparator(code: number): boolean {
  return code === 0x20 || code === 0x2e || code === 0x2d || code === 0x5f || code === 0x2a || code === 0x2f;
}

function isJoinable(code: number): boolean {
  return isAsciiLetter(code) || isAsciiDigit(code) || code === 0x40 || code === 0x24;
}

/**
 * Pass 2: joins spaced-out letters ("i g n o r e", "i.g.n.o.r.e") when `minRun` or more single
 * characters in a row are separated by one separator (words stay apart where the original had two
 * or more spaces), drops the second space of such gaps, and removes spaces between CJK characters.
 */
function joinPass(buf: Buffer, minRun: number): Buffer {
  const { codes } = buf;
  const n = buf.length;
  const single = (i: number): boolean =>
    i < n &&
    isJoinable(codes[i] ?? 0) &&
    (i === 0 || !isJoinable(codes[i - 1] ?? 0)) &&
    (i + 1 >= n || !isJoinable(codes[i + 1] ?? 0));
  let drop: Uint8Array | undefined;
  let i = 0;
  while (i < n) {
    if (!single(i)) {
      i++;
      continue;
    }
    let j = i;
    let count = 1;
    while (j + 2 < n && isSeparator(codes[j + 1] ?? 0) && single(j + 2)) {
      j += 2;
      count++;
    }
    if (count >= minRun) {
      drop ??= new Uint8Array(n);
      for (let k = i + 1; k < j; k += 2) drop[k] = 1;
    }
    i = j + 1;
  }
  for (let k = 1; k < n; k++) {
    // The second space of a kept double space goes, now that spaced-out words are joined.
    if (codes[k] === 0x20 && codes[k - 1] === 0x20) {
      drop ??= new Uint8Array(n);
      drop[k] = 1;
    }
  }
  for (let k = 1; k + 1 < n; k++) {
    if (codes[k] !== 0x20 || drop?.[k]) continue;
    const next = drop?.[k + 1] ? k + 2 : k + 1;
    if (isCjk(codes[k - 1] ?? 0) && isCjk(codes[next] ?? 0)) {
      drop ??= new Uint8Array(n);
      drop[k] = 1;
    }
  }
  if (!drop) return buf;
  const out = new Buffer(n);
  for (let k = 0; k < n; k++) {
    if (drop[k]) continue;
    out.push(codes[k] ?? 0, buf.starts[k] ?? 0, buf.ends[k] ?? 0);
  }
  return out;
}

/** Digits that read as letters in leetspeak (0 o, 1 i, 3 e, 4 a, 5 s, 7 t). */
const LEET_DIGIT = new Set([0x30, 0x31, 0x33, 0x34, 0x35, 0x37]);
const LEET_TABLE = new Uint16Array(128);
for (const [from, to] of Object.entries(LEET)) LEET_TABLE[from.charCodeAt(0)] = to.charCodeAt(0);

/**
 * Pass 3 (in place, one unit for one unit): leetspeak inside tokens that mix letters and
 * digits/symbols ("1gn0r3" → "ignore", "4ll" → "all"), leaving numbers, units and versions
 * ("2023", "10am", "4k", "file2023") alone.
 */
function leetPass(buf: Buffer): boolean {
  let changed = false;
  const { codes } = buf;
  const n = buf.length;
  const inToken = (k: number): boolean => {
    const c = codes[k] ?? 0;
    if (isAsciiLetter(c) || isAsciiDigit(c) || c === 0x40 || c === 0x24) return true;
    // '!', '|' and '+' count only between letters ("h!dden"), never as punctuation.
    return (
      (c === 0x21 || c === 0x7c || c === 0x2b) &&
      k > 0 &&
      isAsciiLetter(codes[k - 1] ?? 0) &&
      isAsciiLetter(codes[k + 1] ?? 0)
    );
  };
  let i = 0;
  let foldedTokens = 0;
  const digitTokens: [number, number][] = [];
  while (i < n) {
    if (!inToken(i)) {
      i++;
      continue;
    }
    let j = i;
    let letters = 0;
    while (j < n && inToken(j)) {
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
      digitTokens.push([i, j]);
    }
    i = j;
  }
  // In text that is clearly written in leetspeak, short words are words too ("15" → "is", "0f" → "of").
  if (foldedTokens >= 2) {
    for (const [start, end] of digitTokens) {
      let foldable = true;
      for (let k = start; k < end; k++) {
        const c = codes[k] ?? 0;
        if (!isAsciiLetter(c) && !LEET_DIGIT.has(c)) foldable = false;
      }
      if (!foldable) continue;
      for (let k = start; k < end; k++) {
        const c = codes[k] ?? 0;
        if (!isAsciiLetter(c)) codes[k] = LEET_TABLE[c] ?? c;
      }
      changed = true;
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

function codesToString(codes: Uint16Array, length: number): string {
  return decoder.decode(codes.subarray(0, length));
}

/** Normalises once; every detector shares the result. Offsets map back to the original text. */
export function normalizeText(original: string): NormalizedText {
  const hidden: HiddenRun[] = [];
  const tags: number[] = [];
  const flags: PassFlags = { spaced: 0, cjkSpace: false, leet: false, doubleSpace: false };
  let folded = foldPass(original, hidden, tags, flags);
  // "a b c d" needs at least three separator-joined pairs before joining can apply.
  if (flags.spaced >= 2 || flags.cjkSpace || flags.doubleSpace) {
    // Four single letters in a row are a spaced-out word; in text that is mostly spaced out, two are.
    folded = joinPass(folded, flags.spaced >= 6 ? 2 : 4);
  }
  // Folding can make a symbol sit between letters ("0a0+a"): repeat to a fixpoint (idempotence).
  if (flags.leet) for (let round = 0; round < 3 && leetPass(folded); round++);
  return {
    original,
    text: codesToString(folded.codes, folded.length),
    starts: folded.starts.subarray(0, folded.length),
    ends: folded.ends.subarray(0, folded.length),
    hidden,
    tagPayload: String.fromCharCode(...tags.slice(0, 4096)),
  };
}

/** Maps a span of the normalised text back to the original text. */
export function toOriginalSpan(norm: NormalizedText, start: number, end: number): Span {
  if (norm.text.length === 0) return { start: 0, end: 0 };
  const s = Math.min(Math.max(start, 0), norm.text.length - 1);
  const e = Math.min(Math.max(end - 1, s), norm.text.length - 1);
  return { start: norm.starts[s] ?? 0, end: norm.ends[e] ?? norm.original.length };
}
