import type { LabeledText } from '../training/jsonl.js';

/**
 * `count` texts of 1 KB (UTF-8) for cost measurements, each a run of consecutive rows after its own
 * number, so no two texts are equal (no cache serves one from another).
 */
export function kilobyteTexts(rows: readonly LabeledText[], count: number): string[] {
  const texts: string[] = [];
  let k = 0;
  for (let i = 0; i < count; i++) {
    let text = `${i} `;
    while (Buffer.byteLength(text) < 1024) text += `${rows[k++ % rows.length]?.text ?? 'x'} `;
    while (Buffer.byteLength(text) > 1024) text = text.slice(0, -1);
    texts.push(text);
  }
  return texts;
}
