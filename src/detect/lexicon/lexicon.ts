import { readFileSync } from 'node:fs';
import { SEVERITIES, type Severity, type Span } from '../../core/index.js';
import { type NormalizedText, termForms, toOriginalSpan } from '../normalize/normalize.js';
import { AhoCorasick } from './aho-corasick.js';

export interface LexiconTerm {
  term: string;
  category: string;
  severity: Severity;
}

export interface LexiconMatch {
  category: string;
  severity: Severity;
  /** Index of the term in the lexicon (never the term itself: lexicons can be sensitive). */
  termIndex: number;
  /** Offsets in the original text. */
  span: Span;
}

const SEVERITY_SET = new Set<string>(SEVERITIES);
const CATEGORY = /^[a-z0-9_]{1,64}$/;

/**
 * Parses a lexicon file: one term per line, `term<TAB>category<TAB>severity` (category and severity
 * optional), `#` comments and blank lines ignored. JSON Lines `{"term","category","severity"}` also work.
 */
export function parseLexicon(
  content: string,
  defaults: { category: string; severity: Severity },
  label = 'lexicon',
): LexiconTerm[] {
  const out: LexiconTerm[] = [];
  const lines = content.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? '').replace(/\r$/, '');
    if (line.trim() === '' || line.startsWith('#')) continue;
    let term: string;
    let category = defaults.category;
    let severity: string = defaults.severity;
    if (line.startsWith('{')) {
      const row = JSON.parse(line) as Record<string, unknown>;
      term = typeof row.term === 'string' ? row.term : '';
      if (typeof row.category === 'string') category = row.category;
      if (typeof row.severity === 'string') severity = row.severity;
    } else {
      const [t = '', c, s] = line.split('\t');
      term = t;
      if (c) category = c.trim();
      if (s) severity = s.trim();
    }
    if (term.trim() === '') continue;
    if (!CATEGORY.test(category)) throw new Error(`${label}:${i + 1}: category must match [a-z0-9_]{1,64}`);
    if (!SEVERITY_SET.has(severity)) throw new Error(`${label}:${i + 1}: unknown severity "${severity}"`);
    out.push({ term: term.trim(), category, severity: severity as Severity });
  }
  return out;
}

export function readLexiconFile(
  path: string,
  defaults: { category: string; severity: Severity },
): LexiconTerm[] {
  return parseLexicon(readFileSync(path, 'utf8'), defaults, path);
}

/** Terms in Latin, Greek or Cyrillic letters (no CJK, which has no word boundaries to keep to). */
const ALPHABETIC = /^[a-z0-9 '_\u0370-\u052f-]+$/;

/**
 * A compiled lexicon: terms normalised like the text they are matched against. A term whose
 * Cyrillic or Greek letters all look Latin has two forms ("секс" stays "секс" in Russian text and
 * reads "cekc" in English text: see normalize/script-fold.ts), and both are searched.
 */
export class Lexicon {
  private readonly automaton: AhoCorasick;
  /** The term of each pattern of the automaton. */
  private readonly termOf: number[] = [];
  readonly size: number;

  constructor(
    private readonly terms: readonly LexiconTerm[],
    options: { wholeWordsLatin: boolean } = { wholeWordsLatin: true },
  ) {
    const patterns: string[] = [];
    terms.forEach((t, index) => {
      const [kept, folded] = termForms(t.term);
      for (const form of folded === kept ? [kept] : [kept, folded]) {
        patterns.push(form);
        this.termOf.push(index);
      }
    });
    this.automaton = new AhoCorasick(
      patterns,
      (i) => options.wholeWordsLatin && ALPHABETIC.test(patterns[i] ?? ''),
    );
    this.size = terms.length;
  }

  /** Number of matches in already-normalised text (no spans built): the automaton's own cost. */
  count(normalizedText: string): number {
    return this.automaton.count(normalizedText);
  }

  /** Matches over already-normalised text (from `analyze`), spans mapped back to the original. */
  match(norm: NormalizedText, limit = 1_000): LexiconMatch[] {
    const out: LexiconMatch[] = [];
    this.automaton.visit(norm.text, (pattern, start, end) => {
      const termIndex = this.termOf[pattern] ?? -1;
      const term = this.terms[termIndex];
      if (!term) return true;
      out.push({
        category: term.category,
        severity: term.severity,
        termIndex,
        span: toOriginalSpan(norm, start, end),
      });
      return out.length < limit;
    });
    return out;
  }
}
