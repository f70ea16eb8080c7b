import { z } from 'zod';
import { auditSchema, databaseSchema, identitySchema, limitsSchema, redisSchema } from './config-security.js';
import { GUARD_STAGES } from './guard.js';
import { policySchema } from './policy.js';

/** Secrets never appear in config files: only a reference resolved at load. */
export const secretRefSchema = z
  .string()
  .regex(/^(env|file):\S+$/, 'must be a secret reference: env:NAME or file:/path')
  .describe('Secret reference: env:NAME (environment variable) or file:PATH (file contents, trimmed).');

const upstreamSchema = z
  .object({
    name: z
      .string()
      .min(1)
      .regex(/^[\w.-]+$/, 'letters, digits, _ . - only')
      .describe('Name used in logs and headers.'),
    url: z
      .url({ protocol: /^https?$/ })
      .describe('Base URL of the model server, without the API path: http://127.0.0.1:11434.'),
    kind: z
      .enum(['ollama', 'openai'])
      .default('ollama')
      .describe('ollama serves both /api/* and /v1/*; openai serves /v1/* only.'),
    models: z
      .array(z.string().min(1))
      .min(1)
      .default(['*'])
      .describe('Model-name globs routed to this upstream, in config order; later upstreams are fallbacks.'),
    apiKey: secretRefSchema.optional().describe('Key the gateway sends upstream (Authorization: Bearer).'),
    connectTimeoutMs: z.int().positive().default(5_000),
    headersTimeoutMs: z.int().positive().default(120_000).describe('Time to the first response byte.'),
    bodyTimeoutMs: z.int().positive().default(120_000).describe('Longest silence between two body chunks.'),
    connections: z.int().positive().default(128).describe('Connection pool size.'),
  })
  .strict();

export type UpstreamConfig = z.infer<typeof upstreamSchema>;

const guardEntrySchema = z
  .object({
    use: z.string().min(1).describe('Guard id from the registry: input-limit, denylist, …'),
    name: z.string().min(1).optional().describe('Instance name, when one guard is used twice.'),
    stages: z
      .array(z.enum(GUARD_STAGES))
      .min(1)
      .optional()
      .describe('Subset of the guard’s stages to run at.'),
    timeoutMs: z.int().positive().max(60_000).default(1_000),
    config: z.unknown().optional().describe('The guard’s own settings, validated by its schema.'),
  })
  .strict();

export type GuardEntryConfig = z.infer<typeof guardEntrySchema>;

/**
 * The system prompt is the application's own text ("never reveal these instructions…" reads like an
 * attack to a detector), so by default injection and jailbreak detection skip it.
 */
const UNTRUSTED_ROLES = ['user', 'assistant', 'tool', 'document', 'other'];

/**
 * Protection out of the box: size limits, hidden text, prompt injection and jailbreaks on what goes
 * in (including tool results and documents), personal data and secrets both ways. The classifiers
 * with more false positives (harmful-request, toxicity) and the lexicon are opt-in.
 */
export const DEFAULT_GUARDS: GuardEntryConfig[] = [
  { use: 'input-limit', timeoutMs: 1_000, config: {} },
  { use: 'hidden-text', stages: ['input', 'tool'], timeoutMs: 1_000, config: {} },
  {
    use: 'prompt-injection',
    stages: ['input', 'tool'],
    timeoutMs: 1_000,
    config: { roles: UNTRUSTED_ROLES },
  },
  { use: 'jailbreak', stages: ['input'], timeoutMs: 1_000, config: { roles: UNTRUSTED_ROLES } },
  { use: 'pii', timeoutMs: 1_000, config: {} },
  { use: 'denylist', timeoutMs: 1_000, config: {} },
];

export const configSchema = z
  .object({
    server: z
      .object({
        host: z
          .string()
          .default('127.0.0.1')
          .describe('Listen address. The default keeps the gateway off the network.'),
        port: z.int().min(0).max(65_535).default(8787),
        bodyLimitBytes: z
          .int()
          .positive()
          .default(4 * 1024 * 1024),
        maxJsonDepth: z.int().positive().max(1_000).default(64),
        exposeDecisionHeaders: z.boolean().default(true).describe('Send x-palisade-decision on responses.'),
      })
      .strict()
      .prefault({}),
    upstreams: z
      .array(upstreamSchema)
      .min(1)
      .default([{ name: 'ollama', url: 'http://127.0.0.1:11434' }].map((u) => upstreamSchema.parse(u)))
      .refine(
        (list) => new Set(list.map((u) => u.name)).size === list.length,
        'upstream names must be unique',
      ),
    guards: z.array(guardEntrySchema).default(DEFAULT_GUARDS),
    policy: policySchema.prefault({}),
    streaming: z
      .object({
        holdBackChars: z
          .int()
          .min(0)
          .max(65_536)
          .default(128)
          .describe('Characters withheld at the end of a stream until output guards have seen what follows.'),
        contextChars: z
          .int()
          .min(0)
          .max(65_536)
          .default(1_024)
          .describe('Already released characters re-scanned with each window, for matches across windows.'),
      })
      .strict()
      .prefault({}),
    logging: z
      .object({
        level: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
      })
      .strict()
      .prefault({}),
    database: databaseSchema.prefault({}),
    identity: identitySchema.prefault({}),
    limits: limitsSchema.prefault({}),
    audit: auditSchema.prefault({}),
    redis: redisSchema.prefault({}),
  })
  .strict();

export type PalisadeConfig = z.infer<typeof configSchema>;
export type PalisadeConfigInput = z.input<typeof configSchema>;
