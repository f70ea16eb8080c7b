/**
 * The row collector of the harmful generators whose kinds come with safe twins (harmful-intent.ts,
 * harmful-operational.ts): each harmful kind's requests (label 1, `harmful:<kind>`) with its twins
 * asked from the safe side (label 0, `harmful:safe_<kind>`), and look-alike kinds (label 0) that only
 * share the words or task shapes. Texts already in another authored file are skipped; a seeded few
 * English rows get register noise.
 */
import type { AuthoredFile, Lang } from './authored-file.js';
import { registerNoise } from './seeded.js';
import { blockLines } from './text.js';

/** A harmful kind and its safe twins, one request per line. */
export interface TwinnedKind {
  kind: string;
  harm: string;
  safe: string;
}

/** Benign look-alike requests, one per line. */
export interface LookalikeLines {
  kind: string;
  lines: string;
}

export interface HarmfulTwinsOptions {
  file: AuthoredFile;
  /** Dedup keys of the other authored files' texts. */
  existing: ReadonlySet<string>;
  dedupKey: (text: string) => string;
  random: () => number;
  /** A reason the text has the wrong length or script for its language, or undefined. */
  shapeProblem: (text: string, lang: Lang) => string | undefined;
  /** Fewest rows a harmful kind may keep per language after dedup. */
  minHarmPerKind: number;
}

export class HarmfulTwins {
  readonly problems: string[] = [];
  skipped = 0;
  varied = 0;
  twins = 0;
  /** Rows kept per `lang category`. */
  private readonly kept = new Map<string, number>();

  constructor(private readonly options: HarmfulTwinsOptions) {}

  /** Each kind's harmful rows, then its twins; a kind left with too few harmful rows is a problem. */
  addTwinned(kinds: readonly TwinnedKind[], lang: Lang): void {
    for (const k of kinds) {
      for (const t of blockLines(k.harm)) this.add(t, 1, lang, `harmful:${k.kind}`);
      for (const t of blockLines(k.safe)) if (this.add(t, 0, lang, `harmful:safe_${k.kind}`)) this.twins++;
      const n = this.kept.get(`${lang} harmful:${k.kind}`) ?? 0;
      if (n < this.options.minHarmPerKind) this.problems.push(`${lang} harmful:${k.kind} has only ${n} rows`);
    }
  }

  addLookalikes(kinds: readonly LookalikeLines[], lang: Lang): void {
    for (const k of kinds)
      for (const t of blockLines(k.lines)) this.add(t, 0, lang, `harmful:safe_${k.kind}`);
  }

  /** Adds one row; @returns whether it was kept. */
  private add(text: string, label: 0 | 1, lang: Lang, category: string): boolean {
    const { file, existing, dedupKey, shapeProblem } = this.options;
    const problem = shapeProblem(text, lang);
    if (problem !== undefined) this.problems.push(problem);
    if (existing.has(dedupKey(text)) || file.has(text)) {
      this.skipped++;
      return false;
    }
    file.add(this.style(text, lang), label, lang, category);
    const key = `${lang} ${category}`;
    this.kept.set(key, (this.kept.get(key) ?? 0) + 1);
    return true;
  }

  /** English register noise on a few rows (counted in `varied`). */
  private style(text: string, lang: Lang): string {
    if (lang !== 'en') return text;
    const out = registerNoise(this.options.random, text, 0.045, 0.085);
    if (out !== text) this.varied++;
    return out;
  }
}
