/**
 * Hashed n-gram features over normalised text: word unigrams and bigrams, character 3–4-grams, and
 * CJK character 1–3-grams (Chinese has no spaces, so characters are its words). Hashing (FNV-1a)
 * keeps the model a fixed-size weight vector with no vocabulary to ship.
 */

export const DEFAULT_HASH_BITS = 18;

/** Texts longer than this are scored as overlapping windows and the highest score wins. */
export const WINDOW = 1024;
export const WINDOW_STRIDE = 768;

// Seeds kept as int32 so the hashing stays in small-integer arithmetic.
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;
const SEED_WORD = 0x9e3779b1 | 0;
const SEED_BIGRAM = 0x85ebca6b | 0;

function isCjkUnit(c: number): boolean {
  return c >= 0x3400 && c <= 0x9fff;
}

function isWordUnit(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x27 || c === 0x5f;
}

let scratch = new Int32Array(8192);

/**
 * Writes the feature indices of text[start, end) into a reused scratch buffer and returns it with
 * the count (valid until the next call). No closures or allocation on the hot path.
 */
export function extractFeatures(
  text: string,
  start: number,
  end: number,
  mask: number,
): { indices: Int32Array; count: number } {
  const need = (end - start) * 5 + 16;
  if (scratch.length < need) scratch = new Int32Array(need);
  const out = scratch;
  let count = 0;
  // Character n-grams.
  for (let i = start; i < end; i++) {
    let h = FNV_OFFSET;
    const cjk = isCjkUnit(text.charCodeAt(i));
    const top = cjk ? 3 : 4;
    for (let n = 1; n <= top && i + n <= end; n++) {
      h = Math.imul(h ^ text.charCodeAt(i + n - 1), FNV_PRIME);
      if (n >= 3 || cjk) out[count++] = h & mask;
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
    out[count++] = h & mask;
    if (prev !== 0) out[count++] = (Math.imul(prev ^ SEED_BIGRAM, FNV_PRIME) ^ h) & mask;
    prev = h | 1;
  }
  return { indices: out, count };
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
  const { indices, count } = extractFeatures(text, start, end, mask);
  return indices.slice(0, count);
}
