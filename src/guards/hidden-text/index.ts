import { z } from 'zod';
import {
  defineGuard,
  type Finding,
  NO_FINDINGS,
  SEVERITIES,
  type Severity,
  severityRank,
} from '../../core/index.js';
import { analyze } from '../../detect/analysis.js';
import { PAYLOAD_NAMES } from '../../detect/normalize/decode.js';
import { isEmojiContext } from '../../detect/normalize/emoji.js';
import type { HiddenRun } from '../../detect/normalize/normalize.js';

const severity = z.enum(SEVERITIES);

const configSchema = z
  .object({
    zeroWidth: severity.default('medium').describe('Zero-width characters (outside emoji sequences).'),
    bidi: severity.default('medium').describe('Bidirectional overrides and isolates (Trojan Source).'),
    unicodeTags: severity.default('high').describe('Unicode tag characters (ASCII smuggling).'),
    variationSelectors: severity
      .default('medium')
      .describe('Variation selectors outside emoji (data smuggling).'),
    fillers: severity.default('low').describe('Hangul fillers and other blank letters.'),
    mixedScript: severity
      .default('low')
      .describe(
        'Words mixing Latin letters with Cyrillic/Greek look-alikes ("іgnore"); folded for the other guards.',
      ),
    encodedPayloads: severity
      .default('info')
      .describe('Readable text found inside base64/hex/URL/ROT13 encodings (scanned by the other guards).'),
    minCount: z.int().min(1).default(1).describe('Fewest hidden characters in a segment before reporting.'),
    maxFindingsPerSegment: z
      .int()
      .positive()
      .default(20)
      .describe(
        'Most findings per segment, the most severe first (hostile text can hide a character per word).',
      ),
  })
  .strict();

type Config = z.infer<typeof configSchema>;

const KIND_CONFIG: Record<HiddenRun['kind'], keyof Config> = {
  zero_width: 'zeroWidth',
  bidi: 'bidi',
  unicode_tag: 'unicodeTags',
  variation_selector: 'variationSelectors',
  filler: 'fillers',
};

/**
 * Hidden text is itself a signal: invisible characters are removed by the normaliser before the
 * other detectors run, and this guard reports that they were there. Emoji sequences (ZWJ, VS16,
 * subdivision flags) are legitimate and skipped.
 */
export const hiddenTextGuard = defineGuard({
  id: 'hidden-text',
  description:
    'Reports invisible characters (zero-width, bidi, Unicode tags, variation selectors), words mixing scripts and encoded payloads.',
  stages: ['input', 'output', 'tool'],
  kind: 'detect',
  configSchema,
  create(config) {
    return (segments) => {
      const findings: Finding[] = [];
      for (const segment of segments) {
        const found: Finding[] = [];
        const analysis = analyze(segment.text);
        const runs = analysis.norm.hidden.filter((run) => !isEmojiContext(segment.text, run));
        const total = runs.reduce((n, run) => n + run.count, 0);
        if (total >= config.minCount) {
          for (const run of runs) {
            const level = config[KIND_CONFIG[run.kind]] as Severity;
            found.push({
              source: 'hidden-text',
              code: `hidden.${run.kind}`,
              severity: level,
              message: `${run.count} invisible ${run.kind.replace('_', ' ')} character(s)`,
              path: segment.path,
              span: { start: run.start, end: run.end },
            });
          }
        }
        for (const span of analysis.norm.mixedScript) {
          found.push({
            source: 'hidden-text',
            code: 'hidden.mixed_script',
            severity: config.mixedScript,
            message: 'word mixes Latin letters with look-alike Cyrillic or Greek letters',
            path: segment.path,
            span,
          });
        }
        for (const { payload } of analysis.payloads) {
          if (payload.kind === 'unicode_tags') continue;
          found.push({
            source: 'hidden-text',
            code: `hidden.encoded_${payload.kind}`,
            severity: config.encodedPayloads,
            message: `readable text (${payload.text.length} chars) in a ${PAYLOAD_NAMES[payload.kind]} payload`,
            path: segment.path,
            span: payload.span,
          });
        }
        // Stable sort: the most severe first, each kind in text order.
        found.sort((a, b) => severityRank(b.severity) - severityRank(a.severity));
        findings.push(...found.slice(0, config.maxFindingsPerSegment));
      }
      return findings.length === 0 ? NO_FINDINGS : { findings };
    };
  },
});
