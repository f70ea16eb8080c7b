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

export interface AutomatonMatch {
  /** Index of the term in the array given to the builder. */
  term: number;
  start: number;
  end: number;
}

/** Receives each occurrence without a match object being allocated; return false to stop. */
export type MatchVisitor = (term: number, start: number, end: number) => boolean | undefined;

const NONE = -1;
/** `check` of a free slot (no node has a negative index). */
const FREE = -1;
/** `check` of the root's own slot: occupied, and no node's child. */
const ROOT_CHECK = -2;

/**
 * Slot record: base, check, then the nearest node on the suffix chain (itself included) ending a
 * term matched anywhere, and the nearest ending a whole-word term (0 = none). Two links, because
 * inside a word no whole-word term can end: one look at the next unit skips that whole chain.
 */
const STRIDE = 4;
const BASE = 0;
const CHECK = 1;
const ANYWHERE = 2;
const WHOLE = 3;

/**
 * Holes tried as a node's first child before its children go past the used region: bounds the load
 * time whatever the fan-out, at the cost of some sparseness.
 */
const MAX_HOLE_TRIES = 1024;
/** Holes a node with several children fails to fit before later ones start searching past them. */
const WIDE_SKIP = 64;

function isWordUnit(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f;
}

/** A pointer trie (children as linked lists), the builder's intermediate form. */
interface Trie {
  size: number;
  firstChild: Int32Array;
  nextSibling: Int32Array;
  symbol: Int32Array;
  term: Int32Array;
  depth: Int32Array;
}

/** Builds the trie with a temporary open-addressing table keyed by (node, symbol). */
function buildTrie(terms: readonly string[], symbolOf: Int32Array): Trie {
  let capacity = 1;
  for (const term of terms) capacity += term.length;
  const trie: Trie = {
    size: 1,
    firstChild: new Int32Array(capacity).fill(NONE),
    nextSibling: new Int32Array(capacity).fill(NONE),
    symbol: new Int32Array(capacity),
    term: new Int32Array(capacity).fill(NONE),
    depth: new Int32Array(capacity),
  };
  let slots = 1;
  while (slots < capacity * 2) slots <<= 1;
  const mask = slots - 1;
  // One probe slot = [node, symbol, child] side by side.
  const table = new Int32Array(slots * 3).fill(NONE);
  terms.forEach((term, index) => {
    if (term.length === 0) return;
    let node = 0;
    for (let i = 0; i < term.length; i++) {
      const symbol = symbolOf[term.charCodeAt(i)]!;
      let slot = (Math.imul(node, 0x9e3779b1) ^ Math.imul(symbol, 0x85ebca6b)) & mask;
      for (;;) {
        const at = table[slot * 3]!;
        if (at === NONE) {
          const child = trie.size++;
          trie.symbol[child] = symbol;
          trie.depth[child] = i + 1;
          trie.nextSibling[child] = trie.firstChild[node]!;
          trie.firstChild[node] = child;
          table[slot * 3] = node;
          table[slot * 3 + 1] = symbol;
          table[slot * 3 + 2] = child;
          node = child;
          break;
        }
        if (at === node && table[slot * 3 + 1] === symbol) {
          node = table[slot * 3 + 2]!;
          break;
        }
        slot = (slot + 1) & mask;
      }
    }
    if (trie.term[node] === NONE) trie.term[node] = index;
  });
  return trie;
}

/** Lays a trie out as a double array. */
class DoubleArrayBuilder {
  /** Slot records (see STRIDE), grown by doubling. */
  da: Int32Array;
  /** Slot → trie node, to find the node's children when it is its turn to place them. */
  nodeAt: Int32Array;
  /** Slots in breadth-first order (parents before children), for the failure links. */
  readonly order: Int32Array;
  orderLength = 0;
  /** Every slot from here on is free. */
  frontier: number;
  /** Free slots below the frontier, a doubly linked list in increasing order. */
  private holeNext: Int32Array;
  private holePrev: Int32Array;
  private holeHead = NONE;
  private holeTail = NONE;
  private wideStart = NONE;
  private readonly children: number[] = [];

  constructor(
    private readonly trie: Trie,
    private readonly symbols: number,
  ) {
    // Enough for a dense layout; sparse ones grow by doubling.
    const capacity = trie.size + symbols + 16;
    this.da = new Int32Array(capacity * STRIDE);
    this.nodeAt = new Int32Array(capacity).fill(NONE);
    this.holeNext = new Int32Array(capacity);
    this.holePrev = new Int32Array(capacity);
    this.order = new Int32Array(trie.size);
    for (let s = 0; s < capacity; s++) this.da[s * STRIDE + CHECK] = FREE;
    this.da[CHECK] = ROOT_CHECK;
    this.nodeAt[0] = 0;
    this.frontier = 1;
  }

  build(): void {
    // Breadth-first: a node's slot (the `check` of its children) is known before they are placed.
    this.order[this.orderLength++] = 0;
    for (let k = 0; k < this.orderLength; k++) {
      const slot = this.order[k]!;
      this.placeChildren(slot, this.nodeAt[slot]!);
    }
  }

  private placeChildren(parent: number, node: number): void {
    const children = this.children;
    children.length = 0;
    for (let c = this.trie.firstChild[node]!; c !== NONE; c = this.trie.nextSibling[c]!) children.push(c);
    if (children.length === 0) return;
    // In symbol order, so that breadth-first order is the terms' order (see the header).
    if (children.length > 1) children.sort((x, y) => this.trie.symbol[x]! - this.trie.symbol[y]!);
    // The root's children go at their symbol: a dense first-step table.
    const base = parent === 0 ? 0 : this.findBase(this.trie.symbol[children[0]!]!);
    for (const child of children) {
      const slot = base + this.trie.symbol[child]!;
      this.occupy(slot);
      this.da[slot * STRIDE + CHECK] = parent;
      this.nodeAt[slot] = child;
      this.order[this.orderLength++] = slot;
    }
    this.da[parent * STRIDE + BASE] = base;
  }

  /**
   * A base where every child is free: a hole if one fits within a few tries, else past the frontier.
   * A lone child takes the first hole it can; nodes with several children search from `wideStart`,
   * which moves on past holes they keep failing to fit (lone children fill those later).
   */
  private findBase(low: number): number {
    const lone = this.children.length === 1;
    let hole = lone ? this.holeHead : this.wideStart;
    for (let tries = 0; hole !== NONE && tries < MAX_HOLE_TRIES; tries++) {
      const base = hole - low;
      if (base >= 0 && this.fits(base)) return base;
      hole = this.holeNext[hole]!;
      if (!lone && tries === WIDE_SKIP) this.wideStart = hole;
    }
    // Every slot at or past the frontier is free, and all symbols are at least `low`.
    return Math.max(0, this.frontier - low);
  }

  private fits(base: number): boolean {
    for (const child of this.children) {
      const slot = base + this.trie.symbol[child]!;
      if (slot < this.frontier && this.da[slot * STRIDE + CHECK] !== FREE) return false;
    }
    return true;
  }

  /** Marks a free slot used: unlinks it from the holes, or moves the frontier past it. */
  private occupy(slot: number): void {
    if (slot < this.frontier) {
      const prev = this.holePrev[slot]!;
      const next = this.holeNext[slot]!;
      if (slot === this.wideStart) this.wideStart = next;
      if (prev === NONE) this.holeHead = next;
      else this.holeNext[prev] = next;
      if (next === NONE) this.holeTail = prev;
      else this.holePrev[next] = prev;
      return;
    }
    this.reserve(slot + 1);
    for (let s = this.frontier; s < slot; s++) this.addHole(s);
    this.frontier = slot + 1;
  }

  private addHole(slot: number): void {
    this.holePrev[slot] = this.holeTail;
    this.holeNext[slot] = NONE;
    if (this.holeTail === NONE) this.holeHead = slot;
    else this.holeNext[this.holeTail] = slot;
    this.holeTail = slot;
    if (this.wideStart === NONE) this.wideStart = slot;
  }

  /**
   * The records, trimmed to the used slots plus room for the largest symbol past the last base, so
   * that a step never reads out of bounds.
   */
  records(): Int32Array {
    const slots = this.frontier + this.symbols + 1;
    const da = new Int32Array(slots * STRIDE);
    da.set(this.da.subarray(0, Math.min(this.da.length, da.length)));
    for (let s = this.frontier; s < slots; s++) da[s * STRIDE + CHECK] = FREE;
    return da;
  }

  /** Grows the arrays so that `slots` slots exist. */
  private reserve(slots: number): void {
    const capacity = this.nodeAt.length;
    if (slots <= capacity) return;
    let grown = capacity;
    while (grown < slots) grown *= 2;
    const da = new Int32Array(grown * STRIDE);
    da.set(this.da);
    for (let s = capacity; s < grown; s++) da[s * STRIDE + CHECK] = FREE;
    this.da = da;
    this.nodeAt = grow(this.nodeAt, grown, NONE);
    this.holeNext = grow(this.holeNext, grown, NONE);
    this.holePrev = grow(this.holePrev, grown, NONE);
  }
}

function grow(array: Int32Array, length: number, fill: number): Int32Array {
  const out = new Int32Array(length).fill(fill);
  out.set(array);
  return out;
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
   * @param wholeWord per term: require non-word characters (or text edges) around Latin matches
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
