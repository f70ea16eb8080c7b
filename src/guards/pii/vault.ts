import { createHash } from 'node:crypto';
import { inspect } from 'node:util';

/**
 * The pseudonym vault: original ↔ `<LABEL_N>` for one request or conversation. It never appears in
 * logs: JSON.stringify and util.inspect print "[vault]"; storage goes through `serialize()` only.
 */
export interface VaultState {
  v: 1;
  /** [placeholder, original] pairs. */
  entries: [string, string][];
  /** Digests of every value the user introduced (pseudonymised or not), to tell model-emitted data apart. */
  seen: string[];
}

/** Digits-only values are compared without separators; text values as typed (trimmed, case-folded). */
export function normalizeValue(value: string): string {
  const compact = value.replace(/[\s-]/g, '');
  return /^[0-9Xx+]+$/.test(compact) ? compact.toUpperCase() : value.trim().toLowerCase();
}

function digest(value: string): string {
  return createHash('sha256').update(normalizeValue(value)).digest('base64url').slice(0, 22);
}

export class Vault {
  readonly #byPlaceholder = new Map<string, string>();
  readonly #byOriginal = new Map<string, string>();
  readonly #counters = new Map<string, number>();
  readonly #seen = new Set<string>();

  static from(state: VaultState | undefined): Vault {
    const vault = new Vault();
    if (!state) return vault;
    for (const [placeholder, original] of state.entries) vault.#add(placeholder, original);
    for (const d of state.seen) vault.#seen.add(d);
    return vault;
  }

  static parse(json: string | undefined): Vault {
    if (!json) return new Vault();
    return Vault.from(JSON.parse(json) as VaultState);
  }

  #add(placeholder: string, original: string): void {
    this.#byPlaceholder.set(placeholder, original);
    this.#byOriginal.set(original, placeholder);
    this.#seen.add(digest(original));
    const m = /^<([A-Z_]+)_([0-9]+)>$/.exec(placeholder);
    if (m) this.#counters.set(m[1]!, Math.max(this.#counters.get(m[1]!) ?? 0, Number(m[2])));
  }

  /** The placeholder for `original`, creating `<LABEL_N>` on first sight. */
  pseudonymize(label: string, original: string): string {
    // Keyed by the exact text, so that restoring gives back precisely what the user wrote.
    const existing = this.#byOriginal.get(original);
    if (existing) return existing;
    const next = (this.#counters.get(label) ?? 0) + 1;
    const placeholder = `<${label}_${next}>`;
    this.#add(placeholder, original);
    return placeholder;
  }

  original(placeholder: string): string | undefined {
    return this.#byPlaceholder.get(placeholder);
  }

  /** Records a value the user introduced without pseudonymising it. */
  markSeen(value: string): void {
    this.#seen.add(digest(value));
  }

  introducedByUser(value: string): boolean {
    return this.#seen.has(digest(value));
  }

  get size(): number {
    return this.#byPlaceholder.size;
  }

  serialize(): string {
    const state: VaultState = { v: 1, entries: [...this.#byPlaceholder], seen: [...this.#seen] };
    return JSON.stringify(state);
  }

  toJSON(): string {
    return '[vault]';
  }

  [inspect.custom](): string {
    return '[vault]';
  }
}
