/**
 * Cost of the identity / limits / audit layer, measured directly on the hooks (no HTTP):
 *   - authenticate (cached key) + admit (rpm/tpm/concurrency) + release + record, p50/p99 per request
 *   - sustained audit writes: N events recorded, time until all are durable, nothing lost
 * SQLite always; PostgreSQL + Redis when reachable (PALISADE_TEST_PG_URL / PALISADE_TEST_REDIS_URL).
 * Run: npx tsx bench/security.ts
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { configSchema, type PalisadeConfigInput } from '../src/core/config.js';
import type { AuditRecord } from '../src/gateway/hooks.js';
import { createGatewayHooks } from '../src/gateway/security/create-hooks.js';
import { silentLogger } from '../src/identity/logger.js';
import {
  dropSchema,
  postgresReachable,
  TEST_PG_URL,
  TEST_REDIS_URL,
  uniqueSchema,
} from '../src/store/test-support.js';

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 5_000);
const EVENTS = Number(process.env.BENCH_EVENTS ?? 50_000);

function event(i: number): AuditRecord {
  return {
    time: new Date(),
    requestId: `bench-${i}`,
    tenant: 'bench',
    keyId: 'key_bench',
    route: '/v1/chat/completions',
    method: 'POST',
    model: 'llama3',
    upstream: 'ollama',
    decision: 'allow',
    findingCodes: [],
    usage: { inputTokens: 10, outputTokens: 20 },
    latencyMs: 12,
    status: 200,
  };
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

async function run(label: string, input: PalisadeConfigInput): Promise<string[]> {
  let adminKey = '';
  const security = await createGatewayHooks({
    config: configSchema.parse(input),
    logger: silentLogger,
    announceKey: (k) => {
      adminKey = k;
    },
  });
  const { hooks, context } = security;
  const user = await context.keys.create({
    tenant: 'bench',
    role: 'user',
    models: ['llama3*'],
    limits: { rpm: 10_000_000, tpm: 1_000_000_000, concurrency: 1_000 },
  });
  void adminKey;
  const headers = { authorization: `Bearer ${user.key}` };
  const samples: number[] = [];
  for (let i = 0; i < REQUESTS; i++) {
    const start = process.hrtime.bigint();
    const principal = await hooks.authenticate(headers, '127.0.0.1');
    const admission = await hooks.admit(principal, { model: 'llama3', estimatedInputTokens: 10 });
    admission.release({ inputTokens: 10, outputTokens: 20 });
    hooks.record(event(i));
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  samples.sort((a, b) => a - b);
  await security.writer!.flush();

  const before = await context.store.audit.countEvents();
  const start = performance.now();
  for (let i = 0; i < EVENTS; i++) hooks.record(event(i));
  await security.writer!.flush();
  const seconds = (performance.now() - start) / 1000;
  const stored = (await context.store.audit.countEvents()) - before;
  await security.close();
  return [
    `| ${label} | ${quantile(samples, 0.5).toFixed(3)} | ${quantile(samples, 0.99).toFixed(3)} | ${Math.round(EVENTS / seconds)} | ${EVENTS - stored} |`,
  ];
}

const rows: string[] = [];
const dataDir = mkdtempSync(join(tmpdir(), 'pal-bench-'));
rows.push(...(await run('SQLite + memory limits', { database: { dataDir } })));
if (await postgresReachable()) {
  const schema = uniqueSchema('bench');
  process.env.PAL_BENCH_SECRET = 'b'.repeat(48);
  try {
    rows.push(
      ...(await run('PostgreSQL + Redis limits', {
        database: { url: TEST_PG_URL, schema },
        identity: { secret: 'env:PAL_BENCH_SECRET' },
        limits: { backend: 'redis' },
        redis: { url: TEST_REDIS_URL, keyPrefix: `palbench:${schema}:` },
      })),
    );
  } finally {
    await dropSchema(schema);
  }
}
process.stdout.write(
  [
    `auth+limits+audit hooks, ${REQUESTS} sequential requests (c=1); ${EVENTS} audit events`,
    '| setup | added p50 ms | added p99 ms | audit events/s (durable) | lost |',
    '|---|---|---|---|---|',
    ...rows,
    '',
  ].join('\n'),
);
