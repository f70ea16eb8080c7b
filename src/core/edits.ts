import { pathKey } from './finding.js';
import type { Edit } from './guard.js';
import type { Segment } from './segment.js';

/**
 * Applies span edits to segments. Edits on one segment are applied from the end backwards; an edit
 * overlapping one already accepted (earlier start wins, then the longer) is dropped.
 */
export function applyEdits(segments: readonly Segment[], edits: readonly Edit[]): Segment[] {
  if (edits.length === 0) return segments.slice();
  const byPath = new Map<string, Edit[]>();
  for (const edit of edits) {
    const key = pathKey(edit.path);
    const list = byPath.get(key);
    if (list) list.push(edit);
    else byPath.set(key, [edit]);
  }
  return segments.map((segment) => {
    const list = byPath.get(pathKey(segment.path));
    if (!list) return segment;
    return { ...segment, text: applyToText(segment.text, list) };
  });
}

export function applyToText(text: string, edits: readonly Pick<Edit, 'span' | 'text'>[]): string {
  const sorted = edits
    .filter((e) => e.span.start >= 0 && e.span.end <= text.length && e.span.start <= e.span.end)
    .sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  let out = '';
  let cursor = 0;
  for (const edit of sorted) {
    if (edit.span.start < cursor) continue;
    out += text.slice(cursor, edit.span.start) + edit.text;
    cursor = edit.span.end;
  }
  return out + text.slice(cursor);
}
