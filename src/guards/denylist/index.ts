import { z } from 'zod';
import { defineGuard, type Finding, NO_FINDINGS, SEVERITIES, type Severity } from '../../core/index.js';
import { compileSafeRegex } from '../../detect/regex-safety.js';

const codeSchema = z
  .string()
  .regex(/^[a-z][a-z0-9_]*(?:\.[a-z0-9_]+)+$/, 'finding codes look like denylist.my_term');

const configSchema = z
  .object({
    terms: z
      .array(
        z
          .object({
            text: z.string().min(1).max(1_000),
            code: codeSchema.default('denylist.term'),
            severity: z.enum(SEVERITIES).default('high'),
          })
          .strict(),
      )
      .default([])
      .describe('Literal terms, matched case-insensitively anywhere (no word boundaries, so CJK works).'),
    patterns: z
      .array(
        z
          .object({
            pattern: z.string().min(1).max(2_000),
            flags: z
              .string()
              .regex(/^[imsu]*$/, 'only the i, m, s and u flags are allowed')
              .default('iu'),
            code: codeSchema.default('denylist.pattern'),
            severity: z.enum(SEVERITIES).default('high'),
          })
          .strict(),
      )
      .default([])
      .describe('Regular expressions; each is proven free of catastrophic backtracking at load or rejected.'),
  })
  .strict();

interface CompiledEntry {
  regex: RegExp;
  code: string;
  severity: Severity;
  label: string;
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A configurable denylist of literal terms and regular expressions, compiled once at load. */
export const denylistGuard = defineGuard({
  id: 'denylist',
  description:
    'Blocks or flags text matching configured literal terms or (ReDoS-checked) regular expressions.',
  stages: ['input', 'output', 'tool'],
  kind: 'detect',
  configSchema,
  create(config) {
    const entries: CompiledEntry[] = [];
    // Literal alternations cannot backtrack catastrophically, so they skip the (slow) static check.
    config.terms.forEach((term, index) => {
      entries.push({
        regex: new RegExp(escapeRegex(term.text), 'giu'),
        code: term.code,
        severity: term.severity,
        label: `term #${index + 1}`,
      });
    });
    config.patterns.forEach((entry, index) => {
      const label = `denylist pattern #${index + 1}`;
      compileSafeRegex(entry.pattern, entry.flags, label);
      entries.push({
        regex: new RegExp(entry.pattern, `${entry.flags}g`),
        code: entry.code,
        severity: entry.severity,
        label: `pattern #${index + 1}`,
      });
    });
    if (entries.length === 0) return () => NO_FINDINGS;

    return (segments) => {
      const findings: Finding[] = [];
      for (const segment of segments) {
        for (const entry of entries) {
          for (const match of segment.text.matchAll(entry.regex)) {
            if (match[0].length === 0) continue;
            findings.push({
              source: 'denylist',
              code: entry.code,
              severity: entry.severity,
              message: `matched denylist ${entry.label}`,
              path: segment.path,
              span: { start: match.index, end: match.index + match[0].length },
            });
          }
        }
      }
      return findings.length === 0 ? NO_FINDINGS : { findings };
    };
  },
});
