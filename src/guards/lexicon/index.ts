import { z } from 'zod';
import { defineGuard, type Finding, NO_FINDINGS, SEVERITIES } from '../../core/index.js';
import { analyze } from '../../detect/analysis.js';
import { Lexicon, type LexiconTerm, readLexiconFile } from '../../detect/lexicon/lexicon.js';

const configSchema = z
  .object({
    files: z
      .array(z.string().min(1))
      .default([])
      .describe(
        'Lexicon files: `term<TAB>category<TAB>severity` per line, or JSON Lines; read once at load.',
      ),
    terms: z
      .array(
        z
          .object({
            term: z.string().min(1).max(500),
            category: z
              .string()
              .regex(/^[a-z0-9_]{1,64}$/)
              .default('term'),
            severity: z.enum(SEVERITIES).default('high'),
          })
          .strict(),
      )
      .default([])
      .describe('Inline terms, added to those of the files.'),
    defaultCategory: z
      .string()
      .regex(/^[a-z0-9_]{1,64}$/)
      .default('term'),
    defaultSeverity: z.enum(SEVERITIES).default('high'),
    wholeWordsLatin: z
      .boolean()
      .default(true)
      .describe('Latin, Cyrillic and Greek terms match whole words; CJK terms always match anywhere.'),
    maxFindingsPerSegment: z.int().positive().default(20),
  })
  .strict();

/**
 * Keyword lexicons (100,000+ terms) matched with one Aho–Corasick pass over the normalised text, so
 * homoglyph, full-width, spaced-out and zero-width variants of a term still match.
 */
export const lexiconGuard = defineGuard({
  id: 'lexicon',
  description: 'Matches user-supplied keyword lexicons (categories and severities per term), EN and ZH.',
  stages: ['input', 'output', 'tool'],
  kind: 'detect',
  configSchema,
  create(config) {
    const defaults = { category: config.defaultCategory, severity: config.defaultSeverity };
    const terms: LexiconTerm[] = [
      ...config.files.flatMap((file) => readLexiconFile(file, defaults)),
      ...config.terms,
    ];
    if (terms.length === 0) return () => NO_FINDINGS;
    const lexicon = new Lexicon(terms, { wholeWordsLatin: config.wholeWordsLatin });
    return (segments) => {
      const findings: Finding[] = [];
      for (const segment of segments) {
        if (segment.text.length === 0) continue;
        for (const match of lexicon.match(analyze(segment.text).norm, config.maxFindingsPerSegment)) {
          findings.push({
            source: 'lexicon',
            code: `lexicon.${match.category}`,
            severity: match.severity,
            message: `matched lexicon term #${match.termIndex + 1} (category ${match.category})`,
            path: segment.path,
            span: match.span,
          });
        }
      }
      return findings.length === 0 ? NO_FINDINGS : { findings };
    };
  },
});
