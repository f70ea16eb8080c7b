import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MODELS_DIR } from '../guard-test-kit.js';
import { CONCEPTS } from './concept-lexicon.js';
import { windowFeatures, windows } from './features.js';
import { loadModel, scoreText, scoreTextAll } from './model.js';

const fnv = (seed: number, text: string) => {
  let h = seed;
  for (const ch of text) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193);
  return h;
};
const wordHash = (word: string) => fnv(0x9e3779b1 | 0, word);
const pairHash = (first: number, second: number) =>
  Math.imul((first | 1) ^ (0x85ebca6b | 0), 0x01000193) ^ second;
const tripleHash = (first: number, second: number, third: number) =>
  Math.imul(Math.imul((first | 1) ^ (0xc2b2ae35 | 0), 0x01000193) ^ (second | 1), 0x01000193) ^ third;

/** Gram hash → concept cue hash, computed from the lexicon with the hashing written out. */
const conceptOf = new Map<number, number>();
for (const { id, en, zh } of CONCEPTS) {
  const feature = fnv(0x27d4eb2f | 0, id);
  for (const term of zh) conceptOf.set(fnv(0x811c9dc5 | 0, term), feature);
  for (const term of en) {
    const [first = '', second] = term.split(' ');
    conceptOf.set(second ? pairHash(wordHash(first), wordHash(second)) : wordHash(first), feature);
  }
}
const conceptPair = (a: number, b: number) =>
  Math.imul(Math.imul(Math.min(a, b) ^ (0x165667b1 | 0), 0x01000193) ^ Math.max(a, b), 0x01000193);

/**
 * The feature definition written plainly (a second pass for words, charCodeAt per unit): the grams
 * in order of first occurrence (character grams by start position, then word grams), and the cues
 * of the concepts seen (each concept once, each pair once) in order of the concept's first term. A
 * term's place: 4 per unit from the window's start, and at one unit the CJK 2-gram and 3-gram that
 * start there, then the word that the unit ends and that word's pair, in this order.
 */
function reference(
  text: string,
  start: number,
  end: number,
  mask: number,
  wordTrigrams: boolean,
): { grams: number[]; cues: number[] } {
  const out: number[] = [];
  const found: { at: number; feature: number }[] = [];
  const concept = (h: number, at: number) => {
    const feature = conceptOf.get(h);
    if (feature !== undefined) found.push({ at, feature });
  };
  const cjk = (c: number) => c >= 0x3400 && c <= 0x9fff;
  const wordUnit = (c: number) =>
    (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x27 || c === 0x5f;
  for (let i = start; i < end; i++) {
    let h = 0x811c9dc5 | 0;
    const isCjk = cjk(text.charCodeAt(i));
    for (let n = 1; n <= (isCjk ? 3 : 4) && i + n <= end; n++) {
      h = Math.imul(h ^ text.charCodeAt(i + n - 1), 0x01000193);
      if (n >= 3 || isCjk) out.push(h & mask);
      if (isCjk && n >= 2) concept(h, 4 * (i - start) + n - 2);
    }
  }
  let prev = 0;
  let prev2 = 0;
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (!wordUnit(c)) {
      if (c !== 0x20) {
        prev = 0;
        prev2 = 0;
      }
      i++;
      continue;
    }
    let h = 0x9e3779b1 | 0;
    while (i < end && wordUnit(text.charCodeAt(i))) h = Math.imul(h ^ text.charCodeAt(i++), 0x01000193);
    out.push(h & mask);
    concept(h, 4 * (i - start) + 2);
    if (prev !== 0) {
      out.push(pairHash(prev, h) & mask);
      concept(pairHash(prev, h), 4 * (i - start) + 3);
      if (wordTrigrams && prev2 !== 0) out.push(tripleHash(prev2, prev, h) & mask);
    }
    prev2 = prev;
    prev = h | 1;
  }
  const concepts = [...new Set(found.sort((a, b) => a.at - b.at).map(({ feature }) => feature))];
  const cues = concepts.flatMap((a, i) => [a, ...concepts.slice(0, i).map((b) => conceptPair(a, b))]);
  return { grams: [...new Set(out)], cues: cues.map((x) => x & mask) };
}

const conceptTerms = CONCEPTS.flatMap((c) => [...c.en, ...c.zh]).slice(0, 200);
const textArb = fc
  .array(fc.oneof(fc.constantFrom(..."ab z0_'.-忽略指令 \n"), fc.constantFrom(...conceptTerms)), {
    maxLength: 400,
  })
  .map((parts) => parts.join(''));

describe('feature extraction', () => {
  it('matches the plain definition on every window, in order (property)', () => {
    // In order: the weights are summed in feature order, and float addition is not associative.
    fc.assert(
      fc.property(textArb, fc.boolean(), (text, wordTrigrams) => {
        for (const [s, e] of windows(text.length)) {
          const { indices, grams, cues } = windowFeatures(text, s, e, 0xffff, wordTrigrams);
          expect({
            grams: [...indices.subarray(0, grams)],
            cues: [...indices.subarray(grams, grams + cues)],
          }).toEqual(reference(text, s, e, 0xffff, wordTrigrams));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('scores several models at once exactly as one at a time', () => {
    const models = ['injection', 'indirect', 'harmful', 'toxicity'].map((name) =>
      loadModel(MODELS_DIR, name),
    );
    fc.assert(
      fc.property(textArb, (text) => {
        const together = scoreTextAll(models, text);
        models.forEach((model, i) => {
          expect(together[i]).toEqual(scoreText(model, text));
        });
      }),
      { numRuns: 100 },
    );
  });
});
