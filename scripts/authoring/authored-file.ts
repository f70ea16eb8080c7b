/** Shared by the authoring generators: collects rows without repeats and writes one JSONL file. */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export type Lang = 'en' | 'zh';
/**
 * ISO 639-1 codes of the rows in other languages (injection-multilingual). Kept apart from `Lang` so the
 * generators that key a `Record<Lang, …>` by English and Chinese are unchanged.
 */
export type OtherLang =
  | 'es'
  | 'fr'
  | 'de'
  | 'pt'
  | 'it'
  | 'ja'
  | 'ko'
  | 'ru'
  | 'ar'
  | 'vi'
  | 'id'
  | 'tr'
  | 'hi'
  | 'pl'
  | 'nl'
  | 'th'
  | 'uk'
  | 'sv'
  | 'cs'
  | 'he'
  | 'fa'
  | 'ms'
  | 'el';
/** Any language a row may carry. */
export type RowLang = Lang | OtherLang;

/** One row in the dataset schema (see ../shared/datasets/README.md). */
export interface AuthoredRow {
  text: string;
  label: 0 | 1;
  lang: RowLang;
  source: 'authored';
  category: string;
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const authored = join(root, 'data/authored');

/** Dedup key: case, spacing and punctuation do not make a new prompt. */
export const dedupKey = (text: string): string => text.toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, '');

/** Which other authored files a generator checks its texts against; eval files are never opened. */
export type ExistingFiles = 'train' | 'train-and-persona' | 'all-but-eval';

const READS: Record<ExistingFiles, (name: string) => boolean> = {
  train: (name) => name.startsWith('train') && name.endsWith('.jsonl'),
  'train-and-persona': (name) => READS.train(name) || name === 'persona.jsonl',
  'all-but-eval': (name) => name.endsWith('.jsonl'),
};

/**
 * Keys of the texts already in other data/authored files, so a generator does not repeat them.
 * @param exclude the generator's own output file, never read
 * @param key what makes two texts the same, applied to the trimmed text (default: the trimmed text)
 * @param files which files to read (default: train*.jsonl)
 */
export function existingTexts({
  exclude,
  key = (text) => text,
  files = 'train',
}: {
  exclude: string;
  key?: (text: string) => string;
  files?: ExistingFiles;
}): Set<string> {
  return new Set(existingRows({ exclude, files }).map((row) => key(row.text.trim())));
}

/**
 * Rows (text and language) of the other data/authored files, in file-name order; eval files are never
 * opened. For generators whose near-duplicate check works per language.
 */
export function existingRows({
  exclude,
  files = 'train',
}: {
  exclude: string;
  files?: ExistingFiles;
}): { text: string; lang: string }[] {
  const out: { text: string; lang: string }[] = [];
  for (const name of readdirSync(authored).sort()) {
    if (name === exclude || name.startsWith('eval') || !READS[files](name)) continue;
    for (const line of readFileSync(join(authored, name), 'utf8').split('\n'))
      if (line.trim().length > 0) out.push(JSON.parse(line) as { text: string; lang: string });
  }
  return out;
}

export class AuthoredFile {
  readonly rows: AuthoredRow[] = [];
  private readonly seen = new Set<string>();

  /**
   * @param name file name under data/authored/
   * @param key what makes two texts the same row (default: the trimmed text)
   */
  constructor(
    readonly name: string,
    private readonly key: (text: string) => string = (text) => text,
  ) {}

  /** Whether a row with the same key as this text (trimmed) is already here. */
  has(text: string): boolean {
    return this.seen.has(this.key(text.trim()));
  }

  /**
   * Adds a trimmed, non-empty text unless a row with the same key is already there.
   * @returns whether the row was added
   */
  add(text: string, label: 0 | 1, lang: RowLang, category: string): boolean {
    const trimmed = text.trim();
    const key = this.key(trimmed);
    if (trimmed.length === 0 || this.seen.has(key)) return false;
    this.seen.add(key);
    this.rows.push({ text: trimmed, label, lang, source: 'authored', category });
    return true;
  }

  /** Writes the file and prints its row counts by language and label. */
  write(): void {
    const out = join(authored, this.name);
    writeFileSync(out, `${this.rows.map((r) => JSON.stringify(r)).join('\n')}\n`);
    const counts = new Map<string, number>();
    for (const r of this.rows)
      counts.set(`${r.lang} ${r.label}`, (counts.get(`${r.lang} ${r.label}`) ?? 0) + 1);
    process.stdout.write(`${out}: ${this.rows.length} rows ${JSON.stringify(Object.fromEntries(counts))}\n`);
  }

  /** Prints the rows per language and category, label 1 and label 0 apart, so thin classes show. */
  printCategories(): void {
    const counts = new Map<string, [number, number]>();
    for (const r of this.rows) {
      const key = `${r.lang} ${r.category}`;
      const pair = counts.get(key) ?? [0, 0];
      pair[r.label]++;
      counts.set(key, pair);
    }
    for (const [key, [zero, one]] of [...counts].sort(([a], [b]) => (a < b ? -1 : 1)))
      process.stdout.write(`  ${key}: ${one} label 1, ${zero} label 0\n`);
  }
}
