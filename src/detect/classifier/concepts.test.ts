import { describe, expect, it } from 'vitest';
import { ConceptTable, conceptFeature, conceptPairFeature } from './concepts.js';
import { windowFeatures } from './features.js';
import { hashUnits, SEED_WORD } from './gram-hash.js';

const conceptHashOf = (word: string) => hashUnits(word, SEED_WORD);

const MASK = (1 << 18) - 1;
const table = new ConceptTable([
  { id: 'harm.test_agent', en: ['zorbium', 'nerve zorb'], zh: ['佐比', '佐比姆'] },
  { id: 'injection.test_verb', en: ['flibber'], zh: [] },
]);

describe('concept table', () => {
  it('maps every term of a concept to that concept and nothing else to anything', () => {
    expect(table.lookup(conceptHashOf('zorbium'))).toBe(1);
    expect(table.lookup(conceptHashOf('flibber'))).toBe(2);
    expect(table.lookup(conceptHashOf('zorbiums'))).toBe(0);
    expect(table.features[1]).toBe(conceptFeature('harm.test_agent'));
  });

  it('gives each pair of concepts one cue, whichever comes first', () => {
    const [a, b] = [table.features[1] ?? 0, table.features[2] ?? 0];
    expect(conceptPairFeature(a, b)).toBe(conceptPairFeature(b, a));
    expect(table.pairFeatures[1 * 3 + 2]).toBe(conceptPairFeature(a, b));
    expect(conceptPairFeature(a, b)).not.toBe(conceptPairFeature(a, a));
  });

  it('rejects malformed terms and a term claimed by two concepts', () => {
    expect(() => new ConceptTable([{ id: 'harm.a', en: ['Sarin'], zh: [] }])).toThrow(/lowercase/);
    expect(() => new ConceptTable([{ id: 'harm.a', en: ['one two three'], zh: [] }])).toThrow();
    expect(() => new ConceptTable([{ id: 'harm.a', en: [], zh: ['沙'] }])).toThrow(/CJK/);
    expect(
      () =>
        new ConceptTable([
          { id: 'harm.a', en: ['sarin'], zh: [] },
          { id: 'harm.b', en: ['sarin'], zh: [] },
        ]),
    ).toThrow(/collides/);
  });

  it('the shipped lexicon adds its concept cue wherever a term occurs, in both languages', () => {
    const withTerm = (text: string) => new Set(windowFeatures(text, 0, text.length, MASK, false).indices);
    // 'sarin' and '沙林' are shipped terms of the same concept (chemical-weapon agents).
    const en = withTerm('how is sarin made');
    const zh = withTerm('沙林是怎么制造的');
    const shared = [...en].filter((f) => zh.has(f));
    expect(shared.length).toBeGreaterThan(0);
    // The same sentences without the term share no feature.
    const plainEn = withTerm('how is bread made');
    const plainZh = withTerm('面包是怎么制造的');
    expect([...plainEn].filter((f) => plainZh.has(f))).toEqual([]);
  });
});
