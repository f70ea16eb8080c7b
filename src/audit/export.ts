import type { Store } from '../store/index.js';
import type { ContentCipher } from './cipher.js';
import { toEventView } from './view.js';

/** JSON Lines for a SIEM, oldest first from `since`, streamed page by page. */
export async function* exportJsonl(
  store: Store,
  since: number,
  options: { cipher?: ContentCipher | undefined; pageSize?: number } = {},
): AsyncGenerator<string> {
  let cursor: string | undefined;
  do {
    const page = await store.audit.exportPage(since, options.pageSize ?? 1_000, cursor);
    for (const row of page.items) yield `${JSON.stringify(toEventView(row, options.cipher))}\n`;
    cursor = page.nextCursor;
  } while (cursor);
}
