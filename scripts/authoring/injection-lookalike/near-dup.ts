/**
 * Near-duplicate check by character-trigram Jaccard similarity over a normalised text (case, spacing
 * and punctuation removed), with an inverted index so thousands of rows stay cheap to compare.
 */
import { dedupKey, existingTexts } from '../authored-file.js';

function grams(t: string): Set<string> {
  const s = dedupKey(t);
  const out = new Set<string>();
  if (s.length < 3) out.add(s);
  for (let i = 0; i + 3 <= s.length; i++) out.add(s.slice(i, i + 3));
  return out;
}

export class NearDupIndex {
  private readonly sizes: number[] = [];
  private readonly postings = new Map<string, number[]>();

  /** Highest Jaccard similarity between `text` and any indexed text (0 when none). */
  maxSimilarity(text: string): number {
    const g = grams(text);
    const shared = new Map<number, number>();
    for (const x of g) for (const id of this.postings.get(x) ?? []) shared.set(id, (shared.get(id) ?? 0) + 1);
    let best = 0;
    for (const [id, n] of shared) {
      const j = n / (g.size + (this.sizes[id] ?? 0) - n);
      if (j > best) best = j;
    }
    return best;
  }

  add(text: string): void {
    const g = grams(text);
    const id = this.sizes.length;
    this.sizes.push(g.size);
    for (const x of g) {
      const list = this.postings.get(x);
      if (list) list.push(id);
      else this.postings.set(x, [id]);
    }
  }
}

/**
 * What a generator checks its rows against: the dedup keys of the other training files and
 * persona.jsonl, and a near-duplicate index of their whole texts.
 */
export function existingForNearDup(exclude: string): { keys: Set<string>; index: NearDupIndex } {
  const texts = existingTexts({ exclude, files: 'train-and-persona' });
  const index = new NearDupIndex();
  for (const text of texts) index.add(text);
  return { keys: new Set([...texts].map(dedupKey)), index };
}
