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

/** Mutable buffer of UTF-16 units with their original spans. */
interface Buffer {
  codes: number[];
  starts: number[];
  ends: number[];
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

/** Pass 1: hidden-character removal, NFKC, case and confusable folding, whitespace collapse. */
function foldPass(original: string, hidden: HiddenRun[], tags: number[]): Buffer {
  const buf: Buffer = { codes: [], starts: [], ends: [] };
  let lastSpace = true;
  for (let i = 0; i < original.length; ) {
    const cp = original.codePointAt(i) ?? 0;
    const width = cp > 0xffff ? 2 : 1;
    const start = i;
    i += width;
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
    let folded: string;
    if (cp < 0x80) {
      folded =
        cp >= 0x41 && cp <= 0x5a
          ? String.fromCharCode(cp + 32)
          : cp === 0x9 || cp === 0xd
            ? ' '
            : (original[start] ?? '');
    } else if (cp >= 0x4e00 && cp <= 0x9fff) {
      folded = String.fromCharCode(cp); // CJK ideographs are NFKC-stable: skip the lookup
    } else folded = foldChar(cp);
    for (let k = 0; k < folded.length; k++) {
      const code = folded.charCodeAt(k);
      if (code === 0x20) {
        if (lastSpace) continue;
        lastSpace = true;
      } else lastSpace = code === 0x0a;
      buf.codes.push(code);
      buf.starts.push(start);
      buf.ends.push(i);
    }
  }
  return buf;
}

const SPACING_SEPARATORS = new Set([0x20, 0x2e, 0x2d, 0x5f, 0x2a, 0x2f]);

function isJoinable(code: number): boolean {
  return isAsciiLetter(code) || isAsciiDigit(code) || code === 0x40 || code === 0x24;
}

/**
 * Pass 2: joins spaced-out letters ("i g n o r e", "i.g.n.o.r.e") when four or more single
 * characters in a row are separated by one separator, and removes spaces between CJK characters.
 */
function joinPass(buf: Buffer): Buffer {
  const { codes } = buf;
  const drop = new Uint8Array(codes.length);
  const n = codes.length;
  const single = (i: number): boolean =>
    i >= 0 &&
    i < n &&
    isJoinable(codes[i] ?? 0) &&
    (i === 0 || !isJoinable(codes[i - 1] ?? 0)) &&
    (i + 1 >= n || !isJoinable(codes[i + 1] ?? 0));
  let i = 0;
  while (i < n) {
    if (!single(i)) {
      i++;
      continue;
    }
    let j = i;
    let count = 1;
    while (j + 2 < n && SPACING_SEPARATORS.has(codes[j + 1] ?? 0) && single(j + 2)) {
      j += 2;
      count++;
    }
    if (count >= 4) for (let k = i + 1; k < j; k += 2) drop[k] = 1;
    i = j + 1;
  }
  for (let k = 1; k + 1 < n; k++) {
    if (codes[k] === 0x20 && isCjk(codes[k - 1] ?? 0) && isCjk(codes[k + 1] ?? 0)) drop[k] = 1;
  }
  const out: Buffer = { codes: [], starts: [], ends: [] };
  for (let k = 0; k < n; k++) {
    if (drop[k]) continue;
    out.codes.push(codes[k] ?? 0);
    out.starts.push(buf.starts[k] ?? 0);
    out.ends.push(buf.ends[k] ?? 0);
  }
  return out;
}

/**
 * Pass 3 (in place, one unit for one unit): leetspeak inside tokens that mix letters and
 * digits/symbols ("1gn0r3" → "ignore"), leaving numbers, "gpt4", "mp3", "4chan" and "10am" alone.
 */
function leetPass(buf: Buffer): void {
  const { codes } = buf;
  const n = codes.length;
  const inToken = (k: number): boolean => {
    const c = codes[k] ?? 0;
    if (isAsciiLetter(c) || isAsciiDigit(c) || c === 0x40 || c === 0x24) return true;
    // '!', '|' and '+' count only between letters ("h!dden"), never as punctuation.
    return (
      (c === 0x21 || c === 0x7c || c === 0x2b) &&
      isAsciiLetter(codes[k + 1] ?? 0) &&
      k > 0 &&
      isAsciiLetter(codes[k - 1] ?? 0)
    );
  };
  let i = 0;
  while (i < n) {
    if (!inToken(i)) {
      i++;
      continue;
    }
    let j = i;
    while (j < n && inToken(j)) j++;
    let letters = 0;
    let leet = 0;
    for (let k = i; k < j; k++) {
      if (isAsciiLetter(codes[k] ?? 0)) letters++;
      else leet++;
    }
    if (j - i >= 4 && letters >= 2 && leet >= 1 && !isSuffixOrPrefixNumber(codes, i, j)) {
      for (let k = i; k < j; k++) {
        const mapped = LEET[String.fromCharCode(codes[k] ?? 0)];
        if (mapped !== undefined) codes[k] = mapped.charCodeAt(0);
      }
    }
    i = j;
  }
}

/** True for tokens like "file2023" or "10am": letters then digits, or digits then letters. */
function isSuffixOrPrefixNumber(codes: number[], start: number, end: number): boolean {
  let k = start;
  const firstIsDigit = isAsciiDigit(codes[k] ?? 0);
  const sameClass = (c: number): boolean => (firstIsDigit ? isAsciiDigit(c) : isAsciiLetter(c));
  while (k < end && sameClass(codes[k] ?? 0)) k++;
  const otherClass = (c: number): boolean => (firstIsDigit ? isAsciiLetter(c) : isAsciiDigit(c));
  while (k < end && otherClass(codes[k] ?? 0)) k++;
  return k === end;
}

function codesToString(codes: number[]): string {
  let out = '';
  for (let i = 0; i < codes.length; i += 8192) out += String.fromCharCode(...codes.slice(i, i + 8192));
  return out;
}

/** Normalises once; every detector shares the result. Offsets map back to the original text. */
export function normalizeText(original: string): NormalizedText {
  const hidden: HiddenRun[] = [];
  const tags: number[] = [];
  const folded = joinPass(foldPass(original, hidden, tags));
  leetPass(folded);
  return {
    original,
    text: codesToString(folded.codes),
    starts: Int32Array.from(folded.starts),
    ends: Int32Array.from(folded.ends),
    hidden,
    tagPayload: codesToString(tags),
  };
}

/** Maps a span of the normalised text back to the original text. */
export function toOriginalSpan(norm: NormalizedText, start: number, end: number): Span {
  if (norm.text.length === 0) return { start: 0, end: 0 };
  const s = Math.min(Math.max(start, 0), norm.text.length - 1);
  const e = Math.min(Math.max(end - 1, s), norm.text.length - 1);
  return { start: norm.starts[s] ?? 0, end: norm.ends[e] ?? norm.original.length };
}
