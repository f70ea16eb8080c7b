import { z } from 'zod';
import {
  type Finding,
  type GuardCheck,
  type GuardResult,
  NO_FINDINGS,
  SEGMENT_ROLES,
  SEVERITIES,
  type Segment,
  type Severity,
} from '../core/index.js';
import type { DetectorHit, DetectorResult } from './detectors.js';
import { judgeCascade } from './judge/cascade.js';
import { type JudgeConfig, judgeConfigSchema } from './judge/llm-judge.js';

/** Config keys shared by the classifier-backed guards. */
export const classifierConfigShape = {
  threshold: z
    .union([
      z.number().min(0).max(1),
      z.object({ en: z.number().min(0).max(1).optional(), zh: z.number().min(0).max(1).optional() }).strict(),
    ])
    .optional()
    .describe(
      "Calibrated-probability threshold: one for every language, or `{ en, zh }` per language (a language left out keeps the model's value); omit to use the model's per-language recommendation.",
    ),
  classifier: z.boolean().default(true).describe('Run the trained classifier.'),
  severity: z.enum(SEVERITIES).default('high').describe('Severity of the classifier finding.'),
  scanPayloads: z
    .boolean()
    .default(true)
    .describe('Also scan base64/hex/URL/ROT13/Unicode-tag payloads decoded from the text.'),
  roles: z
    .array(z.enum(SEGMENT_ROLES))
    .optional()
    .describe('Segment roles to scan; omit to scan every role (tool results and documents included).'),
  judge: judgeConfigSchema
    .optional()
    .describe('Optional LLM-judge cascade for classifier scores in an uncertain band.'),
};

export interface DetectorGuardOptions {
  source: string;
  /** Finding-code prefix of the judge's finding: '<prefix>.judge'. */
  codePrefix: string;
  severity: Severity;
  include: (segment: Segment) => boolean;
  /** Detector for a segment (lets a guard pick a stricter one for untrusted segments). */
  detectorFor: (segment: Segment) => (text: string) => DetectorResult;
  judge?: JudgeConfig | undefined;
}

/** The check shared by the classifier guards: synchronous unless a judge is configured. */
export function detectorGuardCheck(options: DetectorGuardOptions): GuardCheck {
  const { source, include, detectorFor, judge } = options;
  const finish = (findings: Finding[]): GuardResult => (findings.length === 0 ? NO_FINDINGS : { findings });
  if (!judge) {
    return (segments) => {
      const findings: Finding[] = [];
      for (const segment of segments) {
        if (!include(segment) || segment.text.length === 0) continue;
        findings.push(...hitsToFindings(source, segment, detectorFor(segment)(segment.text).hits));
      }
      return finish(findings);
    };
  }
  return async (segments, ctx) => {
    const findings: Finding[] = [];
    for (const segment of segments) {
      if (!include(segment) || segment.text.length === 0) continue;
      const first = detectorFor(segment)(segment.text);
      const result = await judgeCascade(
        first,
        segment.text,
        judge,
        options.codePrefix,
        options.severity,
        ctx.signal,
      );
      findings.push(...hitsToFindings(source, segment, result.hits));
    }
    return finish(findings);
  };
}

export function hitsToFindings(source: string, segment: Segment, hits: readonly DetectorHit[]): Finding[] {
  return hits.map((hit) => ({
    source,
    code: hit.code,
    severity: hit.severity,
    message: hit.message,
    path: segment.path,
    ...(hit.span ? { span: hit.span } : {}),
    ...(hit.score !== undefined ? { score: hit.score } : {}),
  }));
}

export function roleFilter(roles: readonly string[] | undefined): (segment: Segment) => boolean {
  if (!roles) return () => true;
  const set = new Set(roles);
  return (segment) => set.has(segment.role);
}
