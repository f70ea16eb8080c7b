import {
  defineGuard,
  type Edit,
  type Finding,
  type GuardContext,
  NO_FINDINGS,
  type Segment,
  type Severity,
} from '../../core/index.js';
import {
  createPiiDetector,
  DEFAULT_ENTITIES,
  type PiiEntity,
  type PiiMatch,
} from '../../detect/pii/index.js';
import { actionFor, type PiiAction, piiConfigSchema } from './config.js';
import { labelOf } from './labels.js';
import { restoreEdits } from './restore.js';
import { hashText, maskText, redactText } from './transform.js';
import { loadVault, saveVault } from './vault-store.js';

export { createStreamRestorer, type StreamRestorer } from './stream-restorer.js';
export { Vault } from './vault.js';

const HIGH_RISK: ReadonlySet<PiiEntity> = new Set([
  'secret',
  'url_credentials',
  'cn_id_card',
  'cn_passport',
  'cn_travel_permit',
  'credit_card',
  'cn_bank_card',
  'iban',
  'us_ssn',
  'us_passport',
  'us_driver_license',
]);

function severityOf(entity: PiiEntity, action: PiiAction): Severity {
  if (action === 'block') return 'critical';
  if (action === 'pseudonymize') return 'info';
  return HIGH_RISK.has(entity) ? 'high' : 'medium';
}

function replacementFor(hashKey: string, m: PiiMatch, value: string, action: PiiAction): string {
  if (action === 'mask') return maskText(m.entity, value);
  if (action === 'hash') return hashText(m.entity, value, hashKey);
  return redactText(m.entity);
}

/** JSON roots of response bodies (OpenAI chat/completions/responses, Ollama chat/generate). */
const RESPONSE_ROOTS: ReadonlySet<string> = new Set(['choices', 'message', 'output', 'response']);

/**
 * Which segments carry data towards the model (pseudonymise) and which come back from it (restore).
 * The tool stage runs on both sides: tool results in the request (towards the model) and tool calls
 * in the response (from the model); the segment's JSON root tells them apart.
 */
function towardsModel(ctx: GuardContext, segment: Segment): boolean {
  if (ctx.stage === 'input') return true;
  if (ctx.stage === 'tool') return !RESPONSE_ROOTS.has(String(segment.path[0]));
  return false;
}

/**
 * PII and secrets, both directions. Masking, redaction, hashing and blocking are findings whose
 * `replacement` the policy applies (action `redact`); pseudonymisation and restoration are
 * unconditional edits, because a placeholder that reaches the model must always map back.
 */
export const piiGuard = defineGuard({
  id: 'pii',
  description:
    'Finds personal data and secrets (EN/ZH); masks, redacts, hashes, blocks, or pseudonymises them reversibly and restores them in responses.',
  stages: ['input', 'output', 'tool'],
  kind: 'transform',
  configSchema: piiConfigSchema,
  create(config, deps) {
    const hashKey = config.hashKey ? deps.resolveSecret(config.hashKey) : '';
    if (config.hashKey && hashKey.length < 16) throw new Error('pii: hashKey must be at least 16 characters');
    const entities = config.entities ?? DEFAULT_ENTITIES;
    const detector = createPiiDetector({ entities, threshold: config.threshold });
    // Input values are remembered from a more sensitive pass, so that a value the user wrote is not
    // reported as model-emitted just because the response gives it more context.
    const seenDetector = createPiiDetector({ entities, threshold: Math.max(0.2, config.threshold - 0.25) });
    const usesVault =
      config.defaultAction === 'pseudonymize' || Object.values(config.actions).includes('pseudonymize');

    return async (segments, ctx) => {
      const needVault = usesVault || (ctx.stage !== 'input' && config.restore) || config.detectOutput;
      const vault = needVault ? await loadVault(config, ctx, deps.sharedState) : undefined;
      const findings: Finding[] = [];
      const edits: Edit[] = [];
      let vaultChanged = false;

      for (const segment of segments) {
        if (ctx.signal.aborted) break;
        const inbound = towardsModel(ctx, segment);
        const restored = !inbound && vault && config.restore ? restoreEdits(segment, vault) : [];
        edits.push(...restored);
        if (!inbound && !config.detectOutput) continue;
        if (inbound && vault && config.detectOutput) {
          for (const m of seenDetector.detect(segment.text))
            vault.markSeen(segment.text.slice(m.start, m.end));
          vaultChanged = true;
        }
        for (const m of detector.detect(segment.text)) {
          if (restored.some((e) => m.start < e.span.end && e.span.start < m.end)) continue;
          const value = segment.text.slice(m.start, m.end);
          if (!inbound && vault?.introducedByUser(value)) continue;
          let action = actionFor(config, m.entity, m.code);
          if (!inbound && action === 'pseudonymize') action = 'redact';
          const span = { start: m.start, end: m.end };
          if (action === 'pseudonymize' && vault) {
            const placeholder = vault.pseudonymize(labelOf(m.entity), value);
            vaultChanged = true;
            edits.push({ path: segment.path, span, text: placeholder });
            findings.push(finding(m, segment, action, `${m.code} pseudonymised`, placeholder));
            continue;
          }
          if (inbound && vault) {
            vault.markSeen(value);
            vaultChanged = true;
          }
          const origin = inbound ? '' : ' not introduced by the user';
          findings.push(
            finding(
              m,
              segment,
              action,
              `${m.code} detected${origin}`,
              replacementFor(hashKey, m, value, action),
            ),
          );
        }
      }
      if (vault && vaultChanged) await saveVault(config, ctx, deps.sharedState, vault);
      if (findings.length === 0 && edits.length === 0) return NO_FINDINGS;
      return edits.length > 0 ? { findings, edits } : { findings };
    };
  },
});

function finding(
  m: PiiMatch,
  segment: Segment,
  action: PiiAction,
  message: string,
  replacement: string,
): Finding {
  return {
    source: 'pii',
    code: m.code,
    severity: severityOf(m.entity, action),
    message,
    path: segment.path,
    span: { start: m.start, end: m.end },
    score: Math.round(m.score * 100) / 100,
    replacement,
  };
}
