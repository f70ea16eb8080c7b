/**
 * A gateway process for bench:gateway. Modes: `bare` (proxy + guards, no identity layer), `sqlite`
 * (auth + limits + audit on SQLite, memory limits) and `pg` (PostgreSQL + Redis). Prints
 * "listening on <url>".
 * Args: <upstream-url> <mode> <data-dir> <default|minimal guards>; env PAL_BENCH_KEY (the bootstrap admin key),
 * PALISADE_TEST_PG_URL / PALISADE_TEST_REDIS_URL, PAL_BENCH_SCHEMA.
 */
import { compilePolicy, MemorySharedState } from '../../src/core/index.js';
import { buildApp } from '../../src/gateway/app.js';
import { parseConfig, resolveSecret } from '../../src/gateway/config-loader.js';
import { compileGuards } from '../../src/gateway/guards.js';
import { startGateway } from '../../src/gateway/server.js';
import { UpstreamSet } from '../../src/gateway/upstream/upstreams.js';
import { TEST_PG_URL, TEST_REDIS_URL } from '../../src/store/test-support.js';

const [upstream, mode, dataDir, guardSet] = process.argv.slice(2) as [
  string,
  'bare' | 'sqlite' | 'pg',
  string,
  'default' | 'minimal',
];
// `minimal`: only the two foundation guards, to separate proxy cost from detector cost.
const guards = guardSet === 'minimal' ? { guards: [{ use: 'input-limit' }, { use: 'denylist' }] } : {};
// Limits high enough never to refuse, so the limiter code runs on every request.
const limits = { rpm: 1_000_000_000, tpm: 1_000_000_000, concurrency: 100_000 };
const security =
  mode === 'bare'
    ? {}
    : {
        database:
          mode === 'pg' ? { url: TEST_PG_URL, schema: process.env.PAL_BENCH_SCHEMA, dataDir } : { dataDir },
        identity: {
          bootstrapAdminKey: 'env:PAL_BENCH_KEY',
          ...(mode === 'pg' ? { secret: 'env:PAL_BENCH_SECRET' } : {}),
        },
        limits: { backend: mode === 'pg' ? 'redis' : 'memory', keyDefaults: limits, tenantDefaults: limits },
        redis: { url: TEST_REDIS_URL, keyPrefix: `palbench:${process.pid}:` },
      };
const config = parseConfig({
  ...guards,
  server: { port: 0 },
  upstreams: [{ name: 'bench', url: upstream }],
  logging: { level: 'warn' },
  ...security,
});

let url: string;
if (mode === 'bare') {
  const silent = { debug() {}, info() {}, warn() {}, error() {} };
  const guards = compileGuards(config.guards, {
    logger: silent,
    modelsDir: 'models',
    sharedState: new MemorySharedState(),
    resolveSecret,
  });
  const pipeline = { guards, policy: compilePolicy(config.policy) };
  const app = buildApp({
    config,
    pipeline: () => pipeline,
    upstreams: new UpstreamSet(config.upstreams, resolveSecret),
  });
  url = await app.listen({ host: '127.0.0.1', port: 0 });
} else {
  url = (await startGateway(config)).url;
}
process.stdout.write(`listening on ${url}\n`);
