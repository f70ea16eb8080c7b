/**
 * Required literals of a regular expression, for a pre-filter that skips a rule's regex on text that
 * cannot match it. The result is a conjunction of groups: every match contains at least one literal
 * of every group. The analysis is conservative: any construct it does not model is treated as "can
 * match anything" (no literal), so it may find no group, but never a wrong one. Patterns are matched
 * case-sensitively (the rule flags never include `i`): the literals are taken as written.
 *
 * Spaces are left out of literals: the pre-filter looks for them in the text with its spaces skipped
 * (see prefilter.ts), so "every match contains the literal" holds of the match without its spaces.
 * Without them, the rules' optional spaces (see expandPattern) do not double the exact sets.
 */

/** What one node of the pattern guarantees about the strings it matches. */
interface Info {
  /** Every string the node can match, when that set is finite and small. */
  exact: string[] | undefined;
  /** Groups of literals: each match contains one literal of every group. */
  groups: string[][];
  /**
   * When `exact` is unknown: strings one of which every match starts with ("your " + a qualifier,
   * before a noun list), so a literal run before the node can extend into it.
   */
  prefixes?: string[] | undefined;
}

/** Strings one of which every match of the node starts with (its exact set when it has one). */
function startsOf(info: Info): string[] | undefined {
  return info.exact ?? info.prefixes;
}

/** Largest exact set kept while expanding (optional spaces multiply alternatives). */
const MAX_EXACT = 64;
/** Largest group kept (the pre-filter scans for all literals at once, so size costs little). */
const MAX_GROUP = 256;
/** Groups an alternation keeps (each a union of one group per branch). */
const MAX_UNIONS = 3;
/** A character class expands to its members only when it is this small. */
const MAX_CLASS = 16;

const ZERO_WIDTH: Info = { exact: [''], groups: [] };
const ANYTHING: Info = { exact: undefined, groups: [] };

/** One character as a literal (a space as nothing: literals are compared without spaces). */
function character(c: string): Info {
  return { exact: [c === ' ' ? '' : c], groups: [] };
}

/** A group filters only if it is not too large and none of its literals is common (see rarity). */
function isUseful(group: readonly string[]): boolean {
  return group.length > 0 && group.length <= MAX_GROUP && group.every((s) => rarity(s) >= 3 && s.length >= 2);
}

/** Literals that contain another literal of the group are implied by it: drop them. */
function minimal(group: readonly string[]): string[] {
  const unique = [...new Set(group)].sort((a, b) => a.length - b.length);
  const out: string[] = [];
  for (const s of unique) if (!out.some((t) => s.includes(t))) out.push(s);
  return out;
}

/**
 * Words in almost every English message: a literal that is one of them filters nothing. With "your"
 * as their literal, two rules' regexes ran on 60 % of 1 KB texts built from CLINC150 requests; with
 * their verb and noun lists, on 21 % and 40 % (2.50 instead of 3.04 regex runs per text).
 */
const COMMON_WORDS = new Set([
  'your',
  'you',
  'the',
  'and',
  'that',
  'this',
  'what',
  'with',
  'for',
  'are',
  'have',
]);

/**
 * How rare a literal is likely to be in ordinary text, roughly its length: a CJK character counts
 * two, and a symbol three (a "---" or "<|" is far rarer than a three-letter word); a common word
 * counts nothing. Below 3 a literal is too common to filter anything.
 */
function rarity(literal: string): number {
  if (COMMON_WORDS.has(literal)) return 0;
  let score = 0;
  for (const ch of literal) {
    score += /[a-z0-9']/.test(ch) ? 1 : ch > '\u007f' ? 2 : 3;
  }
  return score;
}

/** Better groups have rarer least-rare literals, then fewer literals. */
function better(a: readonly string[], b: readonly string[]): boolean {
  const minA = Math.min(...a.map(rarity));
  const minB = Math.min(...b.map(rarity));
  return minA !== minB ? minA > minB : a.length < b.length;
}

/** The groups an info guarantees, its exact set counted as one group when it has no empty string. */
function groupsOf(info: Info): string[][] {
  const groups = info.groups.filter(isUseful);
  if (info.exact && !info.exact.includes('')) {
    const exact = minimal(info.exact);
    if (isUseful(exact)) groups.push(exact);
  }
  return groups;
}

function cross(a: readonly string[], b: readonly string[]): string[] | undefined {
  if (a.length * b.length > MAX_EXACT) return undefined;
  const out: string[] = [];
  for (const x of a) for (const y of b) out.push(x + y);
  return [...new Set(out)];
}

function concat(parts: readonly Info[]): Info {
  const groups: string[][] = [];
  let run: string[] | undefined = [''];
  let allExact = true;
  /** What the concatenation starts with: the run at its first break. */
  let prefixes: string[] | undefined;
  let broken = false;
  /** Ends the run; `into` is what the next part starts with, which the run extends into when it can. */
  const flush = (into: string[] | undefined) => {
    const joined = run && into ? (cross(run, into) ?? run) : run;
    if (joined) groups.push(...groupsOf({ exact: joined, groups: [] }));
    if (!broken) prefixes = joined;
    broken = true;
  };
  for (const part of parts) {
    groups.push(...part.groups);
    if (!part.exact) {
      allExact = false;
      flush(part.prefixes);
      run = [''];
      continue;
    }
    const next: string[] | undefined = run ? cross(run, part.exact) : undefined;
    if (next) {
      run = next;
    } else {
      // Too many combinations: keep what the run guarantees so far and start again from this part.
      allExact = false;
      flush(undefined);
      run = part.exact;
    }
  }
  if (allExact) return { exact: run, groups };
  flush(undefined);
  return { exact: undefined, groups, prefixes };
}

/** Groups sharing no literal with a better one (groups from one alternation mostly repeat each other). */
function disjoint(ranked: readonly string[][]): string[][] {
  const kept: string[][] = [];
  for (const group of ranked) {
    if (!kept.some((k) => k.some((literal) => group.includes(literal)))) kept.push(group);
  }
  return kept;
}

function alternation(branches: readonly Info[]): Info {
  let exact: string[] | undefined = [];
  for (const b of branches) exact = exact && b.exact ? [...exact, ...b.exact] : undefined;
  if (exact && exact.length > MAX_EXACT) exact = undefined;
  let prefixes: string[] | undefined = [];
  for (const b of branches) {
    const starts = startsOf(b);
    prefixes = prefixes && starts ? [...prefixes, ...starts] : undefined;
  }
  if (prefixes && prefixes.length > MAX_EXACT) prefixes = undefined;
  const starts = exact ? undefined : prefixes && [...new Set(prefixes)];
  // A union of one group per branch is a group of the alternation. The i-th union takes each branch's
  // i-th best group (its last when it has fewer), so a rule guarded by a verb and an object list keeps
  // both: with the best group alone, the object list let its regex run on half of the benchmark texts.
  const ranked: string[][][] = [];
  for (const b of branches) {
    const groups = disjoint(groupsOf(b).sort((x, y) => (better(x, y) ? -1 : better(y, x) ? 1 : 0)));
    if (groups.length === 0)
      return { exact: exact ? [...new Set(exact)] : undefined, groups: [], prefixes: starts };
    ranked.push(groups);
  }
  const unions = new Map<string, string[]>();
  const most = Math.min(MAX_UNIONS, Math.max(...ranked.map((groups) => groups.length)));
  for (let i = 0; i < most; i++) {
    const union = minimal(ranked.flatMap((groups) => groups[Math.min(i, groups.length - 1)] ?? []));
    unions.set(union.join('\u0000'), union);
  }
  return { exact: exact ? [...new Set(exact)] : undefined, groups: [...unions.values()], prefixes: starts };
}

function repeat(atom: Info, min: number, max: number): Info {
  if (min === 0) {
    const exact = max === 1 && atom.exact ? [...new Set(['', ...atom.exact])] : undefined;
    return { exact, groups: [] };
  }
  // At least `min` occurrences in a row: whatever they guarantee, the repetition does too.
  let first: string[] | undefined = [''];
  for (let i = 0; i < min && first && atom.exact; i++) first = cross(first, atom.exact);
  const leading = atom.exact && first ? first : undefined;
  const groups = [...groupsOf(atom), ...(leading ? groupsOf({ exact: leading, groups: [] }) : [])];
  // The first repetition starts every match.
  return { exact: min === max ? leading : undefined, groups, prefixes: leading ?? atom.prefixes };
}

/** Recursive-descent parser over the pattern syntax the rules use (unknown syntax → ANYTHING). */
class Parser {
  private i = 0;
  constructor(private readonly src: string) {}

  parse(): Info {
    const info = this.alternation();
    this.expectEnd();
    return info;
  }

  /** The top-level branches of the pattern, each on its own. */
  parseBranches(): Info[] {
    const branches = [this.sequence()];
    while (this.src[this.i] === '|') {
      this.i++;
      branches.push(this.sequence());
    }
    this.expectEnd();
    return branches;
  }

  private expectEnd(): void {
    if (this.i !== this.src.length) throw new Error(`unexpected ')' at ${this.i}`);
  }

  private alternation(): Info {
    const branches = [this.sequence()];
    while (this.src[this.i] === '|') {
      this.i++;
      branches.push(this.sequence());
    }
    return branches.length === 1 ? (branches[0] as Info) : alternation(branches);
  }

  private sequence(): Info {
    const parts: Info[] = [];
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      parts.push(this.quantified(this.atom()));
    }
    return concat(parts);
  }

  private quantified(atom: Info): Info {
    const c = this.src[this.i];
    let range: [number, number] | undefined;
    if (c === '?') range = [0, 1];
    else if (c === '*') range = [0, Number.POSITIVE_INFINITY];
    else if (c === '+') range = [1, Number.POSITIVE_INFINITY];
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.i));
      if (m) {
        const min = Number(m[1]);
        range = [min, m[2] === undefined ? min : m[3] ? Number(m[3]) : Number.POSITIVE_INFINITY];
        this.i += m[0].length - 1;
      }
    }
    if (!range) return atom;
    this.i++;
    if (this.src[this.i] === '?') this.i++; // lazy: same strings
    return this.quantified(repeat(atom, range[0], range[1]));
  }

  private atom(): Info {
    // Whole code points: with the `u` flag a quantifier applies to an astral character, not a half.
    const c = String.fromCodePoint(this.src.codePointAt(this.i) ?? 0);
    this.i += c.length;
    if (c === '(') return this.group();
    if (c === '[') return this.charClass();
    if (c === '\\') return this.escape(false);
    if (c === '^' || c === '$') return ZERO_WIDTH;
    if (c === '.') return ANYTHING;
    return character(c);
  }

  private group(): Info {
    const lookaround = /^\?(?:=|!|<=|<!)/.exec(this.src.slice(this.i));
    if (lookaround) this.i += lookaround[0].length;
    else if (this.src.startsWith('?:', this.i)) this.i += 2;
    else if (this.src.startsWith('?<', this.i)) this.i = this.src.indexOf('>', this.i) + 1;
    const inner = this.alternation();
    if (this.src[this.i] !== ')') throw new Error(`unclosed group at ${this.i}`);
    this.i++;
    // A lookaround matches no characters of its own: the match need not contain its text.
    return lookaround ? ZERO_WIDTH : inner;
  }

  /** An escape outside (inClass = false) or inside a class; returns its single character or ANYTHING. */
  private escape(inClass: boolean): Info {
    const c = this.src[this.i++] ?? '';
    if (!inClass && (c === 'b' || c === 'B')) return ZERO_WIDTH;
    if (inClass && c === 'b') return { exact: ['\b'], groups: [] };
    const simple: Record<string, string> = { n: '\n', t: '\t', r: '\r', f: '\f', v: '\v', '0': '\0' };
    const mapped = simple[c];
    if (mapped !== undefined && !(c === '0' && /\d/.test(this.src[this.i] ?? ''))) {
      return character(mapped);
    }
    const hex =
      c === 'x' ? /^[0-9a-fA-F]{2}/ : c === 'u' ? /^(?:[0-9a-fA-F]{4}|\{[0-9a-fA-F]{1,6}\})/ : undefined;
    if (hex) {
      const m = hex.exec(this.src.slice(this.i));
      if (!m) return ANYTHING;
      this.i += m[0].length;
      return character(String.fromCodePoint(Number.parseInt(m[0].replace(/[{}]/g, ''), 16)));
    }
    // Punctuation escapes stand for themselves; letters and digits are classes or back-references.
    if (/[^A-Za-z0-9]/.test(c)) return character(c);
    // Skip the operand of \p{…}, \k<…>, \cX and \12 so it is not read as literal text.
    const operand = /^(?:\{[^}]*\}|<[^>]*>|[A-Za-z]|\d*)/.exec(this.src.slice(this.i));
    if ((c === 'p' || c === 'P') && operand?.[0].startsWith('{')) this.i += operand[0].length;
    else if (c === 'k' && operand?.[0].startsWith('<')) this.i += operand[0].length;
    else if (c === 'c' && /^[A-Za-z]/.test(operand?.[0] ?? '')) this.i += 1;
    else if (/\d/.test(c)) this.i += (/^\d*/.exec(this.src.slice(this.i)) ?? [''])[0].length;
    return ANYTHING;
  }

  private charClass(): Info {
    const negated = this.src[this.i] === '^';
    if (negated) this.i++;
    const members: string[] = [];
    let known = !negated;
    // In JavaScript a ']' right after '[' closes the (empty) class.
    while (this.i < this.src.length && this.src[this.i] !== ']') {
      const lo = this.classChar();
      if (lo === undefined) {
        known = false;
        continue;
      }
      if (this.src[this.i] === '-' && this.src[this.i + 1] !== ']' && this.i + 1 < this.src.length) {
        this.i++;
        const hi = this.classChar();
        const from = lo.codePointAt(0) ?? 0;
        const to = hi?.codePointAt(0) ?? -1;
        if (hi === undefined || to - from >= MAX_CLASS) known = false;
        else for (let cp = from; cp <= to; cp++) members.push(String.fromCodePoint(cp));
        continue;
      }
      members.push(lo);
    }
    if (this.src[this.i] !== ']') throw new Error(`unclosed class at ${this.i}`);
    this.i++;
    if (!known || members.length === 0 || members.length > MAX_CLASS) return ANYTHING;
    return { exact: [...new Set(members.map((m) => (m === ' ' ? '' : m)))], groups: [] };
  }

  /** One member of a class: a character, or undefined for class escapes (\d, \w, \s, …). */
  private classChar(): string | undefined {
    const cp = this.src.codePointAt(this.i) ?? 0;
    const c = String.fromCodePoint(cp);
    this.i += c.length;
    if (c !== '\\') return c;
    const info = this.escape(true);
    return info.exact?.length === 1 ? info.exact[0] : undefined;
  }
}

/** The useful groups of an info, each minimal and once. */
function finalGroups(info: Info): string[][] {
  const seen = new Set<string>();
  const out: string[][] = [];
  for (const g of groupsOf(info)) {
    const group = minimal(g);
    const key = group.join('\u0000');
    if (!seen.has(key)) {
      seen.add(key);
      out.push(group);
    }
  }
  return out;
}

/**
 * Groups of literals that every match of `source` contains (at least one per group); an empty list
 * when the pattern guarantees none worth testing. Unparseable sources yield an empty list too.
 */
export function requiredLiterals(source: string): string[][] {
  try {
    return finalGroups(new Parser(source).parse());
  } catch {
    return [];
  }
}

/**
 * `requiredLiterals` of each top-level branch of `source`: every match contains a literal of every
 * group of some branch. Sharper than the groups of the whole pattern, which must be unions over the
 * branches ("what is" or a verb, and any noun of either branch). One branch without groups when the
 * source is unparseable.
 */
export function requiredLiteralBranches(source: string): string[][][] {
  try {
    return new Parser(source).parseBranches().map(finalGroups);
  } catch {
    return [[]];
  }
}
