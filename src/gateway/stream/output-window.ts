/** Runs the output stage on one text; returns whether it blocks and the text after edits. */
export type WindowGuard = (text: string, final: boolean) => Promise<{ blocked: boolean; text: string }>;

/**
 * Incremental output guarding for one streamed text. The last `holdBack` characters are withheld
 * until more text (or the end) arrives, so a match split across chunks is seen whole before any of
 * it is released. Each evaluation also shows the guards up to `contextChars` of already released
 * text. Redactions are applied to the withheld text only; released text is never re-sent.
 */
export class OutputWindow {
  #released = '';
  #pending = '';
  readonly #guard: WindowGuard;
  readonly #holdBack: number;
  readonly #contextChars: number;

  constructor(guard: WindowGuard, holdBack: number, contextChars: number) {
    this.#guard = guard;
    this.#holdBack = holdBack;
    this.#contextChars = contextChars;
  }

  /** Everything released so far (after edits). */
  get released(): string {
    return this.#released;
  }

  /** Adds text; resolves to the text that may be released now, or null when the stream must be cut. */
  push(delta: string): Promise<string | null> {
    this.#pending += delta;
    if (this.#pending.length <= this.#holdBack) return Promise.resolve('');
    return this.#evaluate(false);
  }

  /** End of the text: everything withheld is evaluated and released (or the stream is cut). */
  finish(): Promise<string | null> {
    if (this.#pending.length === 0) return Promise.resolve('');
    return this.#evaluate(true);
  }

  async #evaluate(final: boolean): Promise<string | null> {
    const pending = this.#pending;
    const releasable = final ? pending.length : pending.length - this.#holdBack;
    const context = this.#contextChars > 0 ? this.#released.slice(-this.#contextChars) : '';
    let verdict = await this.#guard(context + pending, final);
    if (verdict.blocked) return null;
    let edited: string;
    if (verdict.text.startsWith(context)) {
      edited = verdict.text.slice(context.length);
    } else {
      // An edit reached into released text, which cannot be recalled: judge the withheld text alone.
      verdict = await this.#guard(pending, final);
      if (verdict.blocked) return null;
      edited = verdict.text;
    }

    let out: string;
    let consumed: number;
    if (edited === pending) {
      out = pending.slice(0, releasable);
      consumed = releasable;
    } else {
      const prefix = commonPrefixLength(pending, edited);
      const suffix = commonSuffixLength(pending, edited, prefix);
      const changeEnd = pending.length - suffix;
      if (changeEnd <= releasable) {
        // Every change lies in the releasable part; the withheld tail is unchanged.
        out = edited.slice(0, edited.length - (pending.length - releasable));
        consumed = releasable;
      } else if (prefix < releasable) {
        // A change straddles the hold-back boundary: release only what precedes it.
        out = pending.slice(0, prefix);
        consumed = prefix;
      } else {
        // Changes only in the withheld tail: they will be seen again with more context.
        out = pending.slice(0, releasable);
        consumed = releasable;
      }
    }
    this.#pending = pending.slice(consumed);
    this.#released += out;
    return out;
  }
}

function commonPrefixLength(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** Common suffix that does not overlap the common prefix of either string. */
function commonSuffixLength(a: string, b: string, prefix: number): number {
  const n = Math.min(a.length, b.length) - prefix;
  let i = 0;
  while (i < n && a.charCodeAt(a.length - 1 - i) === b.charCodeAt(b.length - 1 - i)) i++;
  return i;
}
