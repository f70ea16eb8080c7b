import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AhoCorasick, type AutomatonMatch } from './aho-corasick.js';

function naive(terms: readonly string[], text: string): AutomatonMatch[] {
  const first = new Map<string, number>();
  terms.forEach((t, i) => {
    if (t.length > 0 && !first.has(t)) first.set(t, i);
  });
  const out: AutomatonMatch[] = [];
  for (let end = 1; end <= text.length; end++) {
    for (const [term, index] of first) {
      const start = end - term.length;
      if (start >= 0 && text.startsWith(term, start)) out.push({ term: index, start, end });
    }
  }
  return out;
}

const key = (m: AutomatonMatch) => `${m.start}:${m.end}:${m.term}`;
const sorted = (ms: AutomatonMatch[]) => ms.map(key).sort();

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
