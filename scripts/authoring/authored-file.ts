/** Shared by the authoring generators: collects rows without repeats and writes one JSONL file. */
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export type Lang = 'en' | 'zh';

/** One row in the dataset schema (see ../shared/datasets/README.md). */
export interface AuthoredRow {
  text: string;
  label: 0 | 1;
  lang: Lang;
  source: 'authored';
  category: string;
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export class AuthoredFile {
  readonly rows: AuthoredRow[] = [];
  private readonly seen = new Set<string>();

  /**
   * @param name file name under data/authored/
   * @param key what makes two texts the same row (default: the trimmed text)
   */
  constructor(
    private readonly name: string,
    private readonly key: (text: string) => string = (text) => text,
  ) {}

  /** Adds a trimmed, non-empty text unless a row with the same key is already there. */
  add(text: string, label: 0 | 1, lang: Lang, category: string): void {
    const trimmed = text.trim();
    const key = this.key(trimmed);
    if (trimmed.length === 0 || this.seen.has(key)) return;
    this.seen.add(key);
    this.rows.push({ text: trimmed, label, lang, source: 'authored', category });
  }

  /** Writes the file and prints its row counts by language and label. */
  write(): void {
    const out = join(root, 'data/authored', this.name);
    writeFileSync(out, `${this.rows.map((r) => JSON.stringify(r)).join('\n')}\n`);
    const counts = new Map<string, number>();
    for (const r of this.rows)
      counts.set(`${r.lang} ${r.label}`, (counts.get(`${r.lang} ${r.label}`) ?? 0) + 1);
    process.stdout.write(`${out}: ${this.rows.length} rows ${JSON.stringify(Object.fromEntries(counts))}\n`);
  }
}
