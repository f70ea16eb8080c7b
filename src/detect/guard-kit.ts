import { z } from 'zod';
import { type Finding, SEGMENT_ROLES, SEVERITIES, type Segment } from '../core/index.js';
import type { DetectorHit } from './detectors.js';

/** Config keys shared by the classifier-backed guards. */
export const classifierConfigShape = {
  threshold: z
    .number()
    .min(0)
    .max(1)
    .optional()
    .describe("Calibrated-probability threshold; omit to use the model's per-language recommendation."),
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
};

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
