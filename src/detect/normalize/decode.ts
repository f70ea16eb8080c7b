import type { Span } from '../../core/index.js';
import { UnitScratch } from './units.js';

export const PAYLOAD_KINDS = ['base64', 'hex', 'url', 'rot13', 'unicode_tags'] as const;
export type PayloadKind = (typeof PAYLOAD_KINDS)[number];

/** Text smuggled inside the input in an encoding, decoded so the detectors can scan it too. */
export interface DecodedPayload {
  kind: PayloadKind;
  text: string;
  /** Where the encoded form sits in the original text. */
  span: Span;
}

// Base64 and plain hex runs are found by a linear scanner (scanText); these cover the rarer forms.
// Lookbehind anchors keep every search linear (no retry inside a run); repeats are bounded.
export const DECODE_PATTERNS = {
  hexEscaped: /(?<!\\x[0-9A-Fa-f]{2})(?:\\x[0-9A-Fa-f]{2}){4,4096}/g,
  hexSpaced: /(?<![0-9A-Fa-f] ?)[0-9A-Fa-f]{2}(?: [0-9A-Fa-f]{2}){7,4096}(?![0-9A-Fa-f])/g,
  url: /(?<!%[0-9A-Fa-f]{2})(?:%[0-9A-Fa-f]{2}){1,2048}/g,
} as const;

export const HEX_SPACED_PROBE = /(?<![0-9a-fA-F])[0-9a-fA-F]{2} [0-9a-fA-F]{2} [0-9a-fA-F]{2} [0-9a-fA-F]{2}/;

function isHexUnit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x66) || (c >= 0x41 && c <= 0x46);
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Decoded bytes count only when they are valid UTF-8 text with no control characters and either a
 * quarter letters (any script) or enough length to be deliberate (Morse, binary, symbols).
 */
function readableText(bytes: Uint8Array): string | undefined {
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
  const digits = candidate.replace(/\\x| /g, '');
  if (digits.length % 2 !== 0) return undefined;
  return readableText(Buffer.from(digits, 'hex'));
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

// The base64 alphabet as a table (one read per unit in the scan below).
const BASE64 = 1;
const UNIT_CLASS = new Uint8Array(128);
for (const ch of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/-_') {
  UNIT_CLASS[ch.charCodeAt(0)] = BASE64;
}

/** What the decoders need to know about a text, gathered in one pass over its units. */
export interface TextScan {
  /** Maximal runs of ≥ 16 base64/base64url characters (plus '=' padding). */
  base64Runs: [number, number][];
  /**
   * Whether the spaced-hex regex is worth running: at least eight "xx " hex pairs and a match of
   * HEX_SPACED_PROBE (four pairs joined by single spaces, the first not preceded by a hex digit).
   */
  spacedHex: boolean;
}

/**
 * One pass for the decoders' pre-checks: a pass over a text costs about as much as the work it
 * guards, so base64 runs and spaced-hex pairs are found together.
 */
export function scanText(units: Uint16Array, n: number): TextScan {
  const runs: [number, number][] = [];
  let start = -1;
  let pairs = 0;
  let probe = false;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? (units[i] ?? 0) : 0;
    if (c < 128 && ((UNIT_CLASS[c] ?? 0) & BASE64) !== 0) {
      if (start < 0) start = i;
      continue;
    }
    if (start >= 0 && i - start >= 16 && i - start <= 65_536) {
      let end = i;
      while (end < n && end - i < 2 && units[end] === 0x3d) end++;
      runs.push([start, end]);
    }
    start = -1;
    // A hex pair "xx " ends at this space; every probe match starts with such a pair.
    if (c === 0x20 && i >= 2 && isHexUnit(units[i - 1] ?? 0) && isHexUnit(units[i - 2] ?? 0)) {
      pairs++;
      probe ||= probeAt(units, n, i - 2);
    }
  }
  return { base64Runs: runs, spacedHex: pairs >= 8 && probe };
}

/** HEX_SPACED_PROBE anchored at p, given the pair "xx " at p. */
function probeAt(units: Uint16Array, n: number, p: number): boolean {
  if (p + 11 > n || (p > 0 && isHexUnit(units[p - 1] ?? 0))) return false;
  for (let k = 3; k < 11; k += 3) {
    if (!isHexUnit(units[p + k] ?? 0) || !isHexUnit(units[p + k + 1] ?? 0)) return false;
    if (k + 2 < 11 && units[p + k + 2] !== 0x20) return false;
  }
  return true;
}

// The decoder reads every unit of a text: they are copied once into a reused array.
const textUnits = new UnitScratch();

function decodeHexMatches(original: string, re: RegExp, out: DecodedPayload[]): void {
  for (const m of original.matchAll(re)) {
    const text = fromHex(m[0]);
    if (text) out.push({ kind: 'hex', text, span: { start: m.index, end: m.index + m[0].length } });
  }
}

/** Finds and decodes base64, hex, URL-encoded, ROT13 and Unicode-tag payloads in a text. */
export function decodePayloads(original: string, tagPayload = ''): DecodedPayload[] {
  const out: DecodedPayload[] = [];
  if (tagPayload.length > 0)
    out.push({ kind: 'unicode_tags', text: tagPayload, span: { start: 0, end: original.length } });
  if (original.length < 12) return out;
  const units = textUnits.load(original);
  const scan = scanText(units, original.length);
  for (const [start, end] of scan.base64Runs) {
    const run = original.slice(start, end);
    const hex = /^[0-9a-fA-F]+$/.test(run) ? fromHex(run) : undefined;
    const text = hex ?? fromBase64(run);
    if (text) out.push({ kind: hex ? 'hex' : 'base64', text, span: { start, end } });
  }
  // Escaped and spaced hex are rare: a cheap probe guards each (linear) regex scan.
  if (original.includes('\\x')) decodeHexMatches(original, DECODE_PATTERNS.hexEscaped, out);
  if (scan.spacedHex) decodeHexMatches(original, DECODE_PATTERNS.hexSpaced, out);
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
  return out;
}
