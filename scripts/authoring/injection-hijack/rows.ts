/**
 * Hand-written rows of injection-hijack, one row per non-blank line of a template string. `⏎` inside a
 * row stands for a line break; lines starting with `#` are comments.
 */
import type { Lang } from '../authored-file.js';

/** A list of hand-written rows of one kind, label and language. */
export interface Block {
  /** Category suffix: the row's category is `injection:<kind>`. */
  kind: string;
  label: 0 | 1;
  lang: Lang;
  texts: string[];
}

export function rows(block: string): string[] {
  const out: string[] = [];
  for (const raw of block.split('\n')) {
    const line = raw.trim();
    if (line.length === 0 || line.startsWith('#')) continue;
    out.push(line.replaceAll('⏎', '\n'));
  }
  return out;
}
