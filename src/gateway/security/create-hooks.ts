import type { FastifyInstance } from 'fastify';
import type { Redis } from 'ioredis';
import { verifyAudit } from '../../audit/verify.js';
import { AuditWriter } from '../../audit/writer.js';
import type { PalisadeConfig } from '../../core/config.js';
import { PalisadeError } from '../../core/errors.js';
import { matchesAny } from '../../core/glob.js';
import { Authenticator } from '../../identity/authenticator.js';
import { bootstrapIdentity } from '../../identity/bootstrap.js';
import { GuessGuard } from '../../identity/guess-guard.js';
import { LimiterCache } from '../../identity/limits/limiters.js';
import { Limits } from '../../identity/limits/limits.js';
import { createLimitsRedis, redisReady } from '../../identity/limits/redis-client.js';
import type { SecurityLogger } from '../../identity/logger.js';
import { limitsOf } from '../../identity/model.js';
import { resolveMaybeRef } from '../../identity/secret-ref.js';
import { registerAdmin } from '../admin/plugin.js';
import type { AdminPolicyControl } from '../admin/types.js';
import type { Admission, AuditRecord, GatewayHooks, GatewayPrincipal } from '../hooks.js';
import { openSecurityContext, type SecurityContext } from './context.js';

export interface GatewaySecurityOptions {
  config: PalisadeConfig;
  logger: SecurityLogger;
  /** Policy endpoints of the admin API; omitted → those routes answer 404. */
  policy?: AdminPolicyControl | undefined;
  /** Where a generated bootstrap admin key is shown once (default: stderr, never the log). */
  announceKey?: (key: string) => void;
  env?: NodeJS.ProcessEnv;
  /** Tests: reuse an opened context instead of opening one from config. */
  context?: SecurityContext;
  /** Tests: chain instance label. */
  instance?: string;
}

export interface GatewaySecurity {
  hooks: GatewayHooks;
  context: SecurityContext;
  writer: AuditWriter | undefined;
  /** Graceful shutdown: flushes the audit queue, then closes Redis and the store. */
  close(): Promise<void>;
}

const defaultAnnounce = (key: string): void => {
  process.stderr.write(
    `\nPalisade created the first admin API key. It is shown once and stored only as a hash:\n\n  ${key}\n\n`,
  );
};

/** Builds GatewayHooks from the store, identity, limits and audit layers. */
export async function createGatewayHooks(options: GatewaySecurityOptions): Promise<GatewaySecurity> {
  const { config, logger } = options;
  const env = options.env ?? process.env;
  const context = options.context ?? (await openSecurityContext(config, { env }));
  let redis: Redis | undefined;
  let writer: AuditWriter | undefined;
  try {
    const boot = await bootstrapIdentity(
      context.store,
      context.keys,
      context.secret,
      config.identity.bootstrapAdminKey,
    );
    if (boot.createdKeyId) logger.info({ keyId: boot.createdKeyId }, 'bootstrap admin key created');
    if (boot.generatedKey) (options.announceKey ?? defaultAnnounce)(boot.generatedKey);

    if (config.limits.backend === 'redis') {
      const url = env.PALISADE_REDIS_URL || resolveMaybeRef(config.redis.url, env);
      if (!url)
        throw new Error('limits.backend is redis but neither redis.url nor PALISADE_REDIS_URL is set');
      redis = createLimitsRedis(url, config.redis.commandTimeoutMs, logger);
      await redisReady(redis, 3_000).catch(() =>
        logger.warn({}, 'redis not ready at start; onStoreError applies'),
      );
    }
    const limits = new Limits({
      limiters: new LimiterCache({
        backend: config.limits.backend,
        redis,
        keyPrefix: config.redis.keyPrefix,
        insurance: config.limits.onStoreError === 'memory',
        concurrencyTtlSec: config.limits.concurrencyTtlSec,
      }),
      keyDefaults: config.limits.keyDefaults,
      tenantDefaults: config.limits.tenantDefaults,
      onStoreError: config.limits.onStoreError,
      logger,
    });
    const authenticator = new Authenticator(
      context.store,
      context.hashKey,
      new GuessGuard(config.identity.guessing, logger),
      config.identity.cacheTtlMs,
    );
    context.keys.onChange((keyId) => authenticator.evict(keyId));

    if (config.audit.enabled) {
      writer = new AuditWriter({
        store: context.store,
        chainKey: context.chainKey,
        cipher: context.cipher,
        flushIntervalMs: config.audit.flushIntervalMs,
        batchSize: config.audit.batchSize,
        maxQueue: config.audit.maxQueue,
        logger,
        instance: options.instance,
      });
      await writer.start();
    }

    const limitContext = async (principal: GatewayPrincipal) => {
      const known = authenticator.contextOf(principal);
      if (known) return known;
      // A principal not minted by this authenticator: read its limits from the store.
      const [key, tenant] = await Promise.all([
        context.store.keys.get(principal.keyId),
        context.store.tenants.get(principal.tenant),
      ]);
      return { keyLimits: key ? limitsOf(key) : {}, tenantLimits: tenant ? limitsOf(tenant) : {} };
    };

    const hooks: GatewayHooks = {
      authenticate: (headers, ip) => authenticator.authenticate(headers, ip),
      async admit(principal, request): Promise<Admission> {
        // Defence in depth: the proxy checks the allowlist too, but nothing reaches upstream without it.
        if (!matchesAny(principal.models, request.model)) throw new PalisadeError('model_not_allowed');
        const { keyLimits, tenantLimits } = await limitContext(principal);
        return limits.admit(
          { keyId: principal.keyId, tenant: principal.tenant, keyLimits, tenantLimits },
          request.estimatedInputTokens,
        );
      },
      record(event: AuditRecord): void {
        try {
          writer?.record(event);
        } catch (error) {
          logger.error({ err: String(error) }, 'audit record failed');
        }
      },
      storesContent: config.audit.storeContent && context.cipher !== undefined,
      registerAdminRoutes(app: FastifyInstance): void {
        registerAdmin(app, {
          authenticate: hooks.authenticate,
          store: context.store,
          keys: context.keys,
          cipher: context.cipher,
          verifyAudit: () => verifyAudit(context.store, context.chainKey),
          policy: options.policy,
          logger,
        });
      },
    };

    return {
      hooks,
      context,
      writer,
      async close() {
        await writer?.close();
        redis?.disconnect();
        await context.close();
      },
    };
  } catch (error) {
    await writer?.close().catch(() => undefined);
    redis?.disconnect();
    await context.close();
    throw error;
  }
}
