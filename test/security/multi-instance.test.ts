import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAudit } from '../../src/audit/verify.js';
import { configSchema } from '../../src/core/config.js';
import { openSecurityContext, type SecurityContext } from '../../src/gateway/security/context.js';
import {
  dropSchema,
  postgresReachable,
  serverGate,
  TEST_PG_URL,
  TEST_REDIS_URL,
  uniqueSchema,
} from '../../src/store/test-support.js';
import { type FakeUpstream, startFakeUpstream } from '../support/fake-upstream.js';

/**
 * Two gateway processes sharing PostgreSQL and Redis: a per-key limit holds across both, both write
 * audit events, `audit verify` passes, and a row altered in the database fails it at that row.
 */
async function redisReachable(): Promise<boolean> {
  const client = new Redis(TEST_REDIS_URL, {
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    connectTimeout: 1_000,
  });
  try {
    await client.connect();
    return (await client.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    client.disconnect();
  }
}

const gate = serverGate('PostgreSQL and Redis', (await postgresReachable()) && (await redisReachable()));
const schema = uniqueSchema('multi');
const secret = randomBytes(32).toString('base64');
const adminKey = `pal_${randomBytes(32).toString('base64url')}`;
const redisPrefix = `paltest:${schema}:`;

function startInstance(upstream: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(import.meta.dirname, '../fixtures/secure-gateway-child.ts')],
    {
      env: {
        ...process.env,
        PAL_UPSTREAM: upstream,
        PAL_DB_URL: TEST_PG_URL,
        PAL_DB_SCHEMA: schema,
        PAL_SECRET: secret,
        PAL_ADMIN_KEY: adminKey,
        PAL_REDIS_URL: TEST_REDIS_URL,
        PAL_REDIS_PREFIX: redisPrefix,
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /READY (\S+)/.exec(out);
      if (match) resolve({ child, url: match[1]! });
    });
    child.once('exit', (code) => reject(new Error(`gateway exited early (${code})`)));
  });
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
}

describe.skipIf(gate.skip)('two gateway processes on PostgreSQL + Redis', () => {
  let upstream: FakeUpstream;
  const instances: { child: ChildProcess; url: string }[] = [];
  let context: SecurityContext;

  beforeAll(async () => {
    if (gate.failure) throw new Error(gate.failure);
    upstream = await startFakeUpstream();
    // Start one first so exactly one instance runs the migrations and the bootstrap.
    instances.push(await startInstance(upstream.url));
    instances.push(await startInstance(upstream.url));
  }, 60_000);

  afterAll(async () => {
    await Promise.all(instances.map((i) => stop(i.child)));
    await context?.close();
    await upstream?.close();
    if (!gate.failure) {
      await dropSchema(schema);
      const redis = new Redis(TEST_REDIS_URL);
      const keys = await redis.keys(`${redisPrefix}*`);
      if (keys.length) await redis.del(...keys);
      redis.disconnect();
    }
  });

  it('a per-key limit holds across both; both audit; verify passes, then fails at an altered row', async () => {
    const a = instances[0]!;
    const b = instances[1]!;
    const created = await fetch(`${a.url}/admin/keys`, {
      method: 'POST',
      headers: { authorization: `Bearer ${adminKey}`, 'content-type': 'application/json' },
      body: JSON.stringify({ tenant: 'acme', role: 'user', models: ['llama3*'], limits: { rpm: 4 } }),
    });
    expect(created.status).toBe(201);
    const { key } = (await created.json()) as { key: string };

    const chat = (url: string, model = 'llama3') =>
      fetch(`${url}/v1/chat/completions`, {
        method: 'POST',
        headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
        body: JSON.stringify({ model, messages: [{ role: 'user', content: 'hello' }] }),
      });
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) statuses.push((await chat(a.url)).status, (await chat(b.url)).status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(4);
    expect(statuses.slice(4)).toEqual([429, 429]);
    const limited = await chat(b.url);
    expect(limited.headers.get('retry-after')).toMatch(/^\d+$/);
    expect((await chat(a.url, 'qwen2')).status).toBe(403);
    expect((await fetch(`${b.url}/v1/chat/completions`, { method: 'POST' })).status).toBe(401);
    // Ollama model management is closed to user keys.
    const pull = await fetch(`${b.url}/api/pull`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      body: JSON.stringify({ model: 'llama3' }),
    });
    expect(pull.status).toBe(403);

    // A key revoked on A stops working on B within identity.cacheTtlMs (200 ms here).
    const second = await fetch(`${a.url}/admin/keys`, {
      method: 'POST',
      headers: { authorization: `Bearer ${adminKey}`, 'content-type': 'application/json' },
      body: JSON.stringify({ tenant: 'beta', role: 'user', models: ['*'] }),
    });
    const other = (await second.json()) as { key: string; view: { id: string } };
    const models = () => fetch(`${b.url}/v1/models`, { headers: { authorization: `Bearer ${other.key}` } });
    expect((await models()).status).not.toBe(401);
    await fetch(`${a.url}/admin/keys/${other.view.id}/revoke`, {
      method: 'POST',
      headers: { authorization: `Bearer ${adminKey}` },
    });
    await new Promise((r) => setTimeout(r, 300));
    expect((await models()).status).toBe(401);

    await Promise.all(instances.map((i) => stop(i.child)));
    const config = configSchema.parse({
      database: { url: TEST_PG_URL, schema },
      identity: { secret: 'env:PAL_TEST_SECRET' },
    });
    process.env.PAL_TEST_SECRET = secret;
    context = await openSecurityContext(config);
    const report = await verifyAudit(context.store, context.chainKey);
    expect(report.ok).toBe(true);
    expect(report.chains).toBe(2);
    const chains = new Set(
      (await context.store.audit.query({ tenant: 'acme' }, 100)).items.map((e) => e.chain),
    );
    expect(chains.size).toBe(2);
    // 4 admitted + 3 rate-limited chat calls (the gateway does not audit 401s and pre-admit 403s).
    expect(report.events).toBeGreaterThanOrEqual(7);

    const victim = (await context.store.audit.query({ tenant: 'acme', status: 200 }, 1)).items[0]!;
    await sql`update audit_events set status = 500 where id = ${victim.id}`.execute(context.store.db.kysely);
    const broken = await verifyAudit(context.store, context.chainKey);
    expect(broken.ok).toBe(false);
    expect(broken.broken).toMatchObject({ chain: victim.chain, seq: victim.seq, eventId: victim.id });
  }, 60_000);
});
