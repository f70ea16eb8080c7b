import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AhoCorasick, type AutomatonMatch } from './aho-corasick.js';

const isWordUnit = (c: string | undefined) => c !== undefined && /[A-Za-z0-9_\u0370-\u052f]/.test(c);

/** Every occurrence, by end offset then longest first (the automaton's order). */
function naive(
  terms: readonly string[],
  text: string,
  wholeWord: (index: number) => boolean = () => false,
): AutomatonMatch[] {
  const first = new Map<string, number>();
  terms.forEach((t, i) => {
    if (t.length > 0 && !first.has(t)) first.set(t, i);
  });
  const byLength = [...first].sort((a, b) => b[0].length - a[0].length);
  const out: AutomatonMatch[] = [];
  for (let end = 1; end <= text.length; end++) {
    for (const [term, index] of byLength) {
      const start = end - term.length;
      if (start < 0 || !text.startsWith(term, start)) continue;
      if (wholeWord(index) && (isWordUnit(text[start - 1]) || isWordUnit(text[end]))) continue;
      out.push({ term: index, start, end });
    }
  }
  return out;
}

const key = (m: AutomatonMatch) => `${m.start}:${m.end}:${m.term}`;
const sorted = (ms: AutomatonMatch[]) => ms.map(key).sort();

/** Text that contains terms (and pieces of them) between other units. */
const textOf = (terms: readonly string[], pieces: readonly [number, number, number, string][]) =>
  pieces
    .map(([t, from, to, filler]) => {
      const term = terms[t % terms.length] ?? '';
      return filler + term.slice(Math.min(from, to) % (term.length + 1), Math.max(from, to));
    })
    .join('');

const piece = (filler: fc.Arbitrary<string>) =>
  fc.tuple(fc.nat(), fc.nat({ max: 12 }), fc.nat({ max: 12 }), filler);

describe('AhoCorasick', () => {
  // Small alphabets (Latin, CJK, mixed) make overlapping terms and shared suffixes likely.
  const alphabet = fc.constantFrom('a', 'b', 'c', '忽', '略', '指', '令', ' ');
  const word = fc.array(alphabet, { minLength: 1, maxLength: 5 }).map((cs) => cs.join(''));

  it('finds exactly what a naive matcher finds (property)', () => {
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 30 }),
        fc.array(alphabet, { maxLength: 200 }),
        (terms, cs) => {
          const text = cs.join('');
          expect(sorted(new AhoCorasick(terms).findAll(text))).toEqual(sorted(naive(terms, text)));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reports by end offset, longest first, and stops when asked (property)', () => {
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 30 }),
        fc.array(alphabet, { maxLength: 200 }),
        fc.nat({ max: 40 }),
        (terms, cs, limit) => {
          const text = cs.join('');
          const ac = new AhoCorasick(terms);
          const all = naive(terms, text);
          expect(ac.findAll(text)).toEqual(all);
          expect(ac.count(text)).toBe(all.length);
          const seen: AutomatonMatch[] = [];
          ac.scan(text, (m) => {
            seen.push(m);
            return seen.length < limit;
          });
          expect(seen).toEqual(all.slice(0, Math.max(limit, 1)));
          let visits = 0;
          ac.visit(text, () => ++visits < limit);
          expect(visits).toBe(Math.min(Math.max(limit, 1), all.length));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('whole-word terms match only between non-word units, per term (property)', () => {
    const units = fc.constantFrom('a', 'b', '1', '_', '-', ' ', "'", '猫', '咪', 'A');
    const term = fc.array(units, { minLength: 1, maxLength: 4 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(
        fc.array(fc.tuple(term, fc.boolean()), { minLength: 1, maxLength: 25 }),
        fc.array(piece(fc.array(units, { maxLength: 3 }).map((cs) => cs.join(''))), { maxLength: 40 }),
        (rows, pieces) => {
          const terms = rows.map(([t]) => t);
          const whole = (i: number) => rows[i]?.[1] === true;
          const text = textOf(terms, pieces);
          expect(new AhoCorasick(terms, whole).findAll(text)).toEqual(naive(terms, text, whole));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('handles big alphabets and many terms (property)', () => {
    // Units from anywhere in the 16-bit range: wide, sparse nodes for the double-array layout.
    const unit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
    const term = fc.array(unit, { minLength: 1, maxLength: 6 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(
        fc.array(term, { minLength: 1, maxLength: 400 }),
        fc.array(piece(fc.array(unit, { maxLength: 2 }).map((cs) => cs.join(''))), { maxLength: 60 }),
        (terms, pieces) => {
          const text = textOf(terms, pieces);
          expect(new AhoCorasick(terms).findAll(text)).toEqual(naive(terms, text));
        },
      ),
      { numRuns: 100 },
    );
  });

  it('matches a naive matcher on a large mixed lexicon', () => {
    let seed = 7;
    const random = () => {
      seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0;
      return seed / 4_294_967_296;
    };
    const draw = (from: number, span: number, length: number) =>
      Array.from({ length }, () => String.fromCharCode(from + Math.floor(random() * span))).join('');
    const terms = Array.from({ length: 4_000 }, (_, i) =>
      i % 2 === 0 ? draw(0x4e00, 300, 2 + (i % 5)) : draw(0x61, 26, 2 + (i % 6)),
    );
    const latin = (i: number) => /^[a-z]+$/.test(terms[i] ?? '');
    const parts = Array.from({ length: 600 }, (_, i) =>
      i % 3 === 0 ? (terms[Math.floor(random() * terms.length)] ?? '') : draw(i % 2 ? 0x4e00 : 0x61, 300, 3),
    );
    const text = parts.join(random() < 0.5 ? ' ' : '');
    const ac = new AhoCorasick(terms, latin);
    expect(ac.findAll(text)).toEqual(naive(terms, text, latin));
    expect(ac.nodeCount).toBeGreaterThan(4_000);
  });

  it('keeps the index of the first of duplicate terms, and ignores empty ones', () => {
    const ac = new AhoCorasick(['', 'ab', 'x', 'ab'], (i) => i === 3);
    expect(ac.findAll('abab').map(key)).toEqual(['0:2:1', '2:4:1']);
    expect(new AhoCorasick([]).findAll('abc')).toEqual([]);
    expect(new AhoCorasick(['', '']).count('abc')).toBe(0);
  });

  it.each([
    [['he', 'she', 'his', 'hers'], 'ushers', ['1:4:1', '2:4:0', '2:6:3']],
    [['忽略', '忽略以上', '以上指令'], '请忽略以上指令', ['1:3:0', '1:5:1', '3:7:2']],
  ])('classic case %j in %j', (terms, text, expected) => {
    expect(sorted(new AhoCorasick(terms).findAll(text))).toEqual([...expected].sort());
  });

  it('whole-word mode skips matches inside Latin words only', () => {
    const ac = new AhoCorasick(['cat', '猫'], () => true);
    expect(ac.findAll('cat concat cats 猫咪').map(key)).toEqual(['0:3:0', '16:17:1']);
  });
});
