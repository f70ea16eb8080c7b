import { createHmac, timingSafeEqual } from 'node:crypto';
import type { AuditEventRow } from '../store/index.js';

/**
 * Hash chain. Decision: one chain per writer process (chain id = instance + random), so N instances
 * on one PostgreSQL append without locks or contention and each chain verifies on its own. Links are
 * HMAC-SHA-256 under a subkey of the server secret, so someone with write access to the database
 * but not the secret cannot recompute a chain after altering a row.
 */
const FIELDS = [
  'chain',
  'seq',
  'id',
  'time',
  'request_id',
  'tenant',
  'key_id',
  'route',
  'method',
  'model',
  'upstream',
  'decision',
  'finding_codes',
  'input_tokens',
  'output_tokens',
  'latency_ms',
  'status',
  'content_key_id',
  'content',
  'prev_hash',
] as const satisfies readonly (keyof AuditEventRow)[];

export type UnhashedEvent = Omit<AuditEventRow, 'hash'>;

function mac(key: Buffer, ...parts: (string | number | null)[]): string {
  return createHmac('sha256', key).update(JSON.stringify(parts)).digest('hex');
}

export function eventHash(key: Buffer, event: UnhashedEvent): string {
  return mac(key, 'event', ...FIELDS.map((field) => event[field]));
}

export function genesisHash(key: Buffer, chain: string): string {
  return mac(key, 'genesis', chain);
}

/** Signs a chain head: deleting events from the tail then shows as a head mismatch. */
export function headSignature(key: Buffer, chain: string, seq: number, hash: string): string {
  return mac(key, 'head', chain, seq, hash);
}

/** Signs a purge checkpoint: the first kept event links to `hash`. */
export function checkpointSignature(
  key: Buffer,
  chain: string,
  seq: number,
  hash: string,
  before: number,
): string {
  return mac(key, 'checkpoint', chain, seq, hash, before);
}

export function sameHex(a: string, b: string): boolean {
  const left = Buffer.from(a, 'hex');
  const right = Buffer.from(b, 'hex');
  return left.length === right.length && left.length > 0 && timingSafeEqual(left, right);
}
