import { resolve } from 'node:path';
import pino from 'pino';
import { compilePolicy, MemorySharedState, type PalisadeConfig } from '../core/index.js';
import { buildApp } from './app.js';
import { resolveSecret } from './config-loader.js';
import { compileGuards } from './guards.js';
import type { GatewayHooks } from './hooks.js';
import type { CompiledPipeline } from './runtime.js';
import { createGatewayHooks } from './security/create-hooks.js';
import { closeGracefully } from './shutdown.js';
import { UpstreamSet } from './upstream/upstreams.js';

export interface RunningGateway {
  url: string;
  close(): Promise<void>;
}

/** Paths whose values are secrets: never written to logs. */
export const REDACTED_LOG_PATHS = [
  'req.headers.authorization',
  'req.headers["x-api-key"]',
  '*.apiKey',
  '*.authorization',
];

export interface StartOptions {
  hooks?: GatewayHooks;
  modelsDir?: string;
}

/** Compiles everything once, then listens. Config errors surface before the port opens. */
export async function startGateway(
  config: PalisadeConfig,
  options: StartOptions = {},
): Promise<RunningGateway> {
  const logger = pino({
    level: config.logging.level,
    redact: { paths: REDACTED_LOG_PATHS, censor: '[redacted]' },
  });
  const guardDeps = {
    logger,
    modelsDir: options.modelsDir ?? resolve('models'),
    sharedState: new MemorySharedState(),
  };
  const pipeline: CompiledPipeline = {
    guards: compileGuards(config.guards, guardDeps),
    policy: compilePolicy(config.policy),
  };
  // Identity, limits and audit (store migrated, bootstrap admin key printed once) unless a test
  // passes its own hooks.
  const security = options.hooks
    ? undefined
    : await createGatewayHooks({
        config,
        logger,
        policy: {
          current: () => config.policy,
          reload: async () => ({ reloaded: false, detail: 'restart the gateway to apply a new policy' }),
        },
      });
  const hooks = options.hooks ?? security?.hooks;
  const upstreams = new UpstreamSet(config.upstreams, resolveSecret);
  const app = buildApp({ config, pipeline: () => pipeline, upstreams, hooks }, { logger });
  const address = await app.listen({ host: config.server.host, port: config.server.port });
  return {
    url: address,
    async close() {
      await closeGracefully(app, 10_000);
      await upstreams.close();
      await security?.close(); // flushes the audit queue
    },
  };
}
