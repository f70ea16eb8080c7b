import type { SegmentPath } from './finding.js';

export const SEGMENT_ROLES = ['system', 'user', 'assistant', 'tool', 'document', 'other'] as const;
export type SegmentRole = (typeof SEGMENT_ROLES)[number];

/** One piece of text in a request or response, addressed by its JSON path. */
export interface Segment {
  path: SegmentPath;
  role: SegmentRole;
  text: string;
}

/** Tool results and retrieved documents are untrusted: indirect injection lives there. */
export function isUntrusted(segment: Segment): boolean {
  return segment.role === 'tool' || segment.role === 'document';
}
