/**
 * Concept cues: every term of a concept (src/detect/classifier/concept-lexicon.ts) maps to its
 * concept, so the model learns one weight per concept ("chemical-weapon agent") and applies it to
 * terms its training rows never contained; every pair of concepts in a window is a cue too, so a
 * weight can tell "how to" + "nerve agent" from "how to detect" + "nerve agent". Terms are matched
 * on grams the extractor already hashes (English words and word pairs, CJK 2- and 3-grams): a
 * lookup per gram, no extra scan.
 */

import { createHash } from 'node:crypto';
import { CONCEPTS, type Concept } from './concept-lexicon.js';
import { bigramHash, FNV_OFFSET, FNV_PRIME, hashUnits, SEED_WORD } from './gram-hash.js';

const EN_TERM = /^[a-z0-9'_]+(?: [a-z0-9'_]+)?$/;
const ZH_TERM = /^[\u3400-\u9fff]{2,3}$/;
const SEED_CONCEPT = 0x27d4eb2f | 0;
const SEED_CONCEPT_PAIR = 0x165667b1 | 0;

/** Gram hash of a term, as the extractor computes it for the same text. */
export function termHash(term: string, lang: 'en' | 'zh'): number {
  if (lang === 'zh') {
    if (!ZH_TERM.test(term)) throw new Error(`concept term "${term}": expected 2 or 3 CJK ideographs`);
    return hashUnits(term, FNV_OFFSET);
  }
  if (!EN_TERM.test(term)) throw new Error(`concept term "${term}": expected one or two lowercase words`);
  const [first = '', second] = term.split(' ');
  const head = hashUnits(first, SEED_WORD);
  return second === undefined ? head : bigramHash(head, hashUnits(second, SEED_WORD));
}

/** The feature hash of a concept's own cue. */
export function conceptFeature(id: string): number {
  return hashUnits(id, SEED_CONCEPT);
}

/** The feature hash of the cue of two concepts seen in one window (symmetric). */
export function conceptPairFeature(first: number, second: number): number {
  const [low, high] = first < second ? [first, second] : [second, first];
  return Math.imul(Math.imul(low ^ SEED_CONCEPT_PAIR, FNV_PRIME) ^ high, FNV_PRIME);
}

/** Bits of the term filter: 2^16, so about 6 % of non-term grams pass it with 4,000 terms. */
const FILTER_BITS = 16;

/** Open-addressing table from a term's gram hash to its concept's number (1-based, 0 = no term). */
export class ConceptTable {
  /** Number of concepts: concept numbers run 1..size. */
  readonly size: number;
  /** Concept id by concept number (index 0 unused). */
  readonly ids: readonly string[];
  /** Cue feature hash by concept number, and of every pair (pairFeatures[a * (size + 1) + b]). */
  readonly features: Int32Array;
  readonly pairFeatures: Int32Array;
  /**
   * One bit per value of a hash's low 16 bits, set for every term: almost every gram is no term, and
   * one bit test in an 8 KB array (L1-resident) turns those away before the table is probed.
   */
  readonly filter = new Int32Array(1 << (FILTER_BITS - 5));
  private readonly keys: Int32Array;
  private readonly values: Int32Array;
  private readonly slotMask: number;

  constructor(concepts: readonly Concept[]) {
    this.size = concepts.length;
    this.ids = ['', ...concepts.map((c) => c.id)];
    this.features = new Int32Array(this.size + 1);
    this.pairFeatures = new Int32Array((this.size + 1) ** 2);
    concepts.forEach((concept, i) => {
      this.features[i + 1] = conceptFeature(concept.id);
    });
    for (let a = 1; a <= this.size; a++) {
      for (let b = 1; b <= this.size; b++) {
        this.pairFeatures[a * (this.size + 1) + b] = conceptPairFeature(
          this.features[a] ?? 0,
          this.features[b] ?? 0,
        );
      }
    }
    const entries = new Map<number, { term: string; concept: number }>();
    for (const [i, concept] of concepts.entries()) {
      const number = i + 1;
      const terms = [
        ...concept.en.map((t) => [t, termHash(t, 'en')] as const),
        ...concept.zh.map((t) => [t, termHash(t, 'zh')] as const),
      ];
      for (const [term, hash] of terms) {
        const taken = entries.get(hash);
        if (taken && taken.concept !== number) {
          throw new Error(`concept term "${term}" collides with "${taken.term}" of another concept`);
        }
        entries.set(hash, { term, concept: number });
      }
    }
    let size = 16;
    while (size < entries.size * 4) size *= 2;
    this.keys = new Int32Array(size);
    this.values = new Int32Array(size);
    this.slotMask = size - 1;
    for (const [hash, { concept }] of entries) {
      const low = hash & ((1 << FILTER_BITS) - 1);
      this.filter[low >>> 5] = (this.filter[low >>> 5] ?? 0) | (1 << (low & 31));
      let slot = this.slotOf(hash);
      while (this.values[slot] !== 0) slot = (slot + 1) & this.slotMask;
      this.keys[slot] = hash;
      this.values[slot] = concept;
    }
  }

  /** The concept number of a gram hash, or 0 when the gram is no concept term. */
  lookup(hash: number): number {
    const low = hash & ((1 << FILTER_BITS) - 1);
    if ((((this.filter[low >>> 5] ?? 0) >>> (low & 31)) & 1) === 0) return 0;
    return this.probe(hash);
  }

  /**
   * `lookup` past the filter, apart so that what the compiler inlines where grams are made stays
   * small: it inlines only so much into one function, and when the probes took that room, steps
   * done for every gram were left as calls.
   */
  private probe(hash: number): number {
    let slot = this.slotOf(hash);
    for (;;) {
      const value = this.values[slot] ?? 0;
      if (value === 0 || this.keys[slot] === hash) return value;
      slot = (slot + 1) & this.slotMask;
    }
  }

  private slotOf(hash: number): number {
    return (hash ^ (hash >>> 16)) & this.slotMask;
  }
}

export const SHIPPED_CONCEPTS = new ConceptTable(CONCEPTS);

/** Identifies the shipped lexicon; a model records the one it was trained with (see loadModel). */
export const CONCEPTS_DIGEST = createHash('sha256')
  .update(JSON.stringify(CONCEPTS))
  .digest('hex')
  .slice(0, 16);
