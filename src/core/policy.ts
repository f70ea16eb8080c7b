import { z } from 'zod';
import type { Finding, Severity } from './finding.js';
import { globMatch } from './glob.js';

export const ACTIONS = ['allow', 'flag', 'redact', 'block'] as const;
export type Action = (typeof ACTIONS)[number];

/** Codes the pipeline itself reports when a guard fails; their action is the policy's `onError`. */
export const GUARD_ERROR_CODE = 'guard.error';
export const GUARD_TIMEOUT_CODE = 'guard.timeout';

const actionSchema = z.enum(ACTIONS);

export const policySchema = z
  .object({
    onError: actionSchema
      .default('block')
      .describe('Action when a guard throws or times out. Fail closed (block) unless you choose otherwise.'),
    bySeverity: z
      .object({
        info: actionSchema.default('allow'),
        low: actionSchema.default('flag'),
        medium: actionSchema.default('flag'),
        high: actionSchema.default('block'),
        critical: actionSchema.default('block'),
      })
      .strict()
      .prefault({})
      .describe('Action for a finding of each severity.'),
    byCode: z
      .record(z.string().min(1), actionSchema)
      .default({ 'pii.*': 'redact', 'secret.*': 'redact' })
      .describe(
        "Per-code overrides, glob keys allowed: { 'pii.*': 'redact' }. The most specific (longest) key wins. " +
          'Default: personal data and secrets are redacted rather than blocked; setting byCode replaces the default.',
      ),
    exposeFindings: z
      .enum(['none', 'codes', 'full'])
      .default('codes')
      .describe('What clients see of findings: nothing, finding codes only, or codes with messages.'),
  })
  .strict();

export type PolicyConfig = z.infer<typeof policySchema>;

const ACTION_RANK: Record<Action, number> = { allow: 0, flag: 1, redact: 2, block: 3 };

export function strongerAction(a: Action, b: Action): Action {
  return ACTION_RANK[a] >= ACTION_RANK[b] ? a : b;
}

export interface CompiledPolicy {
  readonly config: PolicyConfig;
  actionFor(finding: Finding): Action;
}

/** Compile once: code overrides sorted most-specific first, exact codes in a map. */
export function compilePolicy(config: PolicyConfig): CompiledPolicy {
  const exact = new Map<string, Action>();
  const globs: { pattern: string; action: Action }[] = [];
  for (const [pattern, action] of Object.entries(config.byCode)) {
    if (pattern.includes('*') || pattern.includes('?')) globs.push({ pattern, action });
    else exact.set(pattern, action);
  }
  globs.sort((a, b) => b.pattern.length - a.pattern.length);
  const bySeverity: Record<Severity, Action> = config.bySeverity;

  return {
    config,
    actionFor(finding) {
      if (finding.code === GUARD_ERROR_CODE || finding.code === GUARD_TIMEOUT_CODE) return config.onError;
      const exactAction = exact.get(finding.code);
      if (exactAction) return exactAction;
      for (const glob of globs) if (globMatch(glob.pattern, finding.code)) return glob.action;
      return bySeverity[finding.severity];
    },
  };
}
