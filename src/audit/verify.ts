import type { AuditChainRow, Store } from '../store/index.js';
import { checkpointSignature, eventHash, genesisHash, headSignature, sameHex } from './chain.js';

export interface BrokenLink {
  chain: string;
  /** Position in the chain where verification failed. */
  seq: number;
  eventId: string | undefined;
  reason: string;
}

export interface VerifyReport {
  ok: boolean;
  chains: number;
  events: number;
  broken: BrokenLink | undefined;
}

const PAGE = 2_000;

/**
 * Walks every chain from its genesis (or signed purge checkpoint) to its signed head and reports the
 * first broken link: an altered row (hash mismatch), a deleted or inserted row (sequence / link
 * mismatch), a truncated tail (head mismatch) or a forged checkpoint.
 */
export async function verifyAudit(store: Store, chainKey: Buffer): Promise<VerifyReport> {
  let events = 0;
  const chains = await store.audit.chains();
  for (const chain of chains) {
    const result = await verifyChain(store, chainKey, chain);
    events += result.events;
    if (result.broken) return { ok: false, chains: chains.length, events, broken: result.broken };
  }
  const orphan = await store.audit.orphanEvent();
  if (orphan) {
    return {
      ok: false,
      chains: chains.length,
      events,
      broken: {
        chain: orphan.chain,
        seq: orphan.seq,
        eventId: orphan.id,
        reason: 'event of an unregistered chain',
      },
    };
  }
  return { ok: true, chains: chains.length, events, broken: undefined };
}

async function verifyChain(
  store: Store,
  key: Buffer,
  chain: AuditChainRow,
): Promise<{ events: number; broken: BrokenLink | undefined }> {
  const broken = (seq: number, eventId: string | undefined, reason: string) => ({
    events,
    broken: { chain: chain.id, seq, eventId, reason },
  });
  let events = 0;
  let seq = 0;
  let prev = genesisHash(key, chain.id);
  const checkpoint = await store.audit.checkpoint(chain.id);
  if (checkpoint) {
    const expected = checkpointSignature(
      key,
      chain.id,
      checkpoint.seq,
      checkpoint.hash,
      checkpoint.purged_before,
    );
    if (!sameHex(expected, checkpoint.sig))
      return broken(checkpoint.seq, undefined, 'checkpoint signature invalid');
    seq = checkpoint.seq;
    prev = checkpoint.hash;
  }
  for (;;) {
    const rows = await store.audit.chainSlice(chain.id, seq, PAGE);
    for (const row of rows) {
      if (row.seq !== seq + 1) return broken(seq + 1, undefined, `event missing (next stored is ${row.seq})`);
      if (!sameHex(row.prev_hash, prev)) return broken(row.seq, row.id, 'link to previous event broken');
      const { hash, ...unhashed } = row;
      if (!sameHex(eventHash(key, unhashed), hash))
        return broken(row.seq, row.id, 'event altered (hash mismatch)');
      prev = hash;
      seq = row.seq;
      events++;
    }
    if (rows.length < PAGE) break;
  }
  if (!sameHex(headSignature(key, chain.id, chain.head_seq, chain.head_hash), chain.head_sig)) {
    return broken(chain.head_seq, undefined, 'chain head signature invalid');
  }
  if (chain.head_seq !== seq || !sameHex(chain.head_hash, prev)) {
    return broken(
      seq + 1,
      undefined,
      `chain ends at ${seq} but its signed head is ${chain.head_seq} (events removed)`,
    );
  }
  return { events, broken: undefined };
}
