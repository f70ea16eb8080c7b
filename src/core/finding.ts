/** Findings are what every detector, scanner and grader reports. They never decide anything. */

export const SEVERITIES = ['info', 'low', 'medium', 'high', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];

export type SegmentPath = (string | number)[];

export interface Span {
  start: number;
  end: number;
}

export interface Finding {
  /** The guard or scanner that produced it: 'pii', 'prompt-injection'. */
  source: string;
  /** Stable, documented code: 'pii.cn_id_card', 'injection.ignore_previous'. */
  code: string;
  severity: Severity;
  /** Human-readable; never contains the raw secret or matched personal data. */
  message: string;
  /** Where in the request or response: ['messages', 2, 'content']. */
  path: SegmentPath;
  /** Character offsets in the segment text the guard saw. */
  span?: Span;
  /** 0..1 for probabilistic detectors. */
  score?: number;
  /** Text that replaces `span` when the policy's action for this finding is `redact`. */
  replacement?: string;
}

export function severityRank(severity: Severity): number {
  return SEVERITIES.indexOf(severity);
}

export function pathKey(path: SegmentPath): string {
  return path.join('.');
}
