/**
 * Aho–Corasick automaton over UTF-16 code units: one pass over the text finds every occurrence of
 * every term, whatever the number of terms. Units are mapped to a compact alphabet first, so text
 * made of characters that occur in no term costs one table lookup per unit. CJK-aware by construction (no word boundaries needed);
 * Latin terms can ask for whole-word matches. Transitions live in typed arrays: a dense table for
 * the root (every first character) and an open-addressing hash for deeper nodes.
 */

export interface AutomatonMatch {
  /** Index of the term in the array given to the builder. */
  term: number;
  start: number;
  end: number;
}

const EMPTY = -1;

function isWordUnit(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f;
}

export class AhoCorasick {
  /** UTF-16 unit → symbol (1..n) for units that occur in some term; 0 means "in no term". */
  private readonly symbolOf = new Int32Array(65_536);
  private root: Int32Array = new Int32Array(0);
  /** Open addressing, one slot = [node, symbol, child] side by side (one cache line per probe). */
  private table: Int32Array = new Int32Array(0);
  private hashMask = 0;
  private readonly fail: Int32Array;
  /** Next node on the suffix chain that ends a term (dictionary suffix link), or 0. */
  private readonly outLink: Int32Array;
  /** Term ending at this node, or -1. */
  private readonly termAt: Int32Array;
  private readonly depth: Int32Array;
  private readonly wholeWord: Uint8Array;
  readonly nodeCount: number;

  /**
   * @param terms already normalised terms (empty ones are ignored)
   * @param wholeWord per term: require non-word characters (or text edges) around Latin matches
   */
  constructor(terms: readonly string[], wholeWord: (index: number) => boolean = () => false) {
    // A compact alphabet: a unit that occurs in no term sends the automaton straight to the root.
    let symbols = 0;
    for (const term of terms) {
      for (let i = 0; i < term.length; i++) {
        const unit = term.charCodeAt(i);
        if (this.symbolOf[unit] === 0) this.symbolOf[unit] = ++symbols;
      }
    }
    this.root = new Int32Array(symbols + 1);
    // Build the trie with a temporary Map keyed by node * 65536 + symbol.
    const edges = new Map<number, number>();
    const parentOf: number[] = [0];
    const unitOf: number[] = [0];
    const termAt: number[] = [EMPTY];
    const depth: number[] = [0];
    terms.forEach((term, index) => {
      if (term.length === 0) return;
      let node = 0;
      for (let i = 0; i < term.length; i++) {
        const unit = this.symbolOf[term.charCodeAt(i)] ?? 0;
        const key = node * 65_536 + unit;
        let next = edges.get(key);
        if (next === undefined) {
          next = parentOf.length;
          parentOf.push(node);
          unitOf.push(unit);
          termAt.push(EMPTY);
          depth.push(i + 1);
          edges.set(key, next);
        }
        node = next;
      }
      if (termAt[node] === EMPTY) termAt[node] = index;
    });
    const n = parentOf.length;
    this.nodeCount = n;
    this.termAt = Int32Array.from(termAt);
    this.depth = Int32Array.from(depth);
    this.wholeWord = new Uint8Array(terms.length);
    for (let i = 0; i < terms.length; i++) this.wholeWord[i] = wholeWord(i) ? 1 : 0;
    this.buildHash(edges);
    // Failure links in BFS order: nodes were created in insertion order, so sort by depth.
    this.fail = new Int32Array(n);
    this.outLink = new Int32Array(n);
    const order = Array.from({ length: n - 1 }, (_, i) => i + 1).sort(
      (a, b) => (depth[a] ?? 0) - (depth[b] ?? 0),
    );
    for (const node of order) {
      const parent = parentOf[node] ?? 0;
      const unit = unitOf[node] ?? 0;
      let f = 0;
      if (parent !== 0) {
        let p = this.fail[parent] ?? 0;
        for (;;) {
          const next = this.step(p, unit);
          if (next !== EMPTY) {
            f = next;
            break;
          }
          if (p === 0) break;
          p = this.fail[p] ?? 0;
        }
      }
      this.fail[node] = f;
      this.outLink[node] = (this.termAt[f] ?? EMPTY) !== EMPTY ? f : (this.outLink[f] ?? 0);
    }
  }

  private buildHash(edges: Map<number, number>): void {
    let size = 1;
    while (size < edges.size * 2) size <<= 1;
    this.hashMask = size - 1;
    this.table = new Int32Array(size * 3).fill(EMPTY);
    for (const [key, child] of edges) {
      const node = Math.floor(key / 65_536);
      const unit = key % 65_536;
      if (node === 0) {
        this.root[unit] = child;
        continue;
      }
      let slot = this.slot(node, unit);
      while (this.table[slot * 3] !== EMPTY) slot = (slot + 1) & this.hashMask;
      this.table[slot * 3] = node;
      this.table[slot * 3 + 1] = unit;
      this.table[slot * 3 + 2] = child;
    }
  }

  private slot(node: number, unit: number): number {
    return (Math.imul(node, 0x9e3779b1) ^ Math.imul(unit, 0x85ebca6b)) & this.hashMask;
  }

  /** Child of `node` by `unit`, or -1 (the root never fails: it returns 0 for unknown units). */
  private step(node: number, unit: number): number {
    if (node === 0) {
      const child = this.root[unit] ?? 0;
      return child === 0 ? EMPTY : child;
    }
    const table = this.table;
    let slot = this.slot(node, unit);
    for (;;) {
      const at = table[slot * 3] ?? EMPTY;
      if (at === EMPTY) return EMPTY;
      if (at === node && table[slot * 3 + 1] === unit) return table[slot * 3 + 2] ?? EMPTY;
      slot = (slot + 1) & this.hashMask;
    }
  }

  /** Calls `onMatch` for every (possibly overlapping) occurrence; return false to stop early. */
  scan(text: string, onMatch: (match: AutomatonMatch) => boolean | undefined): void {
    let state = 0;
    const symbolOf = this.symbolOf;
    for (let i = 0; i < text.length; i++) {
      const unit = symbolOf[text.charCodeAt(i)] ?? 0;
      if (unit === 0) {
        state = 0;
        continue;
      }
      for (;;) {
        const next = this.step(state, unit);
        if (next !== EMPTY) {
          state = next;
          break;
        }
        if (state === 0) break;
        state = this.fail[state] ?? 0;
      }
      if (state === 0) continue;
      let node = (this.termAt[state] ?? EMPTY) !== EMPTY ? state : (this.outLink[state] ?? 0);
      while (node !== 0) {
        const term = this.termAt[node] ?? EMPTY;
        const end = i + 1;
        const start = end - (this.depth[node] ?? 0);
        if (
          !this.wholeWord[term] ||
          (!isWordUnit(text.charCodeAt(start - 1)) && !isWordUnit(text.charCodeAt(end)))
        ) {
          if (onMatch({ term, start, end }) === false) return;
        }
        node = this.outLink[node] ?? 0;
      }
    }
  }

  findAll(text: string): AutomatonMatch[] {
    const out: AutomatonMatch[] = [];
    this.scan(text, (m) => {
      out.push(m);
      return true;
    });
    return out;
  }
}
