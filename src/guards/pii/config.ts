import { z } from 'zod';
import { PII_ENTITIES, type PiiEntity, PRECISE_THRESHOLD, RECALL_THRESHOLD } from '../../detect/pii/index.js';

export const PII_ACTIONS = ['mask', 'redact', 'hash', 'pseudonymize', 'block'] as const;
export type PiiAction = (typeof PII_ACTIONS)[number];

const actionSchema = z.enum(PII_ACTIONS);

export const piiConfigSchema = z
  .object({
    entities: z
      .array(z.string().min(1))
      .optional()
      .describe(
        `Entities or finding codes to detect (default: all but location and organization). Entities: ${PII_ENTITIES.join(', ')}.`,
      ),
    threshold: z
      .number()
      .min(0)
      .max(1)
      .default(PRECISE_THRESHOLD)
      .describe(
        `Minimum recognizer confidence. ${PRECISE_THRESHOLD} keeps lone unknown capitalised words (product names) out; ${RECALL_THRESHOLD} favours recall.`,
      ),
    defaultAction: actionSchema
      .default('redact')
      .describe('Action for entities without an entry in `actions`.'),
    actions: z
      .record(z.string().min(1), actionSchema)
      .default({})
      .describe(
        "Per entity or code: { cn_id_card: 'pseudonymize', person: 'pseudonymize', 'secret': 'block', 'pii.email': 'mask' }. Code beats entity beats 'secret'.",
      ),
    hashKey: z
      .string()
      .regex(/^(env|file):\S+$/, 'must be a secret reference: env:NAME or file:/path')
      .optional()
      .describe('HMAC key for the hash action, as env:NAME or file:PATH (at least 16 characters).'),
    vault: z
      .object({
        scope: z
          .enum(['request', 'conversation'])
          .default('request')
          .describe('Pseudonym mapping per request, or per conversation id (shared state, with TTL).'),
        ttlSeconds: z
          .number()
          .int()
          .min(1)
          .max(7 * 24 * 3600)
          .default(3600),
      })
      .strict()
      .prefault({}),
    restore: z.boolean().default(true).describe('Restore placeholders to the originals in responses.'),
    detectOutput: z
      .boolean()
      .default(true)
      .describe('Report personal data and secrets in responses that the user did not introduce.'),
  })
  .strict()
  .superRefine((config, ctx) => {
    const usesHash = config.defaultAction === 'hash' || Object.values(config.actions).includes('hash');
    if (usesHash && !config.hashKey)
      ctx.addIssue({ code: 'custom', message: 'the hash action needs hashKey' });
  });

export type PiiGuardConfig = z.infer<typeof piiConfigSchema>;

/** The action for one match: exact code, then entity, then 'secret' for every secret rule. */
export function actionFor(config: PiiGuardConfig, entity: PiiEntity, code: string): PiiAction {
  return (
    config.actions[code] ??
    config.actions[entity] ??
    (code.startsWith('secret.') ? config.actions.secret : undefined) ??
    config.defaultAction
  );
}
