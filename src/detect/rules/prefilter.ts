/**
 * Literal pre-filter for the rule regexes. Each rule comes with groups of literals that every match
 * contains (see literals.ts); one pass of a deterministic automaton over the text finds which
 * literals occur, and only rules with a literal of every group present run their regex. On ordinary
 * text almost every rule is skipped, so the cost is one table lookup per character instead of one
 * regex scan per rule.
 */

/**
 * Literals are matched with spaces removed, on the text with spaces skipped: a text containing a
 * literal also contains it with the spaces dropped, so the filter only gets more permissive, and the
 * many "tell me" / "tellme" variants of the optional-space convention collapse into one.
 */
const SPACE = 0x20;
/**
 * Any substring of a required literal is required too: capping the length bounds the automaton. At 8
 * units, prefixes such as "ignoreal" let regexes run that the whole literal would have skipped: on
 * 1 KB texts of trigger-word benign prompts the prompt-injection rules cost 17 µs against 15 at 12 or
 * 16 (at 5 or 6: 27–31).
 */
const MAX_LITERAL = 12;
/** Largest transition table built (entries); a larger literal set disables the pre-filter instead. */
const MAX_TABLE = 1 << 22;

/** The automaton's form of a literal (never empty: literals hold at least two non-space units). */
function filterForm(literal: string): string {
  return literal.replace(/ /g, '').slice(0, MAX_LITERAL);
}

/**
 * Aho–Corasick compiled to a dense transition table over a compact alphabet (units that occur in no
 * literal share symbol 0 and lead back to the root), so a step is one array read. Table entries are
 * row offsets (state × symbols) times two, plus one when the state recognises a literal: the scan
 * needs neither a multiplication nor a second lookup per unit.
 */
class LiteralAutomaton {
  private readonly symbolOf = new Uint16Array(65_536);
  private readonly symbols: number;
  private readonly delta: Int32Array;
  /** Literal ids recognised on entering a state: outIds[outStart[s] .. outStart[s + 1]). */
  private readonly outStart: Int32Array;
  private readonly outIds: Int32Array;

  /** @param ids the id each literal marks (shared by the automata of one pre-filter) */
  constructor(literals: readonly string[], ids: readonly number[]) {
    let symbols = 1;
    for (const literal of literals) {
      for (let i = 0; i < literal.length; i++) {
        const unit = literal.charCodeAt(i);
        if (this.symbolOf[unit] === 0) this.symbolOf[unit] = symbols++;
      }
    }
    // Spaces are skipped by a column that stays in the current state (literals hold no spaces):
    // the scan needs no branch per unit for them.
    const space = symbols++;
    this.symbolOf[SPACE] = space;
    this.symbols = symbols;
    // The trie has at most one state per literal unit (plus the root).
    const bound = literals.reduce((sum, literal) => sum + literal.length, 1);
    if (bound * symbols > MAX_TABLE) throw new RangeError('literal automaton too large');
    const trie = buildTrie(literals, this.symbolOf, symbols);
    const states = trie.ends.length;
    const next = new Int32Array(states * symbols);
    const fail = new Int32Array(states);
    const outs: number[][] = trie.ends.map((ends) => ends.map((k) => ids[k] ?? 0));
    // Breadth-first: a state's failure target is shallower, so its row and outputs are final.
    const queue: number[] = [];
    for (let a = 0; a < symbols; a++) {
      const child = trie.children[a] ?? 0;
      next[a] = child;
      if (child !== 0) queue.push(child);
    }
    for (let q = 0; q < queue.length; q++) {
      const s = queue[q] ?? 0;
      const f = fail[s] ?? 0;
      outs[s]?.push(...(outs[f] ?? []));
      for (let a = 0; a < symbols; a++) {
        const child = trie.children[s * symbols + a] ?? 0;
        const viaFail = next[f * symbols + a] ?? 0;
        next[s * symbols + a] = child === 0 ? viaFail : child;
        if (child !== 0) {
          fail[child] = viaFail;
          queue.push(child);
        }
      }
    }
    this.delta = next.map((s) => s * symbols * 2 + ((outs[s]?.length ?? 0) > 0 ? 1 : 0));
    // Staying in a state recognises nothing new: its literals were marked on entering it.
    for (let s = 0; s < states; s++) this.delta[s * symbols + space] = s * symbols * 2;
    this.outStart = new Int32Array(states + 1);
    const flat: number[] = [];
    outs.forEach((ids, s) => {
      this.outStart[s] = flat.length;
      flat.push(...ids);
    });
    this.outStart[states] = flat.length;
    this.outIds = Int32Array.from(flat);
  }

  /**
   * Adds to `seen` every literal that occurs in units[0, length) with spaces skipped; returns
   * whether any unit is outside ASCII.
   */
  mark(units: Uint16Array, length: number, seen: LiteralSet): boolean {
    const { symbolOf, delta, symbols } = this;
    let row = 0;
    let all = 0;
    for (let i = 0; i < length; i++) {
      const unit = units[i] ?? 0;
      all |= unit;
      const entry = delta[row + (symbolOf[unit] ?? 0)] ?? 0;
      row = entry >> 1;
      if ((entry & 1) !== 0) this.recognise(row / symbols, seen);
    }
    return all >= 0x80;
  }

  /** Whether a unit outside ASCII occurs in some literal (else a scan could not find any). */
  mayOccurIn(units: Uint16Array, length: number): boolean {
    const symbolOf = this.symbolOf;
    for (let i = 0; i < length; i++) {
      const unit = units[i] ?? 0;
      if (unit >= 0x80 && symbolOf[unit] !== 0) return true;
    }
    return false;
  }

  private recognise(state: number, seen: LiteralSet): void {
    const end = this.outStart[state + 1] ?? 0;
    for (let k = this.outStart[state] ?? 0; k < end; k++) seen.add(this.outIds[k] ?? 0);
  }
}

/**
 * The literals found in one text, each once, in a reused buffer: a stamp per literal says whether it
 * was seen in the current text, so nothing is cleared or allocated between texts.
 */
class LiteralSet {
  private readonly stamp: Int32Array;
  private current = 0;
  readonly ids: Int32Array;
  size = 0;

  constructor(literalCount: number) {
    this.stamp = new Int32Array(literalCount);
    this.ids = new Int32Array(literalCount);
  }

  clear(): void {
    this.current = (this.current + 1) | 0;
    if (this.current === 0) {
      // Wrapped after 2^32 texts: a stamp that old would read as seen.
      this.stamp.fill(0);
      this.current = 1;
    }
    this.size = 0;
  }

  add(id: number): void {
    if (this.stamp[id] === this.current) return;
    this.stamp[id] = this.current;
    this.ids[this.size++] = id;
  }
}

/** Trie of the literals: children[state * symbols + symbol] (0 = none) and the ids ending at each state. */
function buildTrie(
  literals: readonly string[],
  symbolOf: Uint16Array,
  symbols: number,
): { children: number[]; ends: number[][] } {
  const children: number[] = new Array(symbols).fill(0);
  const ends: number[][] = [[]];
  literals.forEach((literal, id) => {
    let state = 0;
    for (let i = 0; i < literal.length; i++) {
      const slot = state * symbols + (symbolOf[literal.charCodeAt(i)] ?? 0);
      let next = children[slot] ?? 0;
      if (next === 0) {
        next = ends.length;
        ends.push([]);
        for (let a = 0; a < symbols; a++) children.push(0);
        children[slot] = next;
      }
      state = next;
    }
    ends[state]?.push(id);
  });
  return { children, ends };
}

function isAscii(literal: string): boolean {
  for (let i = 0; i < literal.length; i++) if (literal.charCodeAt(i) >= 0x80) return false;
  return true;
}

/** Literal groups that every match contains (a literal of each group): a conjunction. */
export type LiteralGroups = readonly (readonly string[])[];

/**
 * Which rules of a set can match a text. Each rule gives one conjunction of literal groups per
 * top-level branch of its pattern (see requiredLiteralBranches): it must run when every group of
 * some branch has a literal in the text. A branch without groups always runs its rule.
 */
export class RulePrefilter {
  private readonly ruleCount: number;
  /** Groups each branch requires; branches are numbered across all rules. */
  private readonly groupsOfBranch: Int32Array;
  private readonly ruleOfBranch: Int32Array;
  /** Branch of each group (groups are numbered across all branches). */
  private readonly branchOfGroup: Int32Array;
  /** Groups each literal satisfies: groupIds[groupStart[id] .. groupStart[id + 1]). */
  private readonly groupStart: Int32Array;
  private readonly groupIds: Int32Array;
  /** ASCII-only literals, and those with other units (scanned only when the text has such units). */
  private readonly automata: { ascii: LiteralAutomaton; wide: LiteralAutomaton } | undefined;
  private readonly seen: LiteralSet;
  /** Per group: whether the current text satisfies it (stamped like LiteralSet). */
  private readonly groupStamp: Int32Array;
  private stamp = 0;
  /** Per branch: groups the current text satisfies (reused between texts). */
  private readonly satisfied: Int32Array;

  constructor(rules: readonly (readonly LiteralGroups[])[]) {
    const ids = new Map<string, number>();
    const ruleOfBranch: number[] = [];
    const groupsOf: number[][][] = rules.flatMap((branches, rule) =>
      branches.map((groups) => {
        ruleOfBranch.push(rule);
        return (
          groups
            // A literal of fewer than two units once spaces are dropped would not filter anything.
            .filter((group) => group.every((literal) => filterForm(literal).length >= 2))
            .map((group) => [
              ...new Set(
                group.map((literal) => {
                  const form = filterForm(literal);
                  const id = ids.get(form) ?? ids.size;
                  ids.set(form, id);
                  return id;
                }),
              ),
            ])
        );
      }),
    );
    this.ruleCount = rules.length;
    this.ruleOfBranch = Int32Array.from(ruleOfBranch);
    this.groupsOfBranch = Int32Array.from(groupsOf, (groups) => groups.length);
    this.satisfied = new Int32Array(groupsOf.length);
    const branchOfGroup: number[] = [];
    const groupsOfLiteral: number[][] = Array.from({ length: ids.size }, () => []);
    groupsOf.forEach((groups, branch) => {
      for (const group of groups) {
        for (const id of group) groupsOfLiteral[id]?.push(branchOfGroup.length);
        branchOfGroup.push(branch);
      }
    });
    this.branchOfGroup = Int32Array.from(branchOfGroup);
    this.groupStamp = new Int32Array(branchOfGroup.length);
    this.groupStart = new Int32Array(ids.size + 1);
    groupsOfLiteral.forEach((groups, id) => {
      this.groupStart[id + 1] = (this.groupStart[id] ?? 0) + groups.length;
    });
    this.groupIds = Int32Array.from(groupsOfLiteral.flat());
    this.seen = new LiteralSet(ids.size);
    const forms = [...ids.entries()];
    const part = (keep: boolean) => forms.filter(([form]) => isAscii(form) === keep);
    try {
      this.automata = {
        ascii: new LiteralAutomaton(...unzip(part(true))),
        wide: new LiteralAutomaton(...unzip(part(false))),
      };
    } catch (error) {
      // Too many literals to tabulate: every rule simply runs its regex.
      if (!(error instanceof RangeError)) throw error;
      this.automata = undefined;
    }
  }

  /** Per rule: 1 when its regex must run on the text (some branch has a literal of each of its groups). */
  candidates(units: Uint16Array, length: number): Uint8Array {
    const pass = new Uint8Array(this.ruleCount);
    if (!this.automata) return pass.fill(1);
    const { ascii, wide } = this.automata;
    const seen = this.seen;
    seen.clear();
    // Literals with non-ASCII units can only occur in text that has some of those units.
    if (ascii.mark(units, length, seen) && wide.mayOccurIn(units, length)) wide.mark(units, length, seen);
    // Count, per branch, the groups that a seen literal satisfies (each group once).
    this.stamp = (this.stamp + 1) | 0;
    if (this.stamp === 0) {
      this.groupStamp.fill(0);
      this.stamp = 1;
    }
    const satisfied = this.satisfied;
    satisfied.fill(0);
    for (let k = 0; k < seen.size; k++) {
      const id = seen.ids[k] ?? 0;
      const end = this.groupStart[id + 1] ?? 0;
      for (let g = this.groupStart[id] ?? 0; g < end; g++) {
        const group = this.groupIds[g] ?? 0;
        if (this.groupStamp[group] === this.stamp) continue;
        this.groupStamp[group] = this.stamp;
        const branch = this.branchOfGroup[group] ?? 0;
        satisfied[branch] = (satisfied[branch] ?? 0) + 1;
      }
    }
    for (let branch = 0; branch < satisfied.length; branch++) {
      if (satisfied[branch] === this.groupsOfBranch[branch]) pass[this.ruleOfBranch[branch] ?? 0] = 1;
    }
    return pass;
  }
}

function unzip(pairs: readonly [string, number][]): [string[], number[]] {
  return [pairs.map(([form]) => form), pairs.map(([, id]) => id)];
}
