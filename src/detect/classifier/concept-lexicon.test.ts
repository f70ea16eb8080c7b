import { describe, expect, it } from 'vitest';
import { normalizeText } from '../normalize/normalize.js';
import { CONCEPTS } from './concept-lexicon.js';

const ID = /^(harm|injection|toxicity|intent|context|target)\.[a-z_]+$/;
const EN_TERM = /^[a-z0-9'_]+( [a-z0-9'_]+)?$/;
const ZH_TERM = /^[\u3400-\u9fff]{2,3}$/;

describe('concept lexicon', () => {
  it('has unique ids of the form family.name', () => {
    const ids = CONCEPTS.map((c) => c.id);
    expect(ids.filter((id) => !ID.test(id))).toEqual([]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('gives every concept terms', () => {
    expect(CONCEPTS.filter((c) => c.en.length + c.zh.length === 0).map((c) => c.id)).toEqual([]);
  });

  it('writes English terms as one word or two words separated by one space', () => {
    const bad = CONCEPTS.flatMap((c) => c.en.filter((t) => !EN_TERM.test(t)).map((t) => `${c.id}: ${t}`));
    expect(bad).toEqual([]);
  });

  it('writes Chinese terms as 2 or 3 CJK ideographs', () => {
    const bad = CONCEPTS.flatMap((c) => c.zh.filter((t) => !ZH_TERM.test(t)).map((t) => `${c.id}: ${t}`));
    expect(bad).toEqual([]);
  });

  it('lists no term twice, within a concept or across concepts', () => {
    const owner = new Map<string, string>();
    const dups: string[] = [];
    for (const c of CONCEPTS) {
      for (const t of [...c.en, ...c.zh]) {
        const prev = owner.get(t);
        if (prev !== undefined) dups.push(`${t}: ${prev} and ${c.id}`);
        else owner.set(t, c.id);
      }
    }
    expect(dups).toEqual([]);
  });

  it('lists every term in its normal form, so that normalised text can contain it', () => {
    const bad = CONCEPTS.flatMap((c) =>
      [...c.en, ...c.zh].filter((t) => normalizeText(t).text !== t).map((t) => `${c.id}: ${t}`),
    );
    expect(bad).toEqual([]);
  });
});
