/**
 * Gateway overhead, all in one run: the same 1 KB chat request sent straight to a fast fake upstream
 * (the baseline), through the bare guarded proxy (default guards), and through the full gateway
 * (default guards + API-key auth + rpm/tpm/concurrency limits + audit log) on SQLite, and on
 * PostgreSQL + Redis when they are reachable; at concurrency 1 and 32.
 * Throughput is autocannon's; latency percentiles come from a closed-loop undici client timed with
 * hrtime, because autocannon reports whole milliseconds and the overheads here are fractions of one.
 * Run: npm run bench:gateway   (BENCH_SECONDS=10 per cell by default)
 */
import { type ChildProcess, fork, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { Pool } from 'undici';
import { dropSchema, postgresReachable, uniqueSchema } from '../src/store/test-support.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const KEY = `pal_${randomBytes(32).toString('base64url')}`;
const children: ChildProcess[] = [];
const headers = { 'content-type': 'application/json', authorization: `Bearer ${KEY}` };
const requestBody = JSON.stringify({
  model: 'bench',
  messages: [
    { role: 'system', content: 'You are a concise assistant for an internal engineering team.' },
    {
      role: 'user',
      content: `Please summarise the following notes. ${'The deployment went well and latency stayed low. '.repeat(18)}`,
    },
  ],
});

async function startUpstream(): Promise<string> {
  const child = fork(new URL('./support/fast-upstream.ts', import.meta.url), {
    execArgv: ['--import', 'tsx'],
  });
  children.push(child);
  const port = await new Promise<number>((resolve) =>
    child.once('message', (m) => resolve((m as { port: number }).port)),
  );
  return `http://127.0.0.1:${port}`;
}

/** One gateway process (bench/support/bench-gateway.ts) in the given mode. */
async function startGateway(
  upstream: string,
  mode: 'bare' | 'sqlite' | 'pg',
  guardSet: 'minimal' | 'default',
  schema: string,
): Promise<string> {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'bench/support/bench-gateway.ts',
      upstream,
      mode,
      mkdtempSync(join(tmpdir(), 'pal-bench-')),
      guardSet,
    ],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
      env: {
        ...process.env,
        PAL_BENCH_KEY: KEY,
        PAL_BENCH_SCHEMA: schema,
        PAL_BENCH_SECRET: randomBytes(32).toString('hex'),
      },
    },
  );
  children.push(child);
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /listening on (http:\/\/[\d.:]+)/.exec(out);
      if (match) resolve(match[1]!);
    });
    child.once('exit', (code) => reject(new Error(`gateway (${mode}) exited with ${code}`)));
  });
}

/** Closed loop: `connections` workers, each sending its next request when the last one answered. */
async function timedLatency(
  url: string,
  connections: number,
  seconds: number,
): Promise<{ p50: number; p99: number; errors: number }> {
  const pool = new Pool(url, { connections });
  const samples: number[] = [];
  let errors = 0;
  const until = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < until) {
        const started = process.hrtime.bigint();
        const response = await pool.request({
          method: 'POST',
          path: '/v1/chat/completions',
          headers,
          body: requestBody,
        });
        await response.body.arrayBuffer();
        samples.push(Number(process.hrtime.bigint() - started) / 1e6);
        if (response.statusCode !== 200) errors++;
      }
    }),
  );
  await pool.close();
  samples.sort((a, b) => a - b);
  const at = (q: number) =>
    samples[Math.min(samples.length - 1, Math.floor(q * samples.length))] ?? Number.NaN;
  return { p50: at(0.5), p99: at(0.99), errors };
}

interface Row {
  target: string;
  connections: number;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
}

async function measure(target: string, url: string, connections: number): Promise<Row> {
  const result = await autocannon({
    url: `${url}/v1/chat/completions`,
    method: 'POST',
    headers,
    body: requestBody,
    connections,
    duration: SECONDS / 2,
  });
  const timed = await timedLatency(url, connections, SECONDS / 2);
  return {
    target,
    connections,
    rps: result.requests.average,
    p50: timed.p50,
    p99: timed.p99,
    errors: result.errors + result.non2xx + timed.errors,
  };
}

async function main(): Promise<void> {
  const upstream = await startUpstream();
  const schema = uniqueSchema('benchgw');
  const targets: [string, 'bare' | 'sqlite' | 'pg', 'minimal' | 'default'][] = [
    ['proxy + input-limit/denylist', 'bare', 'minimal'],
    ['proxy + default guards', 'bare', 'default'],
    ['default guards + auth/limits/audit (SQLite)', 'sqlite', 'default'],
  ];
  if (await postgresReachable()) {
    targets.push(['default guards + auth/limits/audit (PG + Redis)', 'pg', 'default']);
  }
  const urls = new Map<string, string>();
  for (const [name, mode, guardSet] of targets) {
    const url = await startGateway(upstream, mode, guardSet, schema);
    await timedLatency(url, 8, 2); // warm-up: JIT, pools, caches
    urls.set(name, url);
  }
  const rows: Row[] = [];
  try {
    for (const connections of [1, 32]) {
      rows.push(await measure('direct (baseline)', upstream, connections));
      for (const [name] of targets) rows.push(await measure(name, urls.get(name)!, connections));
    }
  } finally {
    if (targets.some(([, mode]) => mode === 'pg')) await dropSchema(schema).catch(() => undefined);
  }

  const fmt = (n: number, digits = 3) => n.toFixed(digits);
  const lines = [
    `Gateway overhead: ${SECONDS}s per cell (half autocannon for req/s, half hrtime client for latency), ${Buffer.byteLength(requestBody)} B chat request, default guard set = input-limit, hidden-text, prompt-injection, jailbreak, pii, denylist; node ${process.version}, ${Intl.DateTimeFormat().resolvedOptions().timeZone}`,
    '',
    '| target | connections | req/s | p50 ms | p99 ms | added p50 ms | errors |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const row of rows) {
    const direct = rows.find((r) => r.target.startsWith('direct') && r.connections === row.connections)!;
    const added = row === direct ? '—' : fmt(row.p50 - direct.p50);
    lines.push(
      `| ${row.target} | ${row.connections} | ${fmt(row.rps, 0)} | ${fmt(row.p50)} | ${fmt(row.p99)} | ${added} | ${row.errors} |`,
    );
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}

main()
  .catch((error: unknown) => {
    process.stderr.write(`bench:gateway failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  })
  .finally(() => {
    for (const child of children) child.kill();
  });
