import type { Generated } from 'kysely';

/**
 * Table shapes, identical on SQLite and PostgreSQL. Times are epoch milliseconds (bigint in PG,
 * parsed back to number), JSON lists are TEXT, booleans are avoided: one code path for both engines.
 */
export interface TenantsTable {
  id: string;
  name: string;
  created_at: number;
  rpm: number | null;
  tpm: number | null;
  tpd: number | null;
  concurrency: number | null;
}

export interface ApiKeysTable {
  id: string;
  tenant: string;
  role: string;
  name: string;
  /** HMAC-SHA-256(server secret, key), hex. The key itself is never stored. */
  hash: string;
  /** First characters of the key, for display only. */
  prefix: string;
  /** JSON array of model globs. */
  models: string;
  rpm: number | null;
  tpm: number | null;
  tpd: number | null;
  concurrency: number | null;
  created_at: number;
  expires_at: number | null;
  revoked_at: number | null;
}

export interface AuditEventsTable {
  /** Writer chain (one per gateway process) and position in it: the primary key. */
  chain: string;
  seq: number;
  id: string;
  time: number;
  request_id: string;
  tenant: string | null;
  key_id: string | null;
  route: string;
  method: string;
  model: string | null;
  upstream: string | null;
  decision: string;
  /** JSON array of finding codes. */
  finding_codes: string;
  input_tokens: number | null;
  output_tokens: number | null;
  latency_ms: number;
  status: number;
  content_key_id: string | null;
  /** base64(nonce ‖ ciphertext ‖ tag), AES-256-GCM. */
  content: string | null;
  prev_hash: string;
  hash: string;
}

export interface AuditChainsTable {
  id: string;
  instance: string;
  started_at: number;
  head_seq: number;
  head_hash: string;
  /** HMAC over (id, head_seq, head_hash): truncating the chain's tail needs the server secret. */
  head_sig: string;
  updated_at: number;
}

export interface AuditCheckpointsTable {
  chain: string;
  /** Last purged position; the next event's prev_hash must equal `hash`. */
  seq: number;
  hash: string;
  sig: string;
  purged_before: number;
  created_at: number;
}

export interface MetaTable {
  key: string;
  value: string;
}

export interface Database {
  tenants: TenantsTable;
  api_keys: ApiKeysTable;
  audit_events: AuditEventsTable;
  audit_chains: AuditChainsTable;
  audit_checkpoints: AuditCheckpointsTable;
  palisade_meta: MetaTable;
}

/** Kept for callers that want the Generated helper in inserts later. */
export type AutoId = Generated<number>;
