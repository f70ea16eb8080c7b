/** Pass 2 of the normaliser: spaced-out letters joined, extra spaces dropped. */

import { isCjk } from './chars.js';
import type { PassFlags } from './passes.js';
import * as passes from './passes.js';

const { JOINABLE, SEPARATOR, classOf, work } = passes;

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
