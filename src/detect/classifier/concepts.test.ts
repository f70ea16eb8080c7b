import { describe, expect, it } from 'vitest';
import { ConceptTable, conceptFeature } from './concepts.js';
import { featureIndices } from './features.js';
import { hashUnits, SEED_WORD } from './gram-hash.js';

const conceptHashOf = (word: string) => hashUnits(word, SEED_WORD);

const MASK = (1 << 18) - 1;
const table = new ConceptTable([
  { id: 'harm.test_agent', en: ['zorbium', 'nerve zorb'], zh: ['佐比', '佐比姆'] },
  { id: 'injection.test_verb', en: ['flibber'], zh: [] },
]);

describe('concept table', () => {
  it('maps every term of a concept to that concept and nothing else to anything', () => {
    const agent = conceptFeature('harm.test_agent');
    expect(table.lookup(conceptHashOf('zorbium'))).toBe(agent);
    expect(table.lookup(conceptHashOf('flibber'))).toBe(conceptFeature('injection.test_verb'));
    expect(table.lookup(conceptHashOf('zorbiums'))).toBe(0);
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

  it('the shipped lexicon adds its concept feature wherever a term occurs, in both languages', () => {
    const withTerm = (text: string) => new Set(featureIndices(text, 0, text.length, MASK));
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
