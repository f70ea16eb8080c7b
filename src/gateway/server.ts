import { fileURLToPath } from 'node:url';
import pino from 'pino';
import { compilePolicy, MemorySharedState, type PalisadeConfig, type SharedState } from '../core/index.js';
import { createLimitsRedis } from '../identity/limits/redis-client.js';
import { resolveMaybeRef } from '../identity/secret-ref.js';
import { deriveKey } from '../identity/server-secret.js';
import { EncryptedSharedState } from '../store/encrypted-shared-state.js';
import { RedisSharedState } from '../store/redis-shared-state.js';
import { buildApp } from './app.js';
import { loadConfigFile, resolveSecret } from './config-loader.js';
import { compileGuards } from './guards.js';
import type { GatewayHooks } from './hooks.js';
import { GatewayMetrics } from './metrics.js';
import type { CompiledPipeline } from './runtime.js';
import { openSecurityContext, type SecurityContext } from './security/context.js';
import { createGatewayHooks } from './security/create-hooks.js';
import { closeGracefully } from './shutdown.js';
import { UpstreamSet } from './upstream/upstreams.js';

export interface RunningGateway {
  url: string;
  /** Re-reads the config file and swaps guards + policy atomically; the old ones stay on error. */
  reload(): Promise<{ reloaded: boolean; detail?: string }>;
  close(): Promise<void>;
}

/** The committed model weights, next to src/ and dist/ alike. */
const DEFAULT_MODELS_DIR = fileURLToPath(new URL('../../models', import.meta.url));

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
  /** The file the config came from; enables reload (SIGHUP, POST /admin/policy/reload). */
  configPath?: string;
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
  // The store and server secret come first: the secret also seals guard state kept in Redis.
  const context = options.hooks ? undefined : await openSecurityContext(config);
  try {
    return await listen(config, options, logger, context);
  } catch (error) {
    // Closing twice is harmless: the security layer may already have closed it on its own failure.
    await context?.close().catch(() => undefined);
    throw error;
  }
}

async function listen(
  config: PalisadeConfig,
  options: StartOptions,
  logger: pino.Logger,
  context: SecurityContext | undefined,
): Promise<RunningGateway> {
  // Guard state shared across instances (e.g. per-conversation pseudonym vaults) lives in Redis when
  // one is configured, so a conversation may hop between instances; otherwise in this process. In
  // Redis it is sealed with a key derived from the server secret.
  const redisUrl = process.env.PALISADE_REDIS_URL || resolveMaybeRef(config.redis.url);
  const stateRedis = redisUrl
    ? createLimitsRedis(redisUrl, config.redis.commandTimeoutMs, logger)
    : undefined;
  let sharedState: SharedState = new MemorySharedState();
  if (stateRedis) {
    const inRedis = new RedisSharedState(stateRedis, `${config.redis.keyPrefix}state:`);
    sharedState = context
      ? new EncryptedSharedState(inRedis, deriveKey(context.secret, 'shared-state'))
      : inRedis;
  }
  const guardDeps = {
    logger,
    modelsDir: options.modelsDir ?? DEFAULT_MODELS_DIR,
    sharedState,
    resolveSecret,
  };
  let pipeline: CompiledPipeline = {
    guards: compileGuards(config.guards, guardDeps),
    policy: compilePolicy(config.policy),
  };
  let policyConfig = config.policy;
  // Only guards and policy reload; listeners, upstreams, store and identity need a restart.
  const reload = async (): Promise<{ reloaded: boolean; detail?: string }> => {
    if (!options.configPath)
      return { reloaded: false, detail: 'started without a config file; nothing to reload' };
    try {
      const next = loadConfigFile(options.configPath);
      pipeline = { guards: compileGuards(next.guards, guardDeps), policy: compilePolicy(next.policy) };
      policyConfig = next.policy;
      logger.info({ guards: next.guards.length }, 'policy reloaded');
      return { reloaded: true };
    } catch (error) {
      logger.error(
        { err: (error as Error).message },
        'policy reload failed; the previous policy stays in force',
      );
      return { reloaded: false, detail: (error as Error).message };
    }
  };
  // Identity, limits and audit (bootstrap admin key printed once) unless a test passes its own hooks.
  const security = context
    ? await createGatewayHooks({ config, logger, context, policy: { current: () => policyConfig, reload } })
    : undefined;
  const hooks = options.hooks ?? security?.hooks;
  const upstreams = new UpstreamSet(config.upstreams, resolveSecret);
  const metrics = new GatewayMetrics();
  const app = buildApp({ config, pipeline: () => pipeline, upstreams, hooks, metrics }, { logger });
  let address: string;
  try {
    address = await app.listen({ host: config.server.host, port: config.server.port });
  } catch (error) {
    await upstreams.close();
    await security?.close();
    stateRedis?.disconnect();
    throw error;
  }
  return {
    url: address,
    reload,
    async close() {
      await closeGracefully(app, 10_000);
      await upstreams.close();
      await security?.close(); // flushes the audit queue
      stateRedis?.disconnect();
    },
  };
}
