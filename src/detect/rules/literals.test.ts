import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../analysis.js';
import { ALL_RULES, ruleRegexSource } from './engine.js';
import { requiredLiteralBranches, requiredLiterals } from './literals.js';

/** Every match of `source` in `text`, without its spaces, contains a literal of every group. */
function groupsHold(source: string, text: string): boolean {
  const groups = requiredLiterals(source);
  const regex = new RegExp(source, 'gu');
  for (const m of text.matchAll(regex)) {
    const unspaced = m[0].replace(/ /g, '');
    if (!groups.every((group) => group.some((literal) => unspaced.includes(literal)))) return false;
  }
  return true;
}

describe('requiredLiterals', () => {
  it.each([
    ['ignore (?:all )?previous', [['ignoreprevious', 'ignoreallprevious']]],
    // Spaces are left out, so optional ones add no alternatives.
    ['tell ?me ?now', [['tellmenow']]],
    ['ignore.{0,9}previous', [['ignore'], ['previous']]],
    ['(?:abc|de)fgh', [['abcfgh', 'defgh']]],
    ['colou?r', [['color', 'colour']]],
    ['(?:foo|bar)?baz', [['baz']]],
    ['x{2,3}yyy', [['yyy']]],
    ['#{2,6}', [['##']]],
    // "your" is in almost every message: the verbs filter, the common word does not.
    ['(?:drop|toss)\\b.{0,9}your\\b', [['drop', 'toss']]],
    // An alternation keeps a union per rank of its branches' groups: verbs and objects both filter.
    [
      '(?:drop|toss).{0,9}(?:rules|policy)|scrap.{0,5}prompt',
      [
        ['policy', 'prompt', 'rules'],
        ['drop', 'scrap', 'toss'],
      ],
    ],
    // A run extends into what a repeated group starts with: "your" + a qualifier, not "your" alone.
    [
      'your (?:(?:full|hidden) ){1,2}.{0,5}',
      [
        ['full', 'hidden'],
        ['yourfull', 'yourhidden'],
      ],
    ],
  ])('%s → %j', (source, expected) => {
    const sorted = (groups: string[][]) => groups.map((g) => [...g].sort()).sort();
    expect(sorted(requiredLiterals(source))).toEqual(sorted(expected));
  });

  it('gives each top-level branch its own conjunction', () => {
    expect(requiredLiteralBranches('reveal.{0,9}prompt|what is.{0,9}rules')).toEqual([
      [['reveal'], ['prompt']],
      [['whatis'], ['rules']],
    ]);
    // A branch that guarantees nothing lets the rule run on any text.
    expect(requiredLiteralBranches('reveal.{0,9}prompt|.x')).toEqual([[['reveal'], ['prompt']], []]);
    expect(requiredLiteralBranches('(unclosed')).toEqual([[]]);
  });

  it.each([
    'a\\p{L}bc', // a property escape is a class, not the text "{L}"
    '(?<x>foo)\\k<x>', // a back-reference matches whatever the group did
    'ab(?=cdef)', // lookarounds match no characters of their own
    '(?<!abc)de',
    'ab|c', // one branch without a literal leaves the alternation without one
    '[^abc]', // a negated class
    'a.c',
    'to',
  ])('claims nothing it cannot prove: %s', (source) => {
    for (const group of requiredLiterals(source)) {
      expect(group.some((literal) => /\{L\}|cdef|abc|^to$/.test(literal))).toBe(false);
    }
  });

  it('never claims a literal that a match lacks (property, small alphabet)', () => {
    const sources = [
      'ab(?:c|de)?f',
      'x[yz]{2}w',
      '(?:no|not) ?(?:way|how)',
      'a(?:bc)+d',
      '(?<!q)rs(?!t)uv',
      'k(?:lm|n{1,2}o)p',
      'ab (?:(?:c|de) ){1,2}f|g ?h',
    ];
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...'abcdefklmnopqrstuvwxyz '), maxLength: 40 }),
        (text) => {
          for (const source of sources) expect(groupsHold(source, text), `${source} on ${text}`).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('holds on every shipped rule example', () => {
    for (const spec of ALL_RULES) {
      const { source } = ruleRegexSource(spec);
      for (const text of spec.examples)
        expect(groupsHold(source, analyze(text).norm.text), spec.code).toBe(true);
    }
  });
});
