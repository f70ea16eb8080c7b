import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One row of the shared dataset schema (`text`, `label`, optional `lang`, `source`, `category`). */
export interface LabeledText {
  text: string;
  label: 0 | 1;
  lang: string;
  source: string;
  category: string;
}

/** Reads a JSONL file in the dataset schema; throws with the path and line on bad rows. */
export function readJsonl(path: string): LabeledText[] {
  const rows: LabeledText[] = [];
  const lines = readFileSync(path, 'utf8').split('\n');
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new Error(`${path}:${index + 1}: not valid JSON`);
    }
    if (typeof value !== 'object' || value === null) throw new Error(`${path}:${index + 1}: not an object`);
    const row = value as Record<string, unknown>;
    if (typeof row.text !== 'string' || (row.label !== 0 && row.label !== 1)) {
      throw new Error(`${path}:${index + 1}: needs "text" (string) and "label" (0 or 1)`);
    }
    rows.push({
      text: row.text,
      label: row.label,
      lang: normalizeLang(typeof row.lang === 'string' ? row.lang : guessLang(row.text)),
      source: typeof row.source === 'string' ? row.source : 'unknown',
      category: typeof row.category === 'string' ? row.category : '',
    });
  });
  return rows;
}

function normalizeLang(lang: string): string {
  const l = lang.toLowerCase();
  if (l === 'chinese' || l.startsWith('zh')) return 'zh';
  if (l === 'english' || l.startsWith('en')) return 'en';
  return l;
}

/** Language guess for rows without `lang`: any CJK ideograph makes it Chinese. */
export function guessLang(text: string): string {
  return /[\u4e00-\u9fff]/u.test(text) ? 'zh' : 'en';
}

export function fileSha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

export function exists(path: string): boolean {
  return existsSync(path);
}

/** Stable 32-bit hash of a string (split assignment by content, not by row order). */
export function stableHash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** The JSONL files under `dir`, in its folders too (the probe scripts read every row we have). */
export function jsonlFilesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return jsonlFilesUnder(path);
    return entry.name.endsWith('.jsonl') ? [path] : [];
  });
}
