/**
 * Hashed n-gram features over normalised text: word unigrams and bigrams, character 2–4-grams, and
 * CJK character 1–4-grams (Chinese has no spaces, so characters are its words). Hashing (FNV-1a)
 * keeps the model a fixed-size weight vector with no vocabulary to ship.
 */

export const DEFAULT_HASH_BITS = 18;

/** Texts longer than this are scored as overlapping windows and the highest score wins. */
export const WINDOW = 640;
export const WINDOW_STRIDE = 480;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const SEED_WORD = 0x9e3779b1;
const SEED_BIGRAM = 0x85ebca6b;

function isCjkUnit(c: number): boolean {
  return c >= 0x3400 && c <= 0x9fff;
}

function isWordUnit(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x27 || c === 0x5f;
}

/** Calls `emit(index)` for every feature occurrence in text[start, end); returns the count. */
export function forEachFeature(
  text: string,
  start: number,
  end: number,
  mask: number,
  emit: (index: number) => void,
): number {
  let count = 0;
  // Character n-grams.
  for (let i = start; i < end; i++) {
    let h = FNV_OFFSET;
    const first = text.charCodeAt(i);
    const cjk = isCjkUnit(first);
    for (let n = 1; n <= 4 && i + n <= end; n++) {
      h = Math.imul(h ^ text.charCodeAt(i + n - 1), FNV_PRIME);
      if (n >= 2 || cjk) {
        emit((h >>> 0) & mask);
        count++;
      }
    }
  }
  // Word unigrams and bigrams (ASCII words; CJK is covered by the character grams).
  let prev = 0;
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (!isWordUnit(c)) {
      if (c !== 0x20) prev = 0;
      i++;
      continue;
    }
    let h = SEED_WORD;
    while (i < end && isWordUnit(text.charCodeAt(i))) {
      h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
      i++;
    }
    emit((h >>> 0) & mask);
    count++;
    if (prev !== 0) {
      emit(((Math.imul(prev ^ SEED_BIGRAM, FNV_PRIME) ^ h) >>> 0) & mask);
      count++;
    }
    prev = h | 1;
  }
  return count;
}

/** Window boundaries used both in training and scoring, so the two see the same text shapes. */
export function windows(length: number): [number, number][] {
  if (length <= WINDOW) return [[0, length]];
  const out: [number, number][] = [];
  for (let s = 0; ; s += WINDOW_STRIDE) {
    const e = Math.min(s + WINDOW, length);
    out.push([s, e]);
    if (e === length) break;
  }
  return out;
}

/** Collects feature indices of one window (training and tests). */
export function featureIndices(text: string, start: number, end: number, mask: number): Int32Array {
  const out: number[] = [];
  forEachFeature(text, start, end, mask, (index) => out.push(index));
  return Int32Array.from(out);
}
