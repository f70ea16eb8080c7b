/** Pass 2 of the normaliser: spaced-out letters joined, extra spaces dropped. */

import { isCjk } from './chars.js';
import type { PassFlags } from './passes.js';
import * as passes from './passes.js';

const { JOINABLE, SEPARATOR, classOf, isCjkGapMark, work } = passes;

/** `joinerOf` for a run whose letters are joined by any separator but a space. */
const ANY_BUT_SPACE = -1;

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
 * Pass 2 (in place on `work`): joins spaced-out letters ("i g n o r e", "i.g.n.o.r.e",
 * "i-g-n-o-r-e a-l-l") when `minRun` or more single characters in a row are separated by one
 * separator each (words stay apart where the original had two or more spaces, a gap such as "...",
 * or a separator other than the one joining the letters), drops the second space of such gaps, and
 * removes spaces and gap marks between CJK characters. Returns the new length. Each step runs only
 * when pass 1 saw what it needs: a chain of k single characters is k - 1 "x y" pairs, a kept double
 * space sets `doubleSpace`, and a space or gap mark after CJK sets `cjkGap`; a skipped step would
 * have dropped nothing.
 */
export function joinPass(n: number, minRun: number, flags: PassFlags): number {
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
  if (flags.cjkGap) dropped = dropCjkGaps(n, drop) || dropped;
  return dropped ? compact(n, drop) : n;
}

/**
 * Marks the separators inside runs of spaced-out single characters, keeping those that bound words
 * (see `joinerOf`) as spaces. A run joins when it has `minRun` or more characters, or three or more
 * and a short gap of separators to a neighbouring run of three or more ("a.l.l...t.h.e"); such a
 * gap between two joined runs becomes one space ("i.g.n.o.r.e...a.l.l" → "ignore all").
 */
function joinSpacedLetters(n: number, minRun: number, drop: Uint8Array): boolean {
  const { codes } = work;
  let dropped = false;
  const last = { start: -1, end: -1, count: 0, joined: false };
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
    const linked = last.end >= 0 && isWordGap(codes, last.end + 1, i);
    const pair = linked && count >= 3 && last.count >= 3;
    const join = count >= minRun || pair;
    if (pair && !last.joined) {
      dropped = joinRun(last.start, last.end, drop) || dropped;
      last.joined = true;
    }
    if (join) {
      dropped = joinRun(i, j, drop) || dropped;
      if (linked && last.joined) {
        codes[last.end + 1] = 0x20;
        drop.fill(1, last.end + 2, i);
        dropped = true;
      }
    }
    last.start = i;
    last.end = j;
    last.count = count;
    last.joined = join;
    i = j + 1;
  }
  return dropped;
}

/** Joins the run of single characters [i, j] (every other unit a separator); whether any dropped. */
function joinRun(i: number, j: number, drop: Uint8Array): boolean {
  const { codes } = work;
  const joiner = joinerOf(codes, i, j);
  for (let k = i + 1; k < j; k += 2) {
    const code = codes[k] ?? 0;
    if (code === joiner || (joiner === ANY_BUT_SPACE && code !== 0x20)) drop[k] = 1;
    else codes[k] = 0x20;
  }
  return i + 1 < j;
}

/**
 * The separator that joins the letters of the run [i, j]; the others bound words and become spaces.
 * Mostly one kind: that kind ("i g n o r e" with one stray dot, "i_g_n_o_r_e-a_l_l"). As many
 * spaces as other separators or fewer: letters are joined by those others and spaces bound words
 * ("h.o.w t-o"), returned as ANY_BUT_SPACE.
 */
function joinerOf(codes: Uint16Array, i: number, j: number): number {
  const tally = work.separatorTally;
  let commonest = codes[i + 1] ?? 0;
  for (let k = i + 1; k < j; k += 2) {
    const code = codes[k] ?? 0;
    tally[code] = (tally[code] ?? 0) + 1;
    if ((tally[code] ?? 0) > (tally[commonest] ?? 0)) commonest = code;
  }
  const spaces = tally[0x20] ?? 0;
  const joiner = spaces > 0 && spaces * 2 <= (j - i) / 2 ? ANY_BUT_SPACE : commonest;
  for (let k = i + 1; k < j; k += 2) tally[codes[k] ?? 0] = 0;
  return joiner;
}

/** Two to five separators and nothing else in [from, to): the gap between two spaced-out words. */
function isWordGap(codes: Uint16Array, from: number, to: number): boolean {
  if (to - from < 2 || to - from > 5) return false;
  for (let k = from; k < to; k++) if (!isSeparator(codes[k] ?? 0)) return false;
  return true;
}

/**
 * Marks the spaces and gap marks between two CJK characters: up to three of them ("忽 略", "炸*弹",
 * "制 . 造"), as slipped in to split a word; a longer run is punctuation the writer meant.
 */
function dropCjkGaps(n: number, drop: Uint8Array): boolean {
  const { codes } = work;
  let dropped = false;
  for (let k = 1; k + 1 < n; k++) {
    const code = codes[k] ?? 0;
    // Most units of such a text are ideographs: one comparison passes them.
    if (code >= 0x3040 || !isCjkGapMark(code)) continue;
    // Units already dropped (the second space of a double space) do not count: the output must read
    // the same when normalised again.
    let end = k;
    let kept = 0;
    while (end < n && kept <= 3 && isCjkGapMark(codes[end] ?? 0)) if (!drop[end++]) kept++;
    if (kept <= 3 && isCjk(codes[k - 1] ?? 0) && isCjk(codes[end] ?? 0)) {
      drop.fill(1, k, end);
      dropped = true;
    }
    k = end - 1;
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
