import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiKeyRow, AuditEventRow } from './index.js';
import { openStore, type Store } from './index.js';
import { migrateToLatest } from './migrate.js';
import { dropSchema, postgresReachable, serverGate, TEST_PG_URL, uniqueSchema } from './test-support.js';

/** One suite, every engine: the store must behave identically on SQLite and PostgreSQL. */
const pgGate = serverGate('PostgreSQL', await postgresReachable());
const schema = uniqueSchema('store');

interface Engine {
  name: string;
  skip: boolean;
  failure?: string | undefined;
  open(): Promise<Store>;
  cleanup(): Promise<void>;
}

const engines: Engine[] = [
  {
    name: 'sqlite',
    skip: false,
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

const SQLISH = ["' OR 1=1 --", '"; DROP TABLE api_keys; --', "x') UNION SELECT * FROM api_keys --", '%', '*'];

function key(id: string, tenant: string, createdAt: number, extra: Partial<ApiKeyRow> = {}): ApiKeyRow {
  return {
    id,
    tenant,
    role: 'user',
    name: id,
    hash: `hash-${id}`,
    prefix: 'pal_abcd',
    models: '["llama3*"]',
    rpm: null,
    tpm: null,
    tpd: null,
    concurrency: null,
    created_at: createdAt,
    expires_at: null,
    revoked_at: null,
    ...extra,
  };
}

function event(chain: string, seq: number, tenant: string, time: number): AuditEventRow {
  return {
    chain,
    seq,
    id: `${chain}-${seq}`,
    time,
    request_id: `req-${seq}`,
    tenant,
    key_id: `k-${tenant}`,
    route: '/v1/chat/completions',
    method: 'POST',
    model: seq % 2 ? 'llama3' : 'qwen2',
    upstream: 'ollama',
    decision: seq % 3 ? 'allow' : 'block',
    finding_codes: '[]',
    input_tokens: 10,
    output_tokens: 5,
    latency_ms: 12,
    status: 200,
    content_key_id: null,
    content: null,
    prev_hash: `h${seq - 1}`,
    hash: `h${seq}`,
  };
}

for (const engine of engines) {
  describe.skipIf(engine.skip)(`store conformance: ${engine.name}`, () => {
    let store: Store;

    beforeAll(async () => {
      if (engine.failure) throw new Error(engine.failure);
      store = await engine.open();
    });
    afterAll(async () => {
      await store?.close();
      if (!engine.failure) await engine.cleanup();
    });

    it('migrations are idempotent', async () => {
      const again = await migrateToLatest(store.db);
      expect(again.applied).toEqual([]);
    });

    it('tenants: ensure, get, update, paginate', async () => {
      expect(await store.tenants.ensure('acme', 1)).toBe(true);
      expect(await store.tenants.ensure('acme', 2)).toBe(false);
      await store.tenants.create({
        id: 'beta',
        name: 'Beta',
        created_at: 3,
        rpm: 5,
        tpm: null,
        tpd: null,
        concurrency: 2,
      });
      await store.tenants.ensure('gamma', 4);
      expect((await store.tenants.get('beta'))?.rpm).toBe(5);
      expect(await store.tenants.update('acme', { tpm: 1_000_000_000_000 })).toBe(true);
      expect((await store.tenants.get('acme'))?.tpm).toBe(1_000_000_000_000);
      expect(await store.tenants.update('nope', { rpm: 1 })).toBe(false);
      const first = await store.tenants.list({ limit: 2 });
      expect(first.items.map((t) => t.id)).toEqual(['acme', 'beta']);
      const second = await store.tenants.list({ limit: 2, cursor: first.nextCursor });
      expect(second.items.map((t) => t.id)).toEqual(['gamma']);
      expect(second.nextCursor).toBeUndefined();
      expect((await store.tenants.list({ limit: 10, only: 'beta' })).items.map((t) => t.id)).toEqual([
        'beta',
      ]);
    });

    it('keys: insert, find by hash, list with filters and pages, revoke, replace secret', async () => {
      for (let i = 0; i < 5; i++) await store.keys.insert(key(`ka${i}`, 'acme', 100 + i));
      await store.keys.insert(key('kb0', 'beta', 100, { role: 'auditor' }));
      expect(await store.keys.count()).toBe(6);
      expect((await store.keys.findByHash('hash-ka3'))?.id).toBe('ka3');
      expect(await store.keys.findByHash('hash-none')).toBeUndefined();
      const page1 = await store.keys.list({ tenant: 'acme', limit: 3 });
      expect(page1.items.map((k) => k.id)).toEqual(['ka4', 'ka3', 'ka2']);
      const page2 = await store.keys.list({ tenant: 'acme', limit: 3, cursor: page1.nextCursor });
      expect(page2.items.map((k) => k.id)).toEqual(['ka1', 'ka0']);
      expect((await store.keys.list({ role: 'auditor', limit: 10 })).items.map((k) => k.id)).toEqual(['kb0']);
      expect(await store.keys.revoke('ka0', 500)).toBe(true);
      expect(await store.keys.revoke('ka0', 501)).toBe(false);
      expect((await store.keys.list({ tenant: 'acme', limit: 10 })).items).toHaveLength(4);
      expect((await store.keys.list({ tenant: 'acme', limit: 10, includeRevoked: true })).items).toHaveLength(
        5,
      );
      expect(await store.keys.replaceSecret('ka1', 'hash-new', 'pal_new')).toBe(true);
      expect((await store.keys.findByHash('hash-new'))?.id).toBe('ka1');
      expect(await store.keys.findByHash('hash-ka1')).toBeUndefined();
      expect(await store.keys.replaceSecret('ka0', 'x', 'y')).toBe(false);
      await expect(store.keys.insert(key('dup', 'acme', 1, { hash: 'hash-ka2' }))).rejects.toThrow();
    });

    it('keys: SQL-looking filter values and cursors match nothing and break nothing', async () => {
      for (const value of SQLISH) {
        expect((await store.keys.list({ tenant: value, limit: 10 })).items).toEqual([]);
        expect((await store.keys.list({ role: value, limit: 10 })).items).toEqual([]);
        expect(await store.keys.get(value)).toBeUndefined();
        expect((await store.keys.list({ tenant: 'acme', limit: 10, cursor: value })).items.length).toBe(4);
      }
      expect(await store.keys.count()).toBe(6);
    });

    it('audit: append batches with chain head, query with filters and pages, slices, purge', async () => {
      await store.tenants.ensure('acme', 1);
      await store.audit.startChain({
        id: 'c1',
        instance: 'i1',
        started_at: 1,
        head_seq: 0,
        head_hash: 'h0',
        head_sig: 's0',
        updated_at: 1,
      });
      const events = Array.from({ length: 900 }, (_, i) =>
        event('c1', i + 1, i % 2 ? 'acme' : 'beta', 1_000 + i),
      );
      await store.audit.append('c1', events, {
        head_seq: 900,
        head_hash: 'h900',
        head_sig: 's',
        updated_at: 2,
      });
      expect(await store.audit.countEvents()).toBe(900);
      const chains = await store.audit.chains();
      expect(chains[0]?.head_seq).toBe(900);

      const acme = await store.audit.query({ tenant: 'acme' }, 100);
      expect(acme.items).toHaveLength(100);
      expect(acme.items.every((e) => e.tenant === 'acme')).toBe(true);
      expect(acme.items[0]!.time).toBeGreaterThan(acme.items[99]!.time);
      let seen = 0;
      let cursor: string | undefined;
      do {
        const page = await store.audit.query({ tenant: 'acme', model: 'qwen2' }, 70, cursor);
        seen += page.items.length;
        cursor = page.nextCursor;
      } while (cursor);
      expect(seen).toBe(450);
      const window = await store.audit.query({ since: 1_100, until: 1_110, decision: 'block' }, 100);
      expect(window.items.every((e) => e.time >= 1_100 && e.time < 1_110 && e.decision === 'block')).toBe(
        true,
      );
      expect((await store.audit.query({ status: 200, requestId: 'req-5' }, 10)).items).toHaveLength(1);
      for (const value of SQLISH) {
        const filters = [
          { tenant: value },
          { keyId: value },
          { model: value },
          { decision: value },
          { route: value },
          { requestId: value },
        ];
        for (const filter of filters) expect((await store.audit.query(filter, 10)).items).toEqual([]);
        expect((await store.audit.query({}, 5, value)).items).toHaveLength(5);
      }

      expect((await store.audit.chainSlice('c1', 895, 10)).map((e) => e.seq)).toEqual([
        896, 897, 898, 899, 900,
      ]);
      const exported = await store.audit.exportPage(1_898, 10);
      expect(exported.items.map((e) => e.seq)).toEqual([899, 900]);

      const boundary = await store.audit.lastBefore('c1', 1_100);
      expect(boundary?.seq).toBe(100);
      const deleted = await store.audit.purgePrefix({
        chain: 'c1',
        seq: 100,
        hash: boundary!.hash,
        sig: 'sig',
        purged_before: 1_100,
        created_at: 3,
      });
      expect(deleted).toBe(100);
      expect((await store.audit.checkpoint('c1'))?.seq).toBe(100);
      await store.audit.purgePrefix({
        chain: 'c1',
        seq: 200,
        hash: 'h200',
        sig: 's2',
        purged_before: 1_200,
        created_at: 4,
      });
      expect((await store.audit.checkpoint('c1'))?.hash).toBe('h200');
      expect(await store.audit.countEvents()).toBe(700);
    });

    it('meta: first writer wins', async () => {
      expect(await store.meta.setIfAbsent('bootstrap', 'a')).toBe('a');
      expect(await store.meta.setIfAbsent('bootstrap', 'b')).toBe('a');
      expect(await store.meta.get('missing')).toBeUndefined();
    });
  });
}
