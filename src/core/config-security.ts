import { z } from 'zod';

/**
 * Config sections of the identity / limits / audit layer. Kept apart from config.ts so the gateway
 * schema stays readable; config.ts only references these. Pure zod, like the rest of core.
 */

/** A secret reference (env:NAME / file:PATH); duplicated from config.ts to avoid an import cycle. */
const secretRef = z
  .string()
  .regex(/^(env|file):\S+$/, 'must be a secret reference: env:NAME or file:/path')
  .describe('Secret reference: env:NAME (environment variable) or file:PATH (file contents, trimmed).');

const positive = z.int().positive();

export const limitSetSchema = z
  .object({
    rpm: positive.optional().describe('Requests per minute.'),
    tpm: positive.optional().describe('Input + output tokens per minute.'),
    tpd: positive.optional().describe('Input + output tokens per day.'),
    concurrency: positive.optional().describe('Requests in flight at once.'),
  })
  .strict();

export type LimitSet = z.infer<typeof limitSetSchema>;

export const databaseSchema = z
  .object({
    url: z
      .string()
      .min(1)
      .optional()
      .describe(
        'PostgreSQL connection URL (postgres://…) or a secret reference to one. Unset: embedded SQLite. ' +
          'PALISADE_DATABASE_URL overrides it.',
      ),
    schema: z
      .string()
      .regex(/^[a-z_][a-z0-9_]{0,62}$/, 'lower-case identifier')
      .optional()
      .describe('PostgreSQL schema for Palisade tables (created if missing). Default: the search_path.'),
    dataDir: z
      .string()
      .min(1)
      .default('.palisade')
      .describe('Directory for the SQLite file and the generated server secret.'),
    poolSize: z.int().positive().max(200).default(10).describe('PostgreSQL connection pool size.'),
    migrateOnStart: z.boolean().default(true).describe('Apply pending migrations when the gateway starts.'),
  })
  .strict();

export const identitySchema = z
  .object({
    secret: secretRef
      .optional()
      .describe(
        'Server secret keying API-key hashes and the audit chain. Unset: generated once into ' +
          '<dataDir>/server-secret (0600). Required with PostgreSQL so every instance shares it.',
      ),
    bootstrapAdminKey: secretRef
      .optional()
      .describe(
        'Admin key to create on first start (must start with pal_). Unset: one is generated and printed once.',
      ),
    cacheTtlMs: z
      .int()
      .min(0)
      .max(300_000)
      .default(5_000)
      .describe(
        'How long a resolved key is cached; a revocation on another instance takes effect within it.',
      ),
    guessing: z
      .object({
        freeFailuresPerMinute: z
          .int()
          .positive()
          .default(10)
          .describe('Failed keys per client IP before slowing down.'),
        delayMs: z
          .int()
          .min(0)
          .max(10_000)
          .default(1_000)
          .describe('Delay added to each failure past the free ones.'),
        blockAfterPerMinute: z
          .int()
          .positive()
          .default(60)
          .describe('Failures per IP per minute before 429.'),
      })
      .strict()
      .prefault({}),
  })
  .strict();

export const limitsSchema = z
  .object({
    backend: z
      .enum(['memory', 'redis'])
      .default('memory')
      .describe('memory: one instance. redis: limits shared by every instance (needs redis.url).'),
    onStoreError: z
      .enum(['closed', 'open', 'memory'])
      .default('closed')
      .describe(
        'When Redis fails: reject (limiter_unavailable), admit, or fall back to per-instance memory limits.',
      ),
    concurrencyTtlSec: z
      .int()
      .positive()
      .default(600)
      .describe('A concurrency slot not released (crashed instance) frees itself after this long.'),
    keyDefaults: limitSetSchema.prefault({}).describe('Limits for keys that set none of their own.'),
    tenantDefaults: limitSetSchema.prefault({}).describe('Limits for tenants that set none of their own.'),
  })
  .strict();

export const auditSchema = z
  .object({
    enabled: z.boolean().default(true),
    storeContent: z
      .boolean()
      .default(false)
      .describe('Keep prompt and response text (encrypted). Requires audit.encryption.keys.'),
    encryption: z
      .object({
        activeKeyId: z
          .string()
          .min(1)
          .optional()
          .describe('Key id used for new events; default: the first key.'),
        keys: z
          .array(
            z
              .object({
                id: z.string().regex(/^[\w.-]{1,64}$/),
                key: secretRef.describe('32 bytes, as 64 hex characters or base64.'),
              })
              .strict(),
          )
          .default([])
          .describe('AES-256-GCM keys; keep retired keys listed so old events stay readable.'),
      })
      .strict()
      .prefault({}),
    flushIntervalMs: z
      .int()
      .min(1)
      .max(60_000)
      .default(200)
      .describe('Batch writes at most this often; a crash loses at most the events of one interval.'),
    batchSize: z.int().positive().max(10_000).default(1_000),
    maxQueue: z
      .int()
      .positive()
      .default(100_000)
      .describe(
        'Events held in memory while the database is unreachable; beyond it events are dropped and logged.',
      ),
    retentionDays: z
      .int()
      .positive()
      .optional()
      .describe('Purge events older than this (signed checkpoint kept).'),
  })
  .strict();

export const redisSchema = z
  .object({
    url: z
      .string()
      .min(1)
      .optional()
      .describe('redis://host:port/db or a secret reference to one. PALISADE_REDIS_URL overrides it.'),
    keyPrefix: z.string().default('palisade:').describe('Prefix of every key Palisade writes.'),
    commandTimeoutMs: z.int().positive().default(500),
  })
  .strict();

export type DatabaseConfig = z.infer<typeof databaseSchema>;
export type IdentityConfig = z.infer<typeof identitySchema>;
export type LimitsConfig = z.infer<typeof limitsSchema>;
export type AuditConfig = z.infer<typeof auditSchema>;
export type RedisConfig = z.infer<typeof redisSchema>;
