import type { Edit, Segment } from '../../core/index.js';
import { PLACEHOLDER_PATTERN } from './labels.js';
import type { Vault } from './vault.js';

/** Replaces every known placeholder; unknown `<X_N>` text is left as it is. */
export function restoreText(text: string, vault: Vault): string {
  if (!text.includes('<')) return text;
  return text.replace(PLACEHOLDER_PATTERN, (placeholder) => vault.original(placeholder) ?? placeholder);
}

/** Unconditional edits restoring the placeholders of one segment, plus their spans. */
export function restoreEdits(segment: Segment, vault: Vault): Edit[] {
  const edits: Edit[] = [];
  if (!segment.text.includes('<')) return edits;
  for (const m of segment.text.matchAll(PLACEHOLDER_PATTERN)) {
    const original = vault.original(m[0]);
    if (original === undefined) continue;
    edits.push({ path: segment.path, span: { start: m.index, end: m.index + m[0].length }, text: original });
  }
  return edits;
}
