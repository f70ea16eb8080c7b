/**
 * Hand-written rows are kept as `kind|text` lines in template strings; `⏎` inside a text stands for a
 * line break. Blank lines and lines starting with `#` are skipped.
 */
export interface HandRow {
  kind: string;
  text: string;
}

export function parseLines(block: string): HandRow[] {
  const out: HandRow[] = [];
  for (const raw of block.split('\n')) {
    const line = raw.trim();
    if (line.length === 0 || line.startsWith('#')) continue;
    const bar = line.indexOf('|');
    if (bar <= 0) throw new Error(`malformed line (no kind): ${line}`);
    out.push({ kind: line.slice(0, bar), text: line.slice(bar + 1).replaceAll('⏎', '\n') });
  }
  return out;
}
