/** Shared helpers for the second English injection file: candidate rows, line blocks, slot filling. */
import type { Lang } from '../authored-file.js';
import { pick, type Rng } from '../seeded.js';
import { cap } from '../text.js';

/** One candidate row; the writer trims, varies register, and skips texts already authored. */
export interface Candidate {
  text: string;
  label: 0 | 1;
  lang: Lang;
  category: string;
}

/** Non-empty trimmed lines of a hand-written block; a literal `\n` inside a line becomes a line break. */
export function lines(block: string): string[] {
  return block
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0)
    .map((l) => l.replaceAll('\\n', '\n'));
}

/** Fills `{x}` with the slot as written and `{C}` with it capitalised. */
export function fill(frame: string, slot: string): string {
  return frame.replaceAll('{x}', slot).replaceAll('{C}', cap(slot));
}

/** Rows with one label, language and category from a list of texts. */
export function rows(texts: readonly string[], label: 0 | 1, lang: Lang, category: string): Candidate[] {
  return texts.map((text) => ({ text, label, lang, category }));
}

/**
 * `n` composed texts from `make`, each distinct; gives up after many repeats so a small slot space
 * cannot loop forever.
 */
export function compose(r: Rng, n: number, make: (r: Rng) => string): string[] {
  const out = new Set<string>();
  for (let i = 0; out.size < n && i < n * 30; i++) out.add(make(r));
  return [...out];
}

/** Picks one of `items`, then fills `{x}`/`{C}` in it with one of `slots`. */
export function frameSlot(r: Rng, frames: readonly string[], slots: readonly string[]): string {
  return fill(pick(r, frames), pick(r, slots));
}
