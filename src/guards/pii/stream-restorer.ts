import { MAX_PLACEHOLDER_LENGTH } from './labels.js';
import { restoreText } from './restore.js';
import type { Vault } from './vault.js';

export interface StreamRestorer {
  /** Returns the text that is safe to emit now (placeholders restored, a possible partial one held). */
  push(chunk: string): string;
  /** Returns whatever is still held, restored. Call once at the end of the stream. */
  flush(): string;
}

/** Could `tail` (starting with '<') still grow into a `<LABEL_N>` placeholder? */
export const PARTIAL = /^<(?:[A-Z][A-Z_]{0,20}(?:[1-9][0-9]{0,5})?)?$/;

/**
 * Restores placeholders in a streamed response. At most MAX_PLACEHOLDER_LENGTH characters are ever
 * held back, and only when the end of the text so far could be the start of a placeholder.
 */
export function createStreamRestorer(vault: Vault): StreamRestorer {
  let pending = '';
  return {
    push(chunk) {
      pending += chunk;
      const cut = pending.lastIndexOf('<');
      if (cut >= 0 && pending.length - cut <= MAX_PLACEHOLDER_LENGTH && PARTIAL.test(pending.slice(cut))) {
        const ready = pending.slice(0, cut);
        pending = pending.slice(cut);
        return restoreText(ready, vault);
      }
      const ready = pending;
      pending = '';
      return restoreText(ready, vault);
    },
    flush() {
      const rest = pending;
      pending = '';
      return restoreText(rest, vault);
    },
  };
}
