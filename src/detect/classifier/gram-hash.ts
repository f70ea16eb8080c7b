/**
 * The hash primitives of the classifier's features (FNV-1a in int32 arithmetic). Feature extraction
 * and the concept table both use them, so a term's hash equals the hash of the same gram in a text.
 */

export const FNV_OFFSET = 0x811c9dc5 | 0;
export const FNV_PRIME = 0x01000193;
/** Seeds that keep word, word-bigram and word-trigram hashes apart from character-gram hashes. */
export const SEED_WORD = 0x9e3779b1 | 0;
export const SEED_BIGRAM = 0x85ebca6b | 0;
export const SEED_TRIGRAM = 0xc2b2ae35 | 0;

export function isCjkUnit(c: number): boolean {
  return c >= 0x3400 && c <= 0x9fff;
}

export function isWordUnit(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x27 || c === 0x5f;
}

/** FNV-1a of a string's UTF-16 units from a seed. */
export function hashUnits(text: string, seed: number): number {
  let h = seed;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return h;
}

/** Hash of two adjacent words given their word hashes (the first as left by `hashUnits`). */
export function bigramHash(first: number, second: number): number {
  return Math.imul((first | 1) ^ SEED_BIGRAM, FNV_PRIME) ^ second;
}
