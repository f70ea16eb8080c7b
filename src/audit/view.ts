import type { AuditEventRow } from '../store/index.js';
import type { ContentCipher } from './cipher.js';

/** The public shape of an audit event (admin API, export). Content only when asked and decryptable. */
export interface AuditEventView {
  id: string;
  time: string;
  requestId: string;
  tenant: string | null;
  keyId: string | null;
  route: string;
  method: string;
  model: string | null;
  upstream: string | null;
  decision: string;
  findingCodes: string[];
  usage: { inputTokens: number; outputTokens: number } | null;
  latencyMs: number;
  status: number;
  chain: string;
  seq: number;
  hash: string;
  hasContent: boolean;
  content?: { prompt: string; response: string } | { error: string };
}

export function toEventView(row: AuditEventRow, cipher?: ContentCipher): AuditEventView {
  const view: AuditEventView = {
    id: row.id,
    time: new Date(row.time).toISOString(),
    requestId: row.request_id,
    tenant: row.tenant,
    keyId: row.key_id,
    route: row.route,
    method: row.method,
    model: row.model,
    upstream: row.upstream,
    decision: row.decision,
    findingCodes: JSON.parse(row.finding_codes) as string[],
    usage:
      row.input_tokens === null && row.output_tokens === null
        ? null
        : { inputTokens: row.input_tokens ?? 0, outputTokens: row.output_tokens ?? 0 },
    latencyMs: row.latency_ms,
    status: row.status,
    chain: row.chain,
    seq: row.seq,
    hash: row.hash,
    hasContent: row.content !== null,
  };
  if (cipher && row.content !== null && row.content_key_id !== null) {
    try {
      view.content = JSON.parse(cipher.decrypt(row.content_key_id, row.content, row.id)) as {
        prompt: string;
        response: string;
      };
    } catch (error) {
      view.content = { error: error instanceof Error ? error.message : 'undecryptable' };
    }
  }
  return view;
}
