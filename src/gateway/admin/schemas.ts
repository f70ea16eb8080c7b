import { z } from 'zod';
import { limitSetSchema } from '../../core/config-security.js';
import { modelGlobsSchema, ROLES, tenantIdSchema } from '../../identity/model.js';

/** Request and response contracts of the admin API (also the source of the OpenAPI document). */
const id = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[\w.:-]+$/, 'letters, digits, _ . : - only');

export const keyIdParams = z.object({ id }).strict();
export const tenantParams = z.object({ id: tenantIdSchema }).strict();

export const keyView = z.object({
  id: z.string(),
  tenant: z.string(),
  role: z.enum(ROLES),
  name: z.string(),
  prefix: z.string().describe('First characters of the key, for recognising it.'),
  models: z.array(z.string()),
  limits: limitSetSchema,
  createdAt: z.string(),
  expiresAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
  status: z.enum(['active', 'expired', 'revoked']),
});

export const createdKey = z.object({
  key: z.string().describe('The API key. Shown once; the gateway stores only its HMAC.'),
  view: keyView,
});

export const createKeyBody = z
  .object({
    tenant: tenantIdSchema,
    role: z.enum(ROLES),
    models: modelGlobsSchema.describe('Model-name globs this key may use.'),
    name: z.string().max(200).optional(),
    expiresAt: z.iso.datetime({ offset: true }).optional(),
    limits: limitSetSchema.optional(),
  })
  .strict();

export const listKeysQuery = z
  .object({
    tenant: tenantIdSchema.optional(),
    role: z.enum(ROLES).optional(),
    includeRevoked: z.enum(['true', 'false']).optional(),
  })
  .strict();

export const tenantView = z.object({
  id: z.string(),
  name: z.string(),
  createdAt: z.string(),
  limits: limitSetSchema,
});

export const createTenantBody = z
  .object({
    id: tenantIdSchema,
    name: z.string().min(1).max(200).optional(),
    limits: limitSetSchema.optional(),
  })
  .strict();

export const updateTenantBody = z
  .object({
    name: z.string().min(1).max(200).optional(),
    limits: z
      .object({
        rpm: z.int().positive().nullable().optional(),
        tpm: z.int().positive().nullable().optional(),
        tpd: z.int().positive().nullable().optional(),
        concurrency: z.int().positive().nullable().optional(),
      })
      .strict()
      .optional()
      .describe('null removes a limit (the default applies).'),
  })
  .strict();

const filterText = z.string().min(1).max(200);

export const auditQuery = z
  .object({
    tenant: tenantIdSchema.optional(),
    keyId: filterText.optional(),
    model: filterText.optional(),
    decision: z.enum(['allow', 'flag', 'redact', 'block']).optional(),
    route: filterText.optional(),
    requestId: filterText.optional(),
    status: z.coerce.number().int().min(100).max(599).optional(),
    since: z.iso.datetime({ offset: true }).optional(),
    until: z.iso.datetime({ offset: true }).optional(),
    includeContent: z.enum(['true', 'false']).optional().describe('Decrypt stored prompt/response content.'),
  })
  .strict();

export const auditEventView = z.object({
  id: z.string(),
  time: z.string(),
  requestId: z.string(),
  tenant: z.string().nullable(),
  keyId: z.string().nullable(),
  route: z.string(),
  method: z.string(),
  model: z.string().nullable(),
  upstream: z.string().nullable(),
  decision: z.string(),
  findingCodes: z.array(z.string()),
  usage: z.object({ inputTokens: z.number(), outputTokens: z.number() }).nullable(),
  latencyMs: z.number(),
  status: z.number(),
  chain: z.string(),
  seq: z.number(),
  hash: z.string(),
  hasContent: z.boolean(),
  content: z.unknown().optional(),
});

export const whoami = z.object({
  keyId: z.string(),
  tenant: z.string(),
  role: z.enum(ROLES),
  scope: z.string().describe("'*' for system admins, else the tenant."),
});
