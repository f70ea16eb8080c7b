/** Harmful/benign twin pairs and the benign rows written beside them, shared by the generators. */
import { type AuthoredFile, dedupKey, type Lang } from './authored-file.js';

/** A harmful request and its benign twin: same topic and form, different intent. */
export type Pair = readonly [harmful: string, benign: string];

/** Adds pairs to a file (keyed by dedupKey) whole or not at all, so each class stays balanced. */
export class PairWriter {
  /** Pairs refused because a half repeats the other half, this file or another authored file. */
  skipped = 0;

  /** @param existing dedupKey keys of the texts in other authored files */
  constructor(
    private readonly file: AuthoredFile,
    private readonly existing: ReadonlySet<string>,
  ) {}

  /** Adds the harmful row (label 1) and its twin (label 0) under `category`, or neither. */
  add([harmful, benign]: Pair, lang: Lang, category: string): boolean {
    const h = dedupKey(harmful);
    const b = dedupKey(benign);
    if (
      h === b ||
      this.file.has(harmful) ||
      this.file.has(benign) ||
      this.existing.has(h) ||
      this.existing.has(b)
    ) {
      this.skipped++;
      return false;
    }
    this.file.add(harmful, 1, lang, category);
    this.file.add(benign, 0, lang, category);
    return true;
  }
}

/** Draws a generator may spend per row before it gives up on a count. */
const TRIES_PER_ROW = 20;

/** Adds `count` pairs made by `draw`, skipping repeats; throws when the draws run out first. */
export function fillPairs(
  writer: PairWriter,
  count: number,
  draw: () => Pair,
  lang: Lang,
  category: string,
): void {
  let added = 0;
  for (let tries = 0; added < count && tries < count * TRIES_PER_ROW; tries++)
    if (writer.add(draw(), lang, category)) added++;
  if (added < count) throw new Error(`${category}: only ${added} of ${count} ${lang} pairs`);
}

/**
 * Adds `count` benign rows without a twin, made by `draw`, skipping texts already in this or
 * another authored file (`existing`: their dedupKey keys); throws when the draws run out first.
 */
export function fillUnpairedBenign(
  file: AuthoredFile,
  existing: ReadonlySet<string>,
  count: number,
  draw: () => string,
  lang: Lang,
  category: string,
): void {
  let added = 0;
  for (let tries = 0; added < count && tries < count * TRIES_PER_ROW; tries++) {
    const text = draw();
    if (!existing.has(dedupKey(text)) && file.add(text, 0, lang, category)) added++;
  }
  if (added < count) throw new Error(`${category}: only ${added} of ${count} ${lang} unpaired rows`);
}
