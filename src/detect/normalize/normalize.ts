import type { Span } from '../../core/index.js';
import type { HiddenKind } from './chars.js';
import { foldPass } from './fold-pass.js';
import { joinPass } from './join-pass.js';
import { LANG_PREFIX, langFromCount, langOfUnits, type TextLang } from './lang.js';
import { leetPass } from './leet-pass.js';
import { newPassFlags, type PassFlags, paths, work } from './passes.js';
import { type FoldPolicy, planScriptFolding, type ScriptFolding } from './script-fold.js';
import { segmentPass } from './segment-pass.js';
import { UnitScratch, unitsToString } from './units.js';
import { spaceWordBreaks } from './word-breaks.js';

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
  /** Original spans of words that mix Latin letters with Cyrillic/Greek look-alikes (folded; the first 256). */
  mixedScript: Span[];
  /** textLang(text), found while normalising (every classifier needs it for its threshold). */
  lang: TextLang;
}

const source = new UnitScratch();

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
  paths.fast = false;
  try {
    return normalizeText(original);
  } finally {
    paths.fast = true;
  }
}

/** What the passes leave in `work`: its length, with what pass 1 found on the way. */
interface PassesRun {
  length: number;
  flags: PassFlags;
  hidden: HiddenRun[];
  tags: number[];
}

/** The four passes over units[0, n), into `work`. */
function runPasses(units: Uint16Array, n: number, scripts: ScriptFolding): PassesRun {
  const hidden: HiddenRun[] = [];
  const tags: number[] = [];
  const flags = newPassFlags();
  let length = foldPass(units, n, hidden, tags, flags, scripts);
  // Where pass 1 saw the long runs of letters, unless a later pass may have made or moved some.
  let changed = false;
  // "a b c d" needs at least three separator-joined pairs before joining can apply.
  if (flags.spaced >= 2 || flags.cjkGap || flags.doubleSpace) {
    // Four single letters in a row are a spaced-out word; in text that is mostly spaced out, two are.
    const joined = joinPass(length, flags.spaced >= 6 ? 2 : 4, flags);
    changed = joined !== length;
    length = joined;
  }
  // Folding can make a symbol sit between letters ("0a0+a"): repeat to a fixpoint (idempotence). A
  // round that changed nothing would repeat itself exactly, so the loop stops there. Joining can put
  // a digit next to a letter too ("a.1.1" → "a11").
  if (flags.leet || changed) for (let round = 0; round < 3 && leetPass(length); round++) changed = true;
  if (changed) length = segmentPass(length);
  else if (work.longRuns.length > 0) length = segmentPass(length, work.longRuns);
  return { length, flags, hidden, tags };
}

/** Normalises once; every detector shares the result. Offsets map back to the original text. */
export function normalizeText(original: string): NormalizedText {
  return normalizeWith(original, 'decide');
}

/**
 * The two forms a term can take in text (a lexicon matches both): with its Cyrillic and Greek
 * letters kept, as inside Russian, Ukrainian or Greek text, and with every word that can pass for
 * Latin folded, as inside English text. Equal for most terms.
 */
export function termForms(term: string): [kept: string, folded: string] {
  return [normalizeWith(term, 'keep').text, normalizeWith(term, 'every').text];
}

function normalizeWith(original: string, policy: FoldPolicy | 'keep'): NormalizedText {
  const units = source.load(original);
  let run = runPasses(units, original.length, 'none');
  let mixedScript: Span[] = [];
  let folding: ScriptFolding = 'none';
  if (policy !== 'keep' && run.flags.script > 0) {
    // Cyrillic or Greek: which look-alikes fold depends on their words and the whole normalised
    // text, so the passes run again with that decision (only such texts pay for it).
    const plan = planScriptFolding(work.codes, work.starts, work.ends, run.length, original.length, policy);
    mixedScript = plan.mixedWords;
    if (plan.folding !== 'none') run = runPasses(units, original.length, plan.folding);
    folding = plan.folding;
  }
  // Words split by line breaks or hyphens read as spaced words: the passes run again over the units
  // with those breaks turned into spaces (only such texts pay for it). A second round catches a line
  // that became one word in the first ("i g n o r e" joined); there is no third.
  for (let round = 0; round < 2 && (run.flags.lineBreak || run.flags.hyphen); round++) {
    const breaks = { lineBreaks: run.flags.lineBreak, hyphens: run.flags.hyphen };
    if (!spaceWordBreaks(work.codes, work.starts, work.ends, run.length, units, breaks)) break;
    run = runPasses(units, original.length, folding);
  }
  const { length, flags, hidden, tags } = run;
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
    mixedScript,
    // Past the prefix that decides the language, the count must be taken over the prefix alone.
    lang:
      length <= LANG_PREFIX ? langFromCount(flags.cjk, flags.kana, length) : langOfUnits(work.codes, length),
  };
}

/** Maps a span of the normalised text back to the original text. */
export function toOriginalSpan(norm: NormalizedText, start: number, end: number): Span {
  if (norm.text.length === 0) return { start: 0, end: 0 };
  const s = Math.min(Math.max(start, 0), norm.text.length - 1);
  const e = Math.min(Math.max(end - 1, s), norm.text.length - 1);
  return { start: norm.starts[s] ?? 0, end: norm.ends[e] ?? norm.original.length };
}

/**
 * Most words read back out of one run of letters ("ignoreallpreviousinstructions", or "i g n o r e a
 * l l" once joined): the spaces segment-pass.ts inserts map to no original character. Ordinary text
 * rarely gives more than four (hashtags, identifiers); prose run together to slip past word-based
 * detection gives many.
 */
export function mostWordsRunTogether(norm: NormalizedText): number {
  let most = 0;
  let inserted = 0;
  const { text, starts, ends } = norm;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x20 && starts[i] === ends[i]) inserted++;
    else if (code === 0x20 || code < 0x61 || code > 0x7a) {
      if (inserted > 0) most = Math.max(most, inserted + 1);
      inserted = 0;
    }
  }
  return inserted > 0 ? Math.max(most, inserted + 1) : most;
}
