import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditRecord } from '../gateway/hooks.js';
import { silentLogger } from '../identity/logger.js';
import { openStore, type Store } from '../store/index.js';
import {
  dropSchema,
  postgresReachable,
  serverGate,
  TEST_PG_URL,
  uniqueSchema,
} from '../store/test-support.js';
import { ContentCipher } from './cipher.js';
import { exportJsonl } from './export.js';
import { purgeAudit } from './purge.js';
import { verifyAudit } from './verify.js';
import { toEventView } from './view.js';
import { AuditWriter } from './writer.js';

const chainKey = Buffer.alloc(32, 9);
const pgGate = serverGate('PostgreSQL', await postgresReachable());
const schema = uniqueSchema('audit');

function record(i: number, extra: Partial<AuditRecord> = {}): AuditRecord {
  return {
    time: new Date(1_700_000_000_000 + i * 1_000),
    requestId: `req-${i}`,
    tenant: i % 2 ? 'acme' : 'beta',
    keyId: 'key_1',
    route: '/v1/chat/completions',
    method: 'POST',
    model: 'llama3',
    upstream: 'ollama',
    decision: 'allow',
    findingCodes: ['pii.email'],
    usage: { inputTokens: i, outputTokens: 2 },
    latencyMs: 3.4,
    status: 200,
    ...extra,
  };
}

function writer(store: Store, cipher?: ContentCipher, instance = 'test'): AuditWriter {
  return new AuditWriter({
    store,
    chainKey,
    cipher,
    flushIntervalMs: 10_000,
    batchSize: 500,
    maxQueue: 10_000,
    logger: silentLogger,
    instance,
  });
}

const engines = [
  {
    name: 'sqlite',
    skip: false,
    failure: undefined,
    open: () => openStore({ dataDir: '', sqliteFile: ':memory:' }),
    cleanup: async () => undefined,
  },
  {
    name: 'postgres',
    skip: pgGate.skip,
    failure: pgGate.failure,
    open: () => openStore({ url: TEST_PG_URL, schema, dataDir: '', poolSize: 3 }),
    cleanup: () => dropSchema(schema),
  },
];

for (const engine of engines) {
  describe.skipIf(engine.skip)(`audit chain: ${engine.name}`, () => {
    let store: Store;
    beforeAll(async () => {
      if (engine.failure) throw new Error(engine.failure);
      store = await engine.open();
    });
    afterAll(async () => {
      await store?.close();
      if (!engine.failure) await engine.cleanup();
    });

    const exec = (query: ReturnType<typeof sql>) => query.execute(store.db.kysely);

    it('two interleaved writers on one store both verify', async () => {
      const a = writer(store, undefined, 'a');
      const b = writer(store, undefined, 'b');
      await a.start();
      await b.start();
      for (let i = 1; i <= 1_200; i++) (i % 3 ? a : b).record(record(i));
      await Promise.all([a.flush(), b.flush()]);
      for (let i = 1_201; i <= 1_300; i++) (i % 2 ? a : b).record(record(i));
      await Promise.all([a.close(), b.close()]);
      const report = await verifyAudit(store, chainKey);
      expect(report).toMatchObject({ ok: true, chains: 2, events: 1_300 });
    });

    it('an altered row fails verify at that row; restoring it passes again', async () => {
      const target = (await store.audit.query({ requestId: 'req-500' }, 1)).items[0]!;
      await exec(sql`update audit_events set decision = 'block' where id = ${target.id}`);
      const report = await verifyAudit(store, chainKey);
      expect(report.ok).toBe(false);
      expect(report.broken).toMatchObject({ chain: target.chain, seq: target.seq, eventId: target.id });
      expect(report.broken?.reason).toMatch(/altered/);
      await exec(sql`update audit_events set decision = 'allow' where id = ${target.id}`);
      expect((await verifyAudit(store, chainKey)).ok).toBe(true);
    });

    it('a rehashed forgery, a deleted row and a truncated tail all fail', async () => {
      const target = (await store.audit.query({ requestId: 'req-700' }, 1)).items[0]!;
      // Forger recomputes a plain SHA-256 (no secret): still detected.
      await exec(sql`update audit_events set hash = ${'0'.repeat(64)} where id = ${target.id}`);
      expect((await verifyAudit(store, chainKey)).broken?.seq).toBe(target.seq);
      await exec(sql`update audit_events set hash = ${target.hash} where id = ${target.id}`);

      await exec(sql`delete from audit_events where id = ${target.id}`);
      const missing = await verifyAudit(store, chainKey);
      expect(missing.broken).toMatchObject({ chain: target.chain, seq: target.seq });
      await store.audit.append(
        target.chain,
        [target],
        (await store.audit.chains()).find((c) => c.id === target.chain)!,
      );
      expect((await verifyAudit(store, chainKey)).ok).toBe(true);

      const chain = (await store.audit.chains()).find((c) => c.id === target.chain)!;
      const last = (await store.audit.chainSlice(chain.id, chain.head_seq - 1, 1))[0]!;
      await exec(sql`delete from audit_events where id = ${last.id}`);
      expect((await verifyAudit(store, chainKey)).broken?.reason).toMatch(/events removed/);
      await store.audit.append(chain.id, [last], chain);
      expect((await verifyAudit(store, chainKey)).ok).toBe(true);
    });

    it('an event of an unregistered chain fails verify', async () => {
      const real = (await store.audit.query({}, 1)).items[0]!;
      const forged = { ...real, chain: 'forged', seq: 1, id: 'evt_forged' };
      await store.db.kysely.insertInto('audit_events').values(forged).execute();
      expect((await verifyAudit(store, chainKey)).broken).toMatchObject({
        chain: 'forged',
        eventId: 'evt_forged',
      });
      await exec(sql`delete from audit_events where id = 'evt_forged'`);
      expect((await verifyAudit(store, chainKey)).ok).toBe(true);
    });

    it('retention purge keeps the chain verifiable via a signed checkpoint; a forged checkpoint fails', async () => {
      const before = 1_700_000_000_000 + 400 * 1_000;
      const deleted = await purgeAudit(store, chainKey, before);
      expect(deleted).toBeGreaterThanOrEqual(398);
      const report = await verifyAudit(store, chainKey);
      expect(report.ok).toBe(true);
      expect(report.events).toBe(1_300 - deleted);
      const chain = (await store.audit.chains())[0]!;
      await exec(sql`update audit_checkpoints set seq = seq + 1 where chain = ${chain.id}`);
      expect((await verifyAudit(store, chainKey)).broken?.reason).toMatch(/checkpoint/);
      await exec(sql`update audit_checkpoints set seq = seq - 1 where chain = ${chain.id}`);
      expect((await verifyAudit(store, chainKey)).ok).toBe(true);
    });
  });
}

describe('audit content encryption, export, durability', () => {
  let store: Store;
  const k1 = Buffer.alloc(32, 1);
  const k2 = Buffer.alloc(32, 2);
  beforeAll(async () => {
    store = await openStore({ dataDir: '', sqliteFile: ':memory:' });
  });
  afterAll(() => store.close());

  it('content is AES-256-GCM with a key id; rotation keeps old events readable', async () => {
    const old = new ContentCipher(new Map([['k1', k1]]), 'k1');
    const w1 = writer(store, old, 'enc1');
    await w1.start();
    w1.record(record(1, { content: { prompt: 'secret prompt', response: 'secret answer' } }));
    w1.record(record(2));
    await w1.close();
    const rotated = new ContentCipher(
      new Map([
        ['k1', k1],
        ['k2', k2],
      ]),
      'k2',
    );
    const w2 = writer(store, rotated, 'enc2');
    await w2.start();
    w2.record(record(3, { content: { prompt: 'newer', response: 'reply' } }));
    await w2.close();
    const rows = (await store.audit.query({}, 10)).items;
    const raw = JSON.stringify(rows);
    expect(raw).not.toContain('secret prompt');
    const withContent = rows.filter((r) => r.content !== null);
    expect(withContent.map((r) => r.content_key_id).sort()).toEqual(['k1', 'k2']);
    const views = withContent.map((r) => toEventView(r, rotated));
    expect(views.map((v) => v.content)).toEqual(
      expect.arrayContaining([
        { prompt: 'secret prompt', response: 'secret answer' },
        { prompt: 'newer', response: 'reply' },
      ]),
    );
    // A blob moved onto another event does not decrypt (AAD = event id).
    const [a] = withContent;
    expect(() => rotated.decrypt(a!.content_key_id!, a!.content!, 'evt_other')).toThrow();
    expect((await verifyAudit(store, chainKey)).ok).toBe(true);
  });

  it('export --since emits JSON lines oldest first', async () => {
    const lines: string[] = [];
    for await (const line of exportJsonl(store, 1_700_000_002_000, { pageSize: 1 })) lines.push(line);
    expect(lines).toHaveLength(2);
    const parsed = lines.map((l) => JSON.parse(l) as { requestId: string; hasContent: boolean });
    expect(parsed.map((p) => p.requestId)).toEqual(['req-2', 'req-3']);
    expect(lines.join('')).not.toContain('newer');
  });

  it('a crash loses at most the events of one flush interval (SIGKILL child)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pal-crash-'));
    const file = join(dir, 'audit.db');
    const intervalMs = 100;
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(import.meta.dirname, 'testdata/crash-child.ts'), file, String(intervalMs)],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    const recorded: { id: string; time: number }[] = [];
    let buffer = '';
    await new Promise<void>((resolve, reject) => {
      child.once('exit', (code) => {
        if (recorded.length < 400) reject(new Error(`crash child exited early (${code})`));
      });
      child.stdout.on('data', (chunk: Buffer) => {
        buffer += chunk.toString();
        const lines = buffer.split('\n');
        buffer = lines.pop() ?? '';
        for (const line of lines) {
          const [id, time] = line.split(' ');
          recorded.push({ id: id!, time: Number(time) });
        }
        if (recorded.length >= 400 && !child.killed) {
          child.kill('SIGKILL');
          resolve();
        }
      });
    });
    await new Promise((r) => child.once('exit', r));
    const killedAt = recorded.at(-1)!.time;
    const crashed = await openStore({ dataDir: '', sqliteFile: file });
    try {
      const stored = new Set((await crashed.audit.query({}, 100_000)).items.map((e) => e.request_id));
      const lost = recorded.filter((r) => !stored.has(r.id));
      // Every event recorded more than one interval (+ write slack) before the kill survived.
      const slackMs = 150;
      expect(lost.filter((r) => r.time < killedAt - intervalMs - slackMs)).toEqual([]);
      expect(stored.size).toBeGreaterThan(0);
      // What survived is a consistent chain.
      expect((await verifyAudit(crashed, Buffer.alloc(32, 7))).ok).toBe(true);
    } finally {
      await crashed.close();
    }
  });
});
