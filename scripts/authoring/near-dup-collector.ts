/**
 * The row collector of the generators that check near copies (harmful-overrefusal.ts,
 * protective-security.ts): a text of the wrong shape, or a (near) repeat inside the file, is an
 * authoring problem; a text already in, or a near copy of a text in, another authored file is
 * skipped; a seeded few English rows get register noise.
 */
import { type AuthoredFile, dedupKey, type Lang } from './authored-file.js';
import { existingForNearDup, NearDupIndex } from './injection-lookalike/near-dup.js';
import { registerNoise } from './seeded.js';
import { hanCount, wordCount } from './text.js';

export interface NearDupCollectorOptions {
  file: AuthoredFile;
  random: () => number;
  /** A reason the text has the wrong length or script for its language, or undefined. */
  shapeProblem: (text: string, lang: Lang) => string | undefined;
}

/** Same-label similarity (character trigram Jaccard) within the file that is an authoring mistake. */
const MAX_SIM_SELF = 0.8;
/** Similarity to a row of another authored file that skips the row as a near copy. */
const MAX_SIM_OTHER = 0.7;

/**
 * A `shapeProblem` that checks the script (Chinese rows have Han characters, English rows none) and
 * the length: English in words, Chinese in Han characters, within the language's bounds.
 */
export function lengthProblem(
  bounds: Record<Lang, readonly [number, number]>,
): (text: string, lang: Lang) => string | undefined {
  return (text, lang) => {
    const n = lang === 'zh' ? hanCount(text) : wordCount(text);
    const [min, max] = bounds[lang];
    const wrong = (lang === 'en') !== (hanCount(text) === 0) || n < min || n > max;
    return wrong ? `${lang} length ${n}: ${text}` : undefined;
  };
}

/** Bounds a generated file's size and shares must keep. */
export interface FileShares {
  /** Fewest and most rows, when the generator bounds them. */
  total?: readonly [number, number];
  /** Most of the rows that may be seeded variations. */
  maxVaried: number;
  /** Label-1 share, lowest and highest. */
  harmful: readonly [number, number];
  /** Chinese share, lowest and highest. */
  zh: readonly [number, number];
}

export class NearDupCollector {
  readonly problems: string[] = [];
  skipped = 0;
  nearSkipped = 0;
  varied = 0;
  /** Rows kept per `lang category`. */
  readonly kept = new Map<string, number>();
  private readonly existing: ReturnType<typeof existingForNearDup>;
  /** One index per label: a contrast row may sit close to its benign neighbour on purpose. */
  private readonly selfIndex: Record<0 | 1, NearDupIndex> = { 0: new NearDupIndex(), 1: new NearDupIndex() };

  constructor(private readonly options: NearDupCollectorOptions) {
    this.existing = existingForNearDup(options.file.name);
  }

  /** Adds one row; @returns whether it was kept. */
  add(text: string, label: 0 | 1, lang: Lang, category: string): boolean {
    const { file, shapeProblem } = this.options;
    const problem = shapeProblem(text, lang);
    if (problem !== undefined) this.problems.push(problem);
    if (file.has(text) || this.selfIndex[label].maxSimilarity(text) >= MAX_SIM_SELF) {
      this.problems.push(`repeated in this file: ${text}`);
      return false;
    }
    if (this.existing.keys.has(dedupKey(text))) {
      this.skipped++;
      return false;
    }
    if (this.existing.index.maxSimilarity(text) >= MAX_SIM_OTHER) {
      this.nearSkipped++;
      return false;
    }
    this.selfIndex[label].add(text);
    file.add(this.style(text, lang), label, lang, category);
    this.count(`${lang} ${category}`);
    return true;
  }

  /**
   * Checks the file's shares (seeded variations, label 1, Chinese), then writes it and prints a
   * summary; throws with every problem found instead of writing a file that fails a check.
   */
  writeChecked(generator: string, shares: FileShares): void {
    const { file } = this.options;
    const total = file.rows.length;
    const share = (n: number) => n / Math.max(total, 1);
    const harmful = share(file.rows.filter((r) => r.label === 1).length);
    const zh = share(file.rows.filter((r) => r.lang === 'zh').length);
    const [harmfulMin, harmfulMax] = shares.harmful;
    const [zhMin, zhMax] = shares.zh;
    if (shares.total && (total < shares.total[0] || total > shares.total[1]))
      this.problems.push(`${total} rows is outside ${shares.total.join('–')}`);
    if (this.varied > shares.maxVaried * total)
      this.problems.push(`${this.varied} of ${total} rows are seeded variations`);
    if (harmful < harmfulMin || harmful > harmfulMax)
      this.problems.push(`label-1 share ${harmful.toFixed(3)} is outside ${harmfulMin}–${harmfulMax}`);
    if (zh < zhMin || zh > zhMax)
      this.problems.push(`Chinese share ${zh.toFixed(3)} is outside ${zhMin}–${zhMax}`);
    if (this.problems.length > 0) throw new Error(`${generator} checks failed:\n${this.problems.join('\n')}`);
    file.write();
    file.printCategories();
    process.stdout.write(
      `${this.varied} seeded variations; label-1 share ${harmful.toFixed(3)}, Chinese share ${zh.toFixed(3)}; ` +
        `skipped ${this.skipped} texts already in other authored files and ${this.nearSkipped} near copies of them\n`,
    );
  }

  count(key: string): void {
    this.kept.set(key, (this.kept.get(key) ?? 0) + 1);
  }

  /** English register noise on a few rows (counted in `varied`); Chinese rows stay as written. */
  private style(text: string, lang: Lang): string {
    if (lang !== 'en') return text;
    const out = registerNoise(this.options.random, text, 0.04, 0.08);
    if (out !== text) this.varied++;
    return out;
  }
}
