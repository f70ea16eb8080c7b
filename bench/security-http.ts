/**
 * Added latency of the identity layer over HTTP: the same chat request at concurrency 1 through the
 * bare guarded gateway and through the gateway with auth + limits + audit (SQLite; PG + Redis when
 * reachable), timed per request with hrtime (sub-millisecond resolution).
 * Run: npx tsx bench/security-http.ts   (BENCH_REQUESTS=3000)
 */
import { type ChildProcess, fork, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Pool } from 'undici';
import { dropSchema, postgresReachable, uniqueSchema } from '../src/store/test-support.js';

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 3_000);
const KEY = `pal_${randomBytes(32).toString('base64url')}`;
const children: ChildProcess[] = [];
const body = JSON.stringify({
  model: 'bench',
  messages: [{ role: 'user', content: 'Summarise: '.repeat(60) }],
});

async function upstream(): Promise<string> {
  const child = fork(new URL('./support/fast-upstream.ts', import.meta.url), {
    execArgv: ['--import', 'tsx'],
  });
  children.push(child);
  const port = await new Promise<number>((r) =>
    child.once('message', (m) => r((m as { port: number }).port)),
  );
  return `http://127.0.0.1:${port}`;
}

async function gateway(up: string, mode: string, schema: string): Promise<string> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'bench/support/bench-gateway.ts', up, mode, mkdtempSync(join(tmpdir(), 'pal-bh-'))],
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
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /listening on (http:\/\/[\d.:]+)/.exec(out);
      if (m) resolve(m[1]!);
    });
    child.once('exit', (code) => reject(new Error(`gateway exited ${code}`)));
  });
}

async function p50(url: string): Promise<{ p50: number; p99: number; errors: number }> {
  const pool = new Pool(url, { connections: 1 });
  const samples: number[] = [];
  let errors = 0;
  for (let i = 0; i < REQUESTS + 300; i++) {
    const start = process.hrtime.bigint();
    const res = await pool.request({
      path: '/v1/chat/completions',
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${KEY}` },
      body,
    });
    await res.body.arrayBuffer();
    if (res.statusCode !== 200) errors++;
    if (i >= 300) samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  await pool.close();
  samples.sort((a, b) => a - b);
  return {
    p50: samples[Math.floor(samples.length / 2)]!,
    p99: samples[Math.floor(samples.length * 0.99)]!,
    errors,
  };
}

const up = await upstream();
const schema = uniqueSchema('benchhttp');
const modes = ['bare', 'sqlite', ...((await postgresReachable()) ? ['pg'] : [])];
const lines = [
  `c=1, ${REQUESTS} requests each`,
  '| gateway | p50 ms | p99 ms | errors | added p50 vs bare |',
  '|---|---|---|---|---|',
];
let bare = 0;
try {
  for (const mode of modes) {
    const r = await p50(await gateway(up, mode, schema));
    if (mode === 'bare') bare = r.p50;
    lines.push(
      `| ${mode} | ${r.p50.toFixed(3)} | ${r.p99.toFixed(3)} | ${r.errors} | ${mode === 'bare' ? '-' : (r.p50 - bare).toFixed(3)} |`,
    );
  }
} finally {
  for (const child of children) child.kill();
  if (modes.includes('pg')) await dropSchema(schema).catch(() => undefined);
}
process.stdout.write(`${lines.join('\n')}\n`);
