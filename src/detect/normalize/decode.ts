import { isUtf8 } from 'node:buffer';
import type { Span } from '../../core/index.js';
import { letterNumbersPayload } from './letter-numbers.js';
import { braillePayload, morsePayload } from './morse-braille.js';
import { natoPayload } from './nato-alphabet.js';
import { pigLatinPayload } from './pig-latin.js';
import { reversedPayload } from './reversed.js';
import { reversedChinesePayload } from './reversed-chinese.js';
import { splitStringsPayload } from './split-strings.js';
import { UnitScratch } from './units.js';

export const PAYLOAD_KINDS = [
  'base64',
  'base32',
  'hex',
  'binary',
  'url',
  'rot13',
  'pig_latin',
  'reversed',
  'letter_numbers',
  'split_strings',
  'morse',
  'braille',
  'nato',
  'unicode_tags',
] as const;
export type PayloadKind = (typeof PAYLOAD_KINDS)[number];

/** How findings name each kind of payload ("inside a Pig Latin payload"). */
export const PAYLOAD_NAMES: Record<PayloadKind, string> = {
  base64: 'base64-encoded',
  base32: 'base32-encoded',
  binary: 'binary (8-bit)',
  hex: 'hex-encoded',
  url: 'URL-encoded',
  rot13: 'ROT13-encoded',
  pig_latin: 'Pig Latin',
  reversed: 'reversed-text',
  letter_numbers: 'letter-number (A1Z26)',
  split_strings: 'split-string',
  morse: 'Morse-code',
  braille: 'Braille',
  nato: 'NATO-alphabet',
  unicode_tags: 'Unicode-tag',
};

/** Text smuggled inside the input in an encoding, decoded so the detectors can scan it too. */
export interface DecodedPayload {
  kind: PayloadKind;
  text: string;
  /** Where the encoded form sits in the original text. */
  span: Span;
}

// Base64 and plain hex runs are found by a linear scanner (scanText); these cover the rarer forms:
// escaped bytes (\x68\x69), C-style bytes (0x68, 0x69) and byte pairs joined by a space, colon, dash
// or comma (68 69, 68:69, 68-69, 68,69). Lookbehind anchors keep every search linear (no retry
// inside a run); repeats are bounded.
export const DECODE_PATTERNS = {
  hexEscaped: /(?<!\\x[0-9A-Fa-f]{2})(?:\\x[0-9A-Fa-f]{2}){4,4096}/g,
  hexPrefixed: /(?<![0-9A-Za-z])0x[0-9A-Fa-f]{2}(?:(?:, ?|[ :-])?0x[0-9A-Fa-f]{2}){3,4096}(?![0-9A-Fa-f])/g,
  hexSeparated: /(?<![0-9A-Fa-f][ :,-]?)[0-9A-Fa-f]{2}(?:[ :,-][0-9A-Fa-f]{2}){7,4096}(?![0-9A-Fa-f])/g,
  binarySpaced: /(?<![01] ?)[01]{8}(?: [01]{8}){3,4096}(?![01])/g,
  base32Run: /^[A-Z2-7]{16,}=*$/,
  url: /(?<!%[0-9A-Fa-f]{2})(?:%[0-9A-Fa-f]{2}){1,2048}/g,
} as const;

export const HEX_SEPARATED_PROBE =
  /(?<![0-9a-fA-F])[0-9a-fA-F]{2}[ :,-][0-9a-fA-F]{2}[ :,-][0-9a-fA-F]{2}[ :,-][0-9a-fA-F]{2}/;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Decoded bytes count only when they are valid UTF-8 text with no control characters and either a
 * quarter letters (any script) or enough length to be deliberate (Morse, binary, symbols).
 */
function readableText(bytes: Uint8Array): string | undefined {
  // Most candidates (words such as "cross-functional") decode to invalid UTF-8: a validity check
  // rejects them without the cost of the decoder throwing.
  if (!isUtf8(bytes)) return undefined;
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return undefined;
  }
  if (text.length < 4) return undefined;
  let letters = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    if ((c < 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) || (c >= 0x7f && c < 0xa0) || c === 0xfffd)
      return undefined;
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x80 && LETTER.test(ch))) letters++;
  }
  return letters * 4 >= text.length || text.length >= 24 ? text : undefined;
}

const LETTER = /^\p{L}$/u;

function fromBase64(candidate: string): string | undefined {
  // A run of letters alone ("internationalization") is not base64 worth decoding.
  if (!/[0-9+/=_-]|[A-Z][a-z]|[a-z][A-Z]/.test(candidate)) return undefined;
  return readableText(Buffer.from(candidate.replace(/-/g, '+').replace(/_/g, '/'), 'base64'));
}

function fromHex(candidate: string): string | undefined {
  const digits = candidate.replace(/\\x|0x|[ :,-]/g, '');
  if (digits.length % 2 !== 0) return undefined;
  return readableText(Buffer.from(digits, 'hex'));
}

/** Bits written out, eight to a byte ("01101000 01101001"), spaces between bytes allowed. */
function fromBinary(candidate: string): string | undefined {
  const bits = candidate.replace(/ /g, '');
  if (bits.length % 8 !== 0) return undefined;
  const bytes = new Uint8Array(bits.length / 8);
  for (let i = 0; i < bytes.length; i++) bytes[i] = Number.parseInt(bits.slice(8 * i, 8 * i + 8), 2);
  return readableText(bytes);
}

const BASE32_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** RFC 4648 base32 (upper-case letters and 2–7, "=" padding). */
function fromBase32(run: string): string | undefined {
  const digits = run.replace(/=+$/, '');
  const bytes: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const ch of digits) {
    buffer = (buffer << 5) | BASE32_ALPHABET.indexOf(ch);
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((buffer >>> bits) & 0xff);
    }
  }
  return readableText(Uint8Array.from(bytes));
}

const COMMON_WORDS = new Set(
  'the you your and to of a is in that it for are this with be on not all ignore previous instructions say tell me what how please now from system prompt'.split(
    ' ',
  ),
);

function countCommonWords(text: string): number {
  let n = 0;
  for (const word of text.toLowerCase().split(/[^a-z]{1,10}/)) if (COMMON_WORDS.has(word)) n++;
  return n;
}

export function rot13(text: string): string {
  const out = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x41 && c <= 0x5a) out[i] = ((c - 0x41 + 13) % 26) + 0x41;
    else if (c >= 0x61 && c <= 0x7a) out[i] = ((c - 0x61 + 13) % 26) + 0x61;
    else out[i] = c;
  }
  return new TextDecoder('utf-16le').decode(out);
}

/** ROT13 is guessed: the rotated text must read as English clearly better than the original. */
function rot13Payload(text: string, units: Uint16Array): string | undefined {
  if (text.length < 12 || text.length > 20_000) return undefined;
  // Ordinary English is full of common words; only text with almost none is worth rotating. (Tested
  // before the letter count, which reads the whole text: both must hold, in either order.)
  if (/\b(?:the|and|you|to|is|of)\b/i.test(text.slice(0, 400))) return undefined;
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const c = (units[i] ?? 0) | 0x20;
    if (c >= 0x61 && c <= 0x7a) letters++;
  }
  if (letters < text.length * 0.6) return undefined;
  const before = countCommonWords(text);
  if (before * 12 > text.length / 5) return undefined;
  const rotated = rot13(text);
  const after = countCommonWords(rotated);
  return after >= 3 && after >= 2 * before + 2 ? rotated : undefined;
}

// The base64 and hex alphabets as a table (one read per unit in the scans below).
const BASE64 = 1;
const HEX = 2;
const UNIT_CLASS = new Uint8Array(128);
for (const ch of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/-_') {
  UNIT_CLASS[ch.charCodeAt(0)] = BASE64;
}
for (const ch of '0123456789abcdefABCDEF') {
  const c = ch.charCodeAt(0);
  UNIT_CLASS[c] = (UNIT_CLASS[c] ?? 0) | HEX;
}

function isBase64Unit(c: number): boolean {
  return c < 128 && ((UNIT_CLASS[c] ?? 0) & BASE64) !== 0;
}

function isHexUnit(c: number): boolean {
  return c < 128 && ((UNIT_CLASS[c] ?? 0) & HEX) !== 0;
}

/** Shortest and longest base64 runs worth decoding. */
const MIN_RUN = 16;
const MAX_RUN = 65_536;

/** What the decoders need to know about a text, gathered with as few unit reads as possible. */
export interface TextScan {
  /** Maximal runs of ≥ 16 base64/base64url characters (plus '=' padding). */
  base64Runs: [number, number][];
  /**
   * Whether the separated-hex regex is worth running: at least eight hex pairs followed by a
   * separator (space, colon, dash, comma) and a match of HEX_SEPARATED_PROBE (four pairs joined by
   * single separators, the first not preceded by a hex digit).
   */
  separatedHex: boolean;
}

/**
 * The decoders' pre-checks. Both skip most units of ordinary text: a pass that reads every unit
 * costs about as much as the work it guards.
 */
export function scanText(units: Uint16Array, n: number): TextScan {
  return {
    base64Runs: base64Runs(units, n),
    separatedHex: hasSeparatedHexProbe(units, n) && hexPairs(units, n) >= 8,
  };
}

/**
 * Maximal runs of MIN_RUN..MAX_RUN base64 units, with up to two '=' after each. Any run of MIN_RUN
 * or more that starts at or after `lo` covers unit lo + MIN_RUN - 1, so only that unit is read
 * unless it is base64 (then the run around it is measured and the scan resumes past its end).
 */
function base64Runs(units: Uint16Array, n: number): [number, number][] {
  const runs: [number, number][] = [];
  let lo = 0;
  while (lo + MIN_RUN <= n) {
    const probe = lo + MIN_RUN - 1;
    if (!isBase64Unit(units[probe] ?? 0)) {
      lo = probe + 1;
      continue;
    }
    // units[lo - 1] is not base64 (or lo is 0): the run cannot start before lo.
    let start = probe;
    while (start > lo && isBase64Unit(units[start - 1] ?? 0)) start--;
    let end = probe + 1;
    while (end < n && isBase64Unit(units[end] ?? 0)) end++;
    const length = end - start;
    if (length >= MIN_RUN && length <= MAX_RUN) {
      let padded = end;
      while (padded < n && padded - end < 2 && units[padded] === 0x3d) padded++;
      runs.push([start, padded]);
    }
    lo = end + 1;
  }
  return runs;
}

/** Bit 1 for a separator, bit 2 for a hex digit: the two kinds of unit in a separated-hex match. */
const HEX_KIND = new Uint8Array(128);
for (const ch of ' :,-') HEX_KIND[ch.charCodeAt(0)] = 1;
for (const ch of '0123456789abcdefABCDEF') HEX_KIND[ch.charCodeAt(0)] = 2;

/**
 * HEX_SEPARATED_PROBE anywhere in units[0, n). A match "hh:hh:hh:hh" at p has the period-3 pattern
 * hex, hex, separator, so of every third unit read, the one in [p, p + 2] and the next two reads are
 * of one kind (all hex or all separators): only such a triple needs the exact check. The kinds are
 * ANDed (a unit has at most one bit), which keeps the loop free of unpredictable branches.
 */
function hasSeparatedHexProbe(units: Uint16Array, n: number): boolean {
  let before = 0;
  let last = 0;
  for (let q = 0; q < n; q += 3) {
    const c = units[q] ?? 0;
    const kind = c < 128 ? (HEX_KIND[c] ?? 0) : 0;
    if ((kind & last & before) !== 0) {
      // The triple q - 6, q - 3, q: a match starting in [q - 8, q - 6].
      for (let p = Math.max(q - 8, 0); p <= q - 6; p++) if (probeAt(units, n, p)) return true;
    }
    before = last;
    last = kind;
  }
  return false;
}

function isHexSeparator(c: number): boolean {
  return c < 128 && HEX_KIND[c] === 1;
}

/** Separators preceded by two hex units ("xx:" pairs). */
function hexPairs(units: Uint16Array, n: number): number {
  let pairs = 0;
  for (let i = 2; i < n; i++)
    if (isHexSeparator(units[i] ?? 0) && isHexUnit(units[i - 1] ?? 0) && isHexUnit(units[i - 2] ?? 0))
      pairs++;
  return pairs;
}

/** HEX_SEPARATED_PROBE anchored at p: four hex pairs joined by single separators, not preceded by hex. */
function probeAt(units: Uint16Array, n: number, p: number): boolean {
  if (p + 11 > n || (p > 0 && isHexUnit(units[p - 1] ?? 0))) return false;
  for (let k = 0; k < 11; k += 3) {
    if (!isHexUnit(units[p + k] ?? 0) || !isHexUnit(units[p + k + 1] ?? 0)) return false;
    if (k + 2 < 11 && !isHexSeparator(units[p + k + 2] ?? 0)) return false;
  }
  return true;
}

// The decoder reads every unit of a text: they are copied once into a reused array.
const textUnits = new UnitScratch();

/** A payload's kind and text, when the decoder read one. */
function decoded(
  kind: PayloadKind,
  text: string | undefined,
): { kind: PayloadKind; text: string } | undefined {
  return text === undefined ? undefined : { kind, text };
}

function decodeHexMatches(original: string, re: RegExp, out: DecodedPayload[]): void {
  for (const m of original.matchAll(re)) {
    const text = fromHex(m[0]);
    if (text) out.push({ kind: 'hex', text, span: { start: m.index, end: m.index + m[0].length } });
  }
}

/**
 * Decoders of word games (letters rearranged, renamed or spelt out), in the order they are tried,
 * each given the normalised text and the original. Sums and letter numbers are read as written
 * first: the leetspeak fold reads "x+y" as "xty" and may read digits as letters.
 */
const WORD_GAMES: readonly (readonly [
  PayloadKind,
  (words: string, original: string) => string | undefined,
])[] = [
  ['pig_latin', pigLatinPayload],
  ['reversed', (words) => reversedPayload(words) ?? reversedChinesePayload(words)],
  ['letter_numbers', (words, original) => letterNumbersPayload(original) ?? letterNumbersPayload(words)],
  ['split_strings', (words, original) => splitStringsPayload(original) ?? splitStringsPayload(words)],
  ['morse', morsePayload],
  ['braille', braillePayload],
  ['nato', natoPayload],
];

/**
 * Finds and decodes base64, base32, hex, binary, URL-encoded, ROT13, Pig Latin, reversed,
 * letter-number (A1Z26), split-string, Morse, Braille, NATO-alphabet and Unicode-tag payloads in a text. Bytes
 * (base64, base32, hex, binary, URL, ROT13) are read in `original`; the word games in `words`, which
 * the analysis passes as the normalised text: homoglyphs, invisible and full-width characters folded
 * and Traditional Chinese read as Simplified, so a disguise on top of the game does not hide its
 * words.
 */
export function decodePayloads(original: string, tagPayload = '', words = original): DecodedPayload[] {
  const out: DecodedPayload[] = [];
  if (tagPayload.length > 0)
    out.push({ kind: 'unicode_tags', text: tagPayload, span: { start: 0, end: original.length } });
  if (original.length < 12) return out;
  const units = textUnits.load(original);
  const scan = scanText(units, original.length);
  for (const [start, end] of scan.base64Runs) {
    const run = original.slice(start, end);
    // Most specific alphabet first: bits, then hex digits, then base32, then base64.
    const found =
      (/^[01]+$/.test(run) ? decoded('binary', fromBinary(run)) : undefined) ??
      (/^[0-9a-fA-F]+$/.test(run) ? decoded('hex', fromHex(run)) : undefined) ??
      (DECODE_PATTERNS.base32Run.test(run) ? decoded('base32', fromBase32(run)) : undefined) ??
      decoded('base64', fromBase64(run));
    if (found) out.push({ ...found, span: { start, end } });
  }
  // Escaped, prefixed and separated hex are rare: a cheap probe guards each (linear) regex scan.
  if (original.includes('\\x')) decodeHexMatches(original, DECODE_PATTERNS.hexEscaped, out);
  if (original.includes('0x')) decodeHexMatches(original, DECODE_PATTERNS.hexPrefixed, out);
  if (scan.separatedHex) decodeHexMatches(original, DECODE_PATTERNS.hexSeparated, out);
  if (
    original.includes('0 0') ||
    original.includes('1 0') ||
    original.includes('0 1') ||
    original.includes('1 1')
  ) {
    for (const m of original.matchAll(DECODE_PATTERNS.binarySpaced)) {
      const text = fromBinary(m[0]);
      if (text) out.push({ kind: 'binary', text, span: { start: m.index, end: m.index + m[0].length } });
    }
  }
  if (original.includes('%')) {
    let first = -1;
    let last = -1;
    let runs = 0;
    const decoded = original.replace(DECODE_PATTERNS.url, (run, offset: number) => {
      try {
        const d = decodeURIComponent(run);
        runs += run.length / 3;
        if (first < 0) first = offset;
        last = offset + run.length;
        return d;
      } catch {
        return run;
      }
    });
    if (runs >= 4) out.push({ kind: 'url', text: decoded, span: { start: first, end: last } });
  }
  const rotated = rot13Payload(original, units);
  if (rotated) out.push({ kind: 'rot13', text: rotated, span: { start: 0, end: original.length } });
  if (words.length >= 12) {
    for (const [kind, read] of WORD_GAMES) {
      const text = read(words, original);
      if (text) out.push({ kind, text, span: { start: 0, end: original.length } });
    }
  }
  return out;
}
