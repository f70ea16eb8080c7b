/** Harmful/benign twin pairs, shared by harmful-breadth2.ts and harmful-misinfo.ts. */
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
