/**
 * Which of many keywords occur in a text, in one pass: a single alternation (longest first) scanned
 * with overlaps, plus the keywords that are prefixes of a found one ("pass" inside "password", which
 * the alternation reports as "password" only). ~3x faster than a per-character candidate table.
 */
export class KeywordIndex {
  readonly #regex: RegExp | undefined;
  /** One-character keywords (Chinese province characters, 号) by code unit: a table, not the regex. */
  readonly #single = new Map<number, string>();
  readonly #singleTable = new Uint8Array(65_536);
  /** keyword → the other keywords that are its prefixes. */
  readonly #prefixes = new Map<string, string[]>();

  constructor(keywords: Iterable<string>) {
    const all = [...new Set(keywords)].filter((k) => k.length > 0);
    for (const k of all.filter((k) => k.length === 1)) {
      this.#single.set(k.charCodeAt(0), k);
      this.#singleTable[k.charCodeAt(0)] = 1;
    }
    const unique = all.filter((k) => k.length > 1).sort((a, b) => b.length - a.length);
    for (const k of unique)
      this.#prefixes.set(
        k,
        unique.filter((p) => p !== k && k.startsWith(p)),
      );
    const escaped = unique.map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    this.#regex = unique.length > 0 ? new RegExp(escaped.join('|'), 'g') : undefined;
  }

  /** The alternation, for the ReDoS test. */
  get pattern(): RegExp | undefined {
    return this.#regex;
  }

  /** The keywords present in `lower` (the caller lower-cases once). */
  present(lower: string): Set<string> {
    const found = new Set<string>();
    if (this.#single.size > 0) {
      for (let i = 0; i < lower.length; i++) {
        const code = lower.charCodeAt(i);
        if (this.#singleTable[code]) found.add(this.#single.get(code)!);
      }
    }
    const regex = this.#regex;
    if (!regex) return found;
    regex.lastIndex = 0;
    for (let m = regex.exec(lower); m !== null; m = regex.exec(lower)) {
      if (!found.has(m[0])) {
        found.add(m[0]);
        for (const p of this.#prefixes.get(m[0]) ?? []) found.add(p);
      }
      regex.lastIndex = m.index + 1; // overlapping keywords ("secret" inside "aws_secret")
    }
    return found;
  }
}
