/**
 * Which of many keywords occur in a text, in one pass: candidates are looked up by their first
 * character, so a text is scanned once instead of once per keyword (there are ~150 gate words).
 */
export class KeywordIndex {
  /** Candidates by the first UTF-16 code unit (a flat table: faster than a Map on every character). */
  readonly #byFirst: (string[] | undefined)[] = new Array(65_536);

  constructor(keywords: Iterable<string>) {
    for (const keyword of new Set(keywords)) {
      if (keyword.length === 0) continue;
      const first = keyword.charCodeAt(0);
      const list = this.#byFirst[first];
      if (list) list.push(keyword);
      else this.#byFirst[first] = [keyword];
    }
  }

  /** The keywords present in `lower` (the caller lower-cases once). */
  present(lower: string): Set<string> {
    const found = new Set<string>();
    for (let i = 0; i < lower.length; i++) {
      const candidates = this.#byFirst[lower.charCodeAt(i)];
      if (!candidates) continue;
      for (const keyword of candidates) if (lower.startsWith(keyword, i)) found.add(keyword);
    }
    return found;
  }
}
