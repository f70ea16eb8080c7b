import type { Store } from '../store/index.js';
import { checkpointSignature } from './chain.js';

/**
 * Retention: deletes each chain's events older than `before` and stores a signed checkpoint with the
 * hash of the last deleted event, so the remaining chain still verifies from the checkpoint.
 */
export async function purgeAudit(
  store: Store,
  chainKey: Buffer,
  before: number,
  now = Date.now(),
): Promise<number> {
  let deleted = 0;
  for (const chain of await store.audit.chains()) {
    const boundary = await store.audit.lastBefore(chain.id, before);
    if (!boundary) continue;
    deleted += await store.audit.purgePrefix({
      chain: chain.id,
      seq: boundary.seq,
      hash: boundary.hash,
      sig: checkpointSignature(chainKey, chain.id, boundary.seq, boundary.hash, before),
      purged_before: before,
      created_at: now,
    });
  }
  return deleted;
}
