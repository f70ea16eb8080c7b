import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { AuditRecord } from '../gateway/hooks.js';
import type { SecurityLogger } from '../identity/logger.js';
import type { AuditEventRow, Store } from '../store/index.js';
import { eventHash, genesisHash, headSignature } from './chain.js';
import type { ContentCipher } from './cipher.js';

export interface AuditWriterOptions {
  store: Store;
  chainKey: Buffer;
  /** Required to keep content; without it content is dropped, never stored in clear. */
  cipher: ContentCipher | undefined;
  flushIntervalMs: number;
  batchSize: number;
  maxQueue: number;
  logger: SecurityLogger;
  instance?: string | undefined;
  now?: () => number;
}

/**
 * Batched, off-request-path writer of one hash chain. record() only queues (never throws); a timer
 * flushes every flushIntervalMs, and a full batch flushes at once. Each flush is one transaction that
 * appends the events and moves the signed chain head. Durability: a crash loses at most the events
 * recorded since the last completed flush (≈ flushIntervalMs of traffic); close() flushes everything.
 */
export class AuditWriter {
  readonly chain: string;
  #queue: AuditRecord[] = [];
  #seq = 0;
  #head = '';
  #timer: NodeJS.Timeout | undefined;
  #flushing: Promise<void> = Promise.resolve();
  #dropped = 0;
  #written = 0;
  #closed = false;

  constructor(private readonly options: AuditWriterOptions) {
    const instance = options.instance ?? `${hostname()}:${process.pid}`;
    this.chain = `${instance}:${randomBytes(6).toString('hex')}`;
  }

  /** Registers this process's chain; call once before record(). */
  async start(): Promise<void> {
    const now = this.#now();
    this.#head = genesisHash(this.options.chainKey, this.chain);
    await this.options.store.audit.startChain({
      id: this.chain,
      instance: this.options.instance ?? `${hostname()}:${process.pid}`,
      started_at: now,
      head_seq: 0,
      head_hash: this.#head,
      head_sig: headSignature(this.options.chainKey, this.chain, 0, this.#head),
      updated_at: now,
    });
    this.#timer = setInterval(() => void this.flush(), this.options.flushIntervalMs);
    this.#timer.unref();
  }

  record(event: AuditRecord): void {
    if (this.#closed) return;
    if (this.#queue.length >= this.options.maxQueue) {
      if (this.#dropped++ % 1_000 === 0) {
        this.options.logger.error({ dropped: this.#dropped }, 'audit queue full: events dropped');
      }
      return;
    }
    this.#queue.push(event);
    if (this.#queue.length >= this.options.batchSize) void this.flush();
  }

  get stats(): { queued: number; written: number; dropped: number } {
    return { queued: this.#queue.length, written: this.#written, dropped: this.#dropped };
  }

  /** Writes everything queued so far; flushes are serialised so the chain stays linear. */
  flush(): Promise<void> {
    this.#flushing = this.#flushing.then(() => this.#drain());
    return this.#flushing;
  }

  /** Graceful shutdown: stop the timer and write what is queued. */
  async close(): Promise<void> {
    this.#closed = true;
    if (this.#timer) clearInterval(this.#timer);
    await this.flush();
  }

  async #drain(): Promise<void> {
    while (this.#queue.length > 0) {
      const batch = this.#queue.splice(0, this.options.batchSize);
      const startSeq = this.#seq;
      const startHead = this.#head;
      try {
        const rows = batch.map((event) => this.#link(event));
        await this.options.store.audit.append(this.chain, rows, {
          head_seq: this.#seq,
          head_hash: this.#head,
          head_sig: headSignature(this.options.chainKey, this.chain, this.#seq, this.#head),
          updated_at: this.#now(),
        });
        this.#written += rows.length;
      } catch (error) {
        // Nothing was committed: rewind the chain and keep the events for the next flush.
        this.#seq = startSeq;
        this.#head = startHead;
        this.#queue = batch.concat(this.#queue);
        this.options.logger.error(
          { err: String(error), queued: this.#queue.length },
          'audit flush failed; will retry',
        );
        return;
      }
    }
  }

  #link(event: AuditRecord): AuditEventRow {
    const id = `evt_${randomBytes(12).toString('base64url')}`;
    let contentKeyId: string | null = null;
    let content: string | null = null;
    if (event.content && this.options.cipher) {
      const sealed = this.options.cipher.encrypt(JSON.stringify(event.content), id);
      contentKeyId = sealed.keyId;
      content = sealed.blob;
    }
    this.#seq += 1;
    const unhashed = {
      chain: this.chain,
      seq: this.#seq,
      id,
      time: event.time.getTime(),
      request_id: event.requestId,
      tenant: event.tenant ?? null,
      key_id: event.keyId ?? null,
      route: event.route,
      method: event.method,
      model: event.model ?? null,
      upstream: event.upstream ?? null,
      decision: event.decision,
      finding_codes: JSON.stringify(event.findingCodes),
      input_tokens: event.usage?.inputTokens ?? null,
      output_tokens: event.usage?.outputTokens ?? null,
      latency_ms: Math.round(event.latencyMs),
      status: event.status,
      content_key_id: contentKeyId,
      content,
      prev_hash: this.#head,
    };
    const hash = eventHash(this.options.chainKey, unhashed);
    this.#head = hash;
    return { ...unhashed, hash };
  }

  #now(): number {
    return (this.options.now ?? Date.now)();
  }
}
