/**
 * Aho–Corasick automaton over UTF-16 code units: one pass over the text finds every occurrence of
 * every term, whatever the number of terms. Units are mapped to a compact alphabet first, so text
 * made of characters that occur in no term costs one table lookup per unit. CJK-aware by
 * construction (no word boundaries needed); Latin terms can ask for whole-word matches.
 *
 * Transitions live in a double-array trie: the children of a node sit at slot `base + symbol`, and
 * a slot is a node's child iff its `check` is that node, so a step is an add and a compare whatever
 * the fan-out (the root, at base 0, is a dense table of first characters). A slot's base, check and
 * dictionary links share one 16-byte record. Symbols are numbered in code-unit order and laid out
 * breadth-first in that order, so the nodes of one script's terms stay near each other in memory.
 */

import * as doubleArray from './double-array.js';

// Module-local copies: an imported binding is re-read on every use in the scan loop.
const { ANYWHERE, BASE, buildTrie, CHECK, DoubleArrayBuilder, NONE, STRIDE, WHOLE } = doubleArray;

export interface AutomatonMatch {
  /** Index of the term in the array given to the builder. */
  term: number;
  start: number;
  end: number;
}

/** Receives each occurrence without a match object being allocated; return false to stop. */
export type MatchVisitor = (term: number, start: number, end: number) => boolean | undefined;

/** ASCII letters, digits and _, and Greek and Cyrillic units (whole-word terms are in those scripts). */
function isWordUnit(c: number): boolean {
  return (
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x30 && c <= 0x39) ||
    c === 0x5f ||
    (c >= 0x370 && c <= 0x52f)
  );
}

export class AhoCorasick {
  /** UTF-16 unit → symbol (1..n) for units that occur in some term; 0 means "in no term". */
  private readonly symbolOf = new Int32Array(65_536);
  /** Slot records: base, check, anywhere link, whole-word link (see STRIDE). */
  private readonly da: Int32Array;
  private readonly fail: Int32Array;
  /** Term ending at this slot's node, or -1. */
  private readonly termAt: Int32Array;
  private readonly depth: Int32Array;
  /** For a node ending a term: the next node on its suffix chain ending a term of the same kind. */
  private readonly chain: Int32Array;
  private readonly wholeWord: Uint8Array;
  readonly nodeCount: number;

  /**
   * @param terms already normalised terms (empty ones are ignored)
   * @param wholeWord per term: require non-word characters (or text edges) around its matches
   */
  constructor(terms: readonly string[], wholeWord: (index: number) => boolean = () => false) {
    // A compact alphabet: a unit that occurs in no term sends the automaton straight to the root.
    let symbols = 0;
    for (const term of terms) {
      for (let i = 0; i < term.length; i++) {
        this.symbolOf[term.charCodeAt(i)] = 1;
      }
    }
    // Numbered in code-unit order: one script's units get neighbouring symbols.
    for (let unit = 0; unit < 65_536; unit++) if (this.symbolOf[unit] !== 0) this.symbolOf[unit] = ++symbols;
    this.wholeWord = new Uint8Array(terms.length);
    for (let i = 0; i < terms.length; i++) this.wholeWord[i] = wholeWord(i) ? 1 : 0;
    const trie = buildTrie(terms, this.symbolOf);
    this.nodeCount = trie.size;
    const builder = new DoubleArrayBuilder(trie, symbols);
    builder.build();
    this.da = builder.records();
    const slots = this.da.length / STRIDE;
    this.fail = new Int32Array(slots);
    this.termAt = new Int32Array(slots).fill(NONE);
    this.depth = new Int32Array(slots);
    this.chain = new Int32Array(slots);
    for (let s = 0; s < builder.frontier; s++) {
      const node = builder.nodeAt[s]!;
      if (node === NONE) continue;
      this.termAt[s] = trie.term[node]!;
      this.depth[s] = trie.depth[node]!;
    }
    this.link(builder.order.subarray(0, builder.orderLength));
  }

  /** Failure and dictionary links, in breadth-first order (a node's suffixes are shallower). */
  private link(order: Int32Array): void {
    const da = this.da;
    for (const slot of order) {
      if (slot === 0) continue;
      const parent = da[slot * STRIDE + CHECK]!;
      let f = 0;
      if (parent !== 0) {
        const symbol = slot - da[parent * STRIDE + BASE]!;
        let p = this.fail[parent]!;
        for (;;) {
          const next = this.child(p, symbol);
          if (next !== NONE) {
            f = next;
            break;
          }
          if (p === 0) break;
          p = this.fail[p]!;
        }
      }
      this.fail[slot] = f;
      const term = this.termAt[slot]!;
      const whole = term !== NONE && this.wholeWord[term] === 1;
      const anywhere = term !== NONE && !whole;
      da[slot * STRIDE + ANYWHERE] = anywhere ? slot : da[f * STRIDE + ANYWHERE]!;
      da[slot * STRIDE + WHOLE] = whole ? slot : da[f * STRIDE + WHOLE]!;
      if (term !== NONE) this.chain[slot] = da[f * STRIDE + (whole ? WHOLE : ANYWHERE)]!;
    }
  }

  /** Child of `node` by `symbol`, or -1. */
  private child(node: number, symbol: number): number {
    const slot = this.da[node * STRIDE + BASE]! + symbol;
    return this.da[slot * STRIDE + CHECK] === node ? slot : NONE;
  }

  /** Calls `onMatch` for every (possibly overlapping) occurrence; return false to stop early. */
  scan(text: string, onMatch: (match: AutomatonMatch) => boolean | undefined): void {
    this.visit(text, (term, start, end) => onMatch({ term, start, end }));
  }

  /**
   * Like `scan`, without a match object per occurrence. Occurrences come by end offset, then
   * longest first.
   */
  visit(text: string, onMatch: MatchVisitor): void {
    const symbolOf = this.symbolOf;
    const da = this.da;
    const fail = this.fail;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const symbol = symbolOf[text.charCodeAt(i)]!;
      if (symbol === 0) {
        state = 0;
        continue;
      }
      for (;;) {
        const slot = da[state * STRIDE + BASE]! + symbol;
        if (da[slot * STRIDE + CHECK] === state) {
          state = slot;
          break;
        }
        if (state === 0) break;
        state = fail[state]!;
      }
      const anywhere = da[state * STRIDE + ANYWHERE]!;
      const whole = da[state * STRIDE + WHOLE]!;
      if ((anywhere | whole) !== 0 && !this.report(text, i + 1, anywhere, whole, onMatch)) return;
    }
  }

  /**
   * Reports the terms ending at `end`, merging the two suffix chains longest first. Every whole-word
   * candidate ends at `end`, so one look at the unit after it rules them all out inside a word.
   */
  private report(text: string, end: number, anywhere: number, whole: number, onMatch: MatchVisitor): boolean {
    let a = anywhere;
    let w = whole !== 0 && isWordUnit(text.charCodeAt(end)) ? 0 : whole;
    while (a !== 0 || w !== 0) {
      let node: number;
      if (w === 0 || (a !== 0 && this.depth[a]! > this.depth[w]!)) {
        node = a;
        a = this.chain[a]!;
      } else {
        node = w;
        w = this.chain[w]!;
        if (isWordUnit(text.charCodeAt(end - this.depth[node]! - 1))) continue;
      }
      if (onMatch(this.termAt[node]!, end - this.depth[node]!, end) === false) return false;
    }
    return true;
  }

  /** Number of occurrences (what `findAll(text).length` would be), allocating nothing. */
  count(text: string): number {
    let n = 0;
    this.visit(text, () => {
      n++;
      return true;
    });
    return n;
  }

  findAll(text: string): AutomatonMatch[] {
    const out: AutomatonMatch[] = [];
    this.visit(text, (term, start, end) => {
      out.push({ term, start, end });
      return true;
    });
    return out;
  }
}
