/**
 * Pass 1 of the normaliser: hidden-character removal, NFKC, case and confusable folding, whitespace
 * collapse, into the shared working arrays; it also sets the flags that let the later passes skip.
 */

import {
  enclosedLatinLetter,
  type HiddenKind,
  hiddenKind,
  isCjk,
  isCombiningMark,
  LATIN_LOOKALIKES,
} from './chars.js';
import { isCjkIdeograph, isKana } from './lang.js';
import type { HiddenRun } from './normalize.js';
import type { PassFlags } from './passes.js';
import * as passes from './passes.js';
import { capitalLookalikeOf, isScriptLetter, lookalikeOf, type ScriptFolding } from './script-fold.js';
import { simplifiedOf } from './traditional.js';

// Module-local copies: an imported binding is re-read on every use in the per-unit loops.
const {
  CJK_GAP,
  CLASS,
  JOINABLE,
  LEET_SYMBOL,
  LETTER,
  HYPHEN,
  LINE_BREAK,
  LONG_RUN,
  SEPARATOR,
  classOf,
  isCjkGapMark,
  paths,
  work,
} = passes;

// Per-code-point normalisation is cached: NFKC per character is the expensive part, and texts reuse
// a small alphabet. Bounded so adversarial input cannot grow it without limit.
const charCache = new Map<number, string>();
const CHAR_CACHE_LIMIT = 65_536;

function foldChar(cp: number): string {
  const cached = charCache.get(cp);
  if (cached !== undefined) return cached;
  let s = enclosedLatinLetter(cp) ?? String.fromCodePoint(cp).normalize('NFKC');
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
    const simplified = simplifiedOf(code);
    out += LATIN_LOOKALIKES[ch] ?? (simplified === code ? ch : String.fromCharCode(simplified));
  }
  if (charCache.size < CHAR_CACHE_LIMIT) charCache.set(cp, out);
  return out;
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
  /** ASCII letters in a row just written (for `work.longRuns`). */
  letters: number;
}

const fold: FoldState = {
  length: 0,
  spaces: 2,
  prev: 0x20,
  prevClass: SEPARATOR,
  history: HISTORY_START,
  letters: 0,
};

/**
 * Pass 1: hidden-character removal, NFKC, case and confusable folding (Cyrillic and Greek
 * look-alikes as `scripts` says), whitespace collapse. Reads units[0, n) and writes the output into
 * `work`; returns its length. Runs of ASCII and of common CJK ideographs (most of any text) take
 * loops of their own that keep the state in locals; both apply exactly the rules of `emit`,
 * specialised to their units.
 */
export function foldPass(
  units: Uint16Array,
  n: number,
  hidden: HiddenRun[],
  tags: number[],
  flags: PassFlags,
  scripts: ScriptFolding,
): number {
  work.reserve(n + 16);
  const state = fold;
  state.length = 0;
  state.spaces = 2;
  state.prev = 0x20;
  state.prevClass = SEPARATOR;
  state.history = HISTORY_START;
  state.letters = 0;
  work.longRuns.length = 0;
  let i = 0;
  while (i < n) {
    const unit = units[i] ?? 0;
    if (unit < 0x80) {
      if (paths.fast) i = asciiRun(units, i, n, state, flags);
      else {
        emit(state, flags, ASCII_FOLD[unit] ?? 0, i, i + 1);
        i++;
      }
      continue;
    }
    if (unit >= 0x4e00 && unit <= 0x9fff) {
      if (paths.fast) i = cjkRun(units, i, n, state, flags);
      else {
        emit(state, flags, simplifiedOf(unit), i, i + 1); // NFKC-stable: no NFKC lookup
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
    for (let k = 0; k < folded.length; k++) {
      const code = folded.charCodeAt(k);
      const letter = isScriptLetter(code)
        ? foldScript(code, folded.length === 1 ? cp : 0, start, scripts, flags)
        : code;
      emit(state, flags, letter, start, i);
    }
  }
  // The text's end closes a final "x y" pair (as if a non-joinable unit followed).
  if (((state.history << 2) & SPACED_MASK) === SPACED_PAIR) flags.spaced++;
  work.codes[state.length] = 0;
  return state.length;
}

/**
 * A lower-cased Cyrillic or Greek letter from original[start...] (the code point `original` before
 * case folding, or 0), folded as `scripts` says; counts the unfolded.
 */
function foldScript(
  code: number,
  original: number,
  start: number,
  scripts: ScriptFolding,
  flags: PassFlags,
): number {
  if (scripts !== 'none' && scripts[start] === 1) {
    const latin = capitalLookalikeOf(original) || lookalikeOf(code);
    if (latin !== 0) return latin;
  }
  flags.script++;
  return code;
}

/** Appends one output unit that came from original[start, end), updating the state and flags. */
function emit(state: FoldState, flags: PassFlags, code: number, start: number, end: number): void {
  const cls = classOf(code);
  if (code === 0x20) {
    if (state.spaces >= 2) return;
    state.spaces++;
    if (state.spaces === 2) flags.doubleSpace = true;
    if (isCjk(state.prev)) flags.cjkGap = true;
  } else {
    state.spaces = code === 0x0a ? 2 : 0;
    if (isCjk(state.prev) && isCjkGapMark(code)) flags.cjkGap = true;
    // Leetspeak needs a digit/symbol touching a letter; ordinary numbers and punctuation skip the pass.
    if (((cls | state.prevClass) & LETTER_AND_LEET) === LETTER_AND_LEET) flags.leet = true;
  }
  state.history = ((state.history << 2) | (cls & (JOINABLE | SEPARATOR))) & HISTORY_BITS;
  if ((state.history & SPACED_MASK) === SPACED_PAIR) flags.spaced++;
  state.letters = (cls & LETTER) !== 0 ? state.letters + 1 : 0;
  if (state.letters === LONG_RUN) work.longRuns.push(state.length - LONG_RUN + 1);
  if ((cls & LINE_BREAK) !== 0) flags.lineBreak = true;
  if ((cls & HYPHEN) !== 0) flags.hyphen = true;
  if (code >= 0x3400) {
    if (isCjkIdeograph(code)) flags.cjk++;
    else if (code >= 0xd800 && code <= 0xdfff) flags.surrogate = true;
  } else if (isKana(code)) flags.kana++;
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
  let { length, spaces, prev, prevClass, history, letters } = state;
  let spaced = 0;
  /** Every class written, or'd: whether a line break or a hyphen was among them. */
  let seen = 0;
  for (; i < n; i++) {
    const unit = units[i] ?? 0;
    if (unit >= 0x80) break;
    const code = ASCII_FOLD[unit] ?? 0;
    const cls = CLASS[code] ?? 0;
    if (code === 0x20) {
      if (spaces >= 2) continue;
      spaces++;
      if (spaces === 2) flags.doubleSpace = true;
      if (isCjk(prev)) flags.cjkGap = true;
    } else {
      spaces = code === 0x0a ? 2 : 0;
      if (cls & CJK_GAP && isCjk(prev)) flags.cjkGap = true;
      if (((cls | prevClass) & LETTER_AND_LEET) === LETTER_AND_LEET) flags.leet = true;
    }
    history = ((history << 2) | (cls & (JOINABLE | SEPARATOR))) & HISTORY_BITS;
    if ((history & SPACED_MASK) === SPACED_PAIR) spaced++;
    letters = (cls & LETTER) !== 0 ? letters + 1 : 0;
    if (letters === LONG_RUN) work.longRuns.push(length - LONG_RUN + 1);
    seen |= cls;
    codes[length] = code;
    starts[length] = i;
    ends[length] = i + 1;
    length++;
    prevClass = cls;
    prev = code;
  }
  if ((seen & LINE_BREAK) !== 0) flags.lineBreak = true;
  if ((seen & HYPHEN) !== 0) flags.hyphen = true;
  flags.spaced += spaced;
  state.length = length;
  state.spaces = spaces;
  state.prev = prev;
  state.prevClass = prevClass;
  state.history = history;
  state.letters = letters;
  return i;
}

/**
 * `emit` for each unit of the run of U+4E00..U+9FFF ideographs at units[i]; returns where the run
 * ends. They are NFKC-stable, not spaces, in no ASCII class and counted as CJK; Traditional ones
 * are read as Simplified (traditional.ts).
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
    codes[length] = simplifiedOf(code);
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
  state.letters = 0;
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
