/**
 * Builds the double array of the Aho–Corasick automaton (aho-corasick.ts): a pointer trie of the
 * terms, then its nodes laid out so that the children of a node sit at slot `base + symbol`, and a
 * slot is a node's child iff its `check` is that node.
 */

export const NONE = -1;
/** `check` of a free slot (no node has a negative index). */
const FREE = -1;
/** `check` of the root's own slot: occupied, and no node's child. */
const ROOT_CHECK = -2;

/**
 * Slot record: base, check, then the nearest node on the suffix chain (itself included) ending a
 * term matched anywhere, and the nearest ending a whole-word term (0 = none). Two links, because
 * inside a word no whole-word term can end: one look at the next unit skips that whole chain.
 */
export const STRIDE = 4;
export const BASE = 0;
export const CHECK = 1;
export const ANYWHERE = 2;
export const WHOLE = 3;

/**
 * Holes tried as a node's first child before its children go past the used region: bounds the load
 * time whatever the fan-out, at the cost of some sparseness.
 */
const MAX_HOLE_TRIES = 1024;
/** Holes a node with several children fails to fit before later ones start searching past them. */
const WIDE_SKIP = 64;

/** A pointer trie (children as linked lists), the builder's intermediate form. */
export interface Trie {
  size: number;
  firstChild: Int32Array;
  nextSibling: Int32Array;
  symbol: Int32Array;
  term: Int32Array;
  depth: Int32Array;
}

/** Builds the trie with a temporary open-addressing table keyed by (node, symbol). */
export function buildTrie(terms: readonly string[], symbolOf: Int32Array): Trie {
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
export class DoubleArrayBuilder {
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
