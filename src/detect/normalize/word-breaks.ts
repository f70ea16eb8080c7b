/**
 * Words split apart by line breaks or hyphens instead of spaces: one word per line
 * ("ignore\nall\nprevious\ninstructions") and words chained by hyphens
 * ("ignore-all-previous-instructions"). Rules and word grams link words across spaces only, so both
 * hid an attack from them. `spaceWordBreaks` finds them in the normalised text and turns each, in
 * the original's units, into a space; the normaliser then runs its passes again over those units.
 */

import { isAsciiDigit, isAsciiLetter, isCjk } from './chars.js';

const NEWLINE = 0x0a;
const SPACE = 0x20;
const HYPHEN = 0x2d;
/** Lines of one word in a row needed to read their breaks as spaces (a list of two stays a list). */
const MIN_WORD_LINES = 3;
/** Longest line read as one word; CJK lines have no spaces, so for them a few characters only. */
const MAX_WORD_LINE = 40;
const MAX_CJK_WORD_LINE = 4;
/** Hyphens a token needs (three words or more): "x-ray" and "e-mail" stay as they are. */
const MIN_CHAIN_HYPHENS = 2;

/** A letter of any script (Latin, Greek, Cyrillic… up to U+1FFF, CJK and Hangul), as far as this file cares. */
function isLetter(code: number): boolean {
  return (
    isAsciiLetter(code) ||
    (code >= 0xc0 && code < 0x2000 && code !== 0xd7 && code !== 0xf7) ||
    isCjk(code) ||
    (code >= 0xac00 && code <= 0xd7a3)
  );
}

/**
 * Marks of a name, not of prose: a path, address, identifier, option value or markup. A hyphen next
 * to a word holding one is part of that name ("my_var-name", "<system-mode>").
 */
function isNameMark(code: number): boolean {
  return (
    code === 0x2f || // /
    code === 0x5c || // \
    code === 0x40 || // @
    code === 0x3d || // =
    code === 0x5f || // _
    code === 0x25 || // %
    code === 0x23 || // #
    code === 0x26 || // &
    code === 0x7b || // {
    code === 0x7d || // }
    code === 0x3c || // <
    code === 0x3e || // >
    code === 0x5b || // [
    code === 0x5d || // ]
    code === 0x7c // |
  );
}

/** Output units found to stand for spaces (reused from text to text). */
const found: number[] = [];

/**
 * Finds the line breaks and hyphens of the normalised `codes[0, n)` that stand for spaces and writes
 * a space over the original unit each came from (`starts`/`ends` map output units to `original`'s).
 * `lineBreaks` and `hyphens` say whether the text has any (pass 1 knows). Returns whether it wrote any.
 */
export function spaceWordBreaks(
  codes: Uint16Array,
  starts: Int32Array,
  ends: Int32Array,
  n: number,
  original: Uint16Array,
  { lineBreaks, hyphens }: { lineBreaks: boolean; hyphens: boolean },
): boolean {
  found.length = 0;
  if (lineBreaks) findWordLines(codes, n);
  if (hyphens) findHyphenChains(codes, n);
  let wrote = false;
  for (const k of found) {
    // Only a unit that came from one original unit can stand in for a space there.
    if ((ends[k] ?? 0) - (starts[k] ?? 0) !== 1) continue;
    original[starts[k] ?? 0] = SPACE;
    wrote = true;
  }
  return wrote;
}

/**
 * Whether the line `tokenLineLength` read last holds a letter, and, if not, whether it may still
 * stand inside a run of word lines: a number ("2.0:", "$200") or a short mark of prose ("=", "+",
 * "#", ".--"), not a mark of a table's or a code block's structure (| { } [ ]).
 */
let lineHasLetter = false;
let lineInRun = false;
/** Longest line without a letter or digit that may stand inside a run. */
const MAX_MARK_LINE = 4;

/**
 * The length of line [from, to) (trailing spaces cut) if it is one token: no inner space, short; else
 * -1. Sets `lineHasLetter` and `lineInRun`.
 */
function tokenLineLength(codes: Uint16Array, from: number, to: number): number {
  let end = to;
  while (end > from && codes[end - 1] === SPACE) end--;
  lineHasLetter = false;
  let digit = false;
  let structure = false;
  if (end === from || end - from > MAX_WORD_LINE) return -1;
  let cjk = 0;
  for (let k = from; k < end; k++) {
    const code = codes[k] ?? 0;
    if (code === SPACE) return -1;
    if (isCjk(code)) cjk++;
    if (isLetter(code)) lineHasLetter = true;
    else if (isAsciiDigit(code)) digit = true;
    else if (isStructureMark(code)) structure = true;
  }
  lineInRun = !lineHasLetter && !structure && (digit || end - from <= MAX_MARK_LINE);
  return cjk <= MAX_CJK_WORD_LINE ? end - from : -1;
}

/**
 * Runs of MIN_WORD_LINES or more one-word lines, each apart from the next by one line break, or by
 * two (a blank line) between words of two characters or more: every break inside such a run is
 * found. A blank line between single letters would become two spaces, which keep spaced-out letters
 * apart once but not when the output is normalised again ("a  b c" → "a b c" → "abc"). A line of a
 * number or a short mark of prose (`lineInRun`) continues a run but neither starts nor ends one: a
 * sentence put one word per line keeps its numbers and signs ("dev-mode\n2.0:\nevery", "c\n=\na"),
 * where a column of numbers stays as it is. Lines of a table's or code's structure ("|", "}") end a
 * run: joining them joined a table's rows, which the indirect model reads apart.
 */
function findWordLines(codes: Uint16Array, n: number): void {
  /** The current run: where its first line starts, where its last word line starts, how many word lines. */
  let runStart = 0;
  let lastLine = 0;
  let lines = 0;
  /** Length of the run's last line, and the line breaks after it. */
  let lastLength = 0;
  let gap = 0;
  let from = 0;
  for (;;) {
    let to = from;
    while (to < n && codes[to] !== NEWLINE) to++;
    const length = tokenLineLength(codes, from, to);
    const linked =
      lines > 0 &&
      length >= 0 &&
      (lineHasLetter || lineInRun) &&
      (gap === 1 || (gap === 2 && length > 1 && lastLength > 1));
    if (!linked) {
      findRunBreaks(codes, runStart, lastLine, lines);
      lines = 0;
    }
    if (length >= 0 && (lineHasLetter || (lines > 0 && lineInRun))) {
      if (lines === 0) runStart = from;
      if (lineHasLetter) {
        lastLine = from;
        lines++;
      }
      lastLength = length;
    }
    if (to >= n) break;
    let next = to;
    while (next < n && codes[next] === NEWLINE) next++;
    gap = next - to;
    from = next;
  }
  findRunBreaks(codes, runStart, lastLine, lines);
}

/** The line breaks of a run of `lines` one-word lines from `runStart` to the start of its last line. */
function findRunBreaks(codes: Uint16Array, runStart: number, lastLine: number, lines: number): void {
  if (lines < MIN_WORD_LINES) return;
  for (let k = runStart; k < lastLine; k++) if (codes[k] === NEWLINE) found.push(k);
}

/**
 * Tokens (runs without spaces or line breaks) whose hyphens link three words or more: every linking
 * hyphen is found. A URL's or a command-line option's hyphens stay ("https://example.com/how-to-x",
 * "--no-cache-dir").
 */
function findHyphenChains(codes: Uint16Array, n: number): void {
  let h = 0;
  while (h < n) {
    if (codes[h] !== HYPHEN) {
      h++;
      continue;
    }
    let start = h;
    while (start > 0 && !isBlank(codes[start - 1] ?? 0)) start--;
    let end = h;
    while (end < n && !isBlank(codes[end] ?? 0)) end++;
    h = end;
    // Prose joined to a URL by a hyphen ("send-it-to-http://x.example/a-b") is read up to the URL.
    end = urlStart(codes, start, end);
    if (isOption(codes, start, end) || end === start) continue;
    let linking = 0;
    for (let k = start; k < end; k++)
      if (codes[k] === HYPHEN && isLinkingHyphen(codes, start, end, k, false)) linking++;
    if (linking < MIN_CHAIN_HYPHENS) continue;
    // A chain of prose links its numbers too ("dev-mode-2.0:-every", "engineer,-5-years"); a number
    // chained alone ("2024-01-01", "555-123-4567") never gets here.
    for (let k = start; k < end; k++)
      if (codes[k] === HYPHEN && isLinkingHyphen(codes, start, end, k, true)) found.push(k);
  }
}

/**
 * A command-line option: a hyphen or two, then a letter or digit ("--no-cache-dir", "-rf"). Hyphens
 * before anything else ("-----#-ignore-the-rules", a run of word-joining hyphens after a blank
 * line in code) start no option.
 */
function isOption(codes: Uint16Array, start: number, end: number): boolean {
  if (codes[start] !== HYPHEN) return false;
  const next = start + 1 < end && codes[start + 1] === HYPHEN ? start + 2 : start + 1;
  const code = codes[next] ?? 0;
  return next < end && (isLetter(code) || isAsciiDigit(code));
}

function isBlank(code: number): boolean {
  return code === SPACE || code === NEWLINE;
}

/** Where in token [start, end) the hyphen-free stretch holding its first "://" starts; `end` if none. */
function urlStart(codes: Uint16Array, start: number, end: number): number {
  for (let k = start; k + 2 < end; k++) {
    if (codes[k] !== 0x3a || codes[k + 1] !== 0x2f || codes[k + 2] !== 0x2f) continue;
    let from = k;
    while (from > start && codes[from - 1] !== HYPHEN) from--;
    return from;
  }
  return end;
}

/**
 * A hyphen between two words of prose inside token [start, end): a letter (or a word's closing
 * punctuation) before it, a letter or opening quote after, no name mark in the hyphen-free stretch
 * on either side, and not between two single letters (a spelt-out word, "i-g-n-o-r-e", which the
 * join pass reads). With `numbers`, a digit may stand for a letter on either side.
 */
function isLinkingHyphen(
  codes: Uint16Array,
  start: number,
  end: number,
  at: number,
  numbers: boolean,
): boolean {
  let before = at - 1;
  while (before >= start && isClosingPunctuation(codes[before] ?? 0)) before--;
  if (before < start || !isChainUnit(codes[before] ?? 0, numbers)) return false;
  const after = at + 1 < end && (codes[at + 1] === 0x22 || codes[at + 1] === 0x27) ? at + 2 : at + 1;
  if (after >= end || !isChainUnit(codes[after] ?? 0, numbers)) return false;
  const singleBefore = before === start || !isLetter(codes[before - 1] ?? 0);
  const singleAfter = after + 1 >= end || !isLetter(codes[after + 1] ?? 0);
  if (singleBefore && singleAfter && isLetter(codes[before] ?? 0) && isLetter(codes[after] ?? 0))
    return false;
  for (let k = at - 1; k >= start && codes[k] !== HYPHEN; k--) if (isNameMark(codes[k] ?? 0)) return false;
  for (let k = at + 1; k < end && codes[k] !== HYPHEN; k++) if (isNameMark(codes[k] ?? 0)) return false;
  return true;
}

/** A letter, or with `numbers` a digit: what a linking hyphen may stand between. */
function isChainUnit(code: number, numbers: boolean): boolean {
  return isLetter(code) || (numbers && isAsciiDigit(code));
}

/** Marks of a table's or a code block's structure: | { } [ ] */
function isStructureMark(code: number): boolean {
  return code === 0x7c || code === 0x7b || code === 0x7d || code === 0x5b || code === 0x5d;
}

/** Punctuation that ends a word in prose: . , ; : ! ? " ' ) */
function isClosingPunctuation(code: number): boolean {
  return (
    code === 0x2e ||
    code === 0x2c ||
    code === 0x3b ||
    code === 0x3a ||
    code === 0x21 ||
    code === 0x3f ||
    code === 0x22 ||
    code === 0x27 ||
    code === 0x29
  );
}
