import { z } from 'zod';
import { defineGuard, isUntrusted, SEVERITIES } from '../../core/index.js';
import { createDetector } from '../../detect/detector-registry.js';
import { classifierConfigShape, detectorGuardCheck, roleFilter } from '../../detect/guard-kit.js';

const configSchema = z
  .object({
    ...classifierConfigShape,
    rules: z.boolean().default(true).describe('Run the curated injection rules (injection.* codes).'),
    indirectSeverity: z
      .enum(SEVERITIES)
      .default('medium')
      .describe(
        'Severity of injection.indirect (tool/document segments). Medium by default: how-to documents look alike.',
      ),
  })
  .strict();

/**
 * Direct and indirect prompt injection: curated EN/ZH rules plus the trained injection classifier,
 * over every segment (tool results and retrieved documents are where indirect injection lives).
 */
export const promptInjectionGuard = defineGuard({
  id: 'prompt-injection',
  description:
    'Detects prompt injection (ignore-previous, system-prompt extraction, delimiters, …) in EN and ZH.',
  stages: ['input', 'output', 'tool'],
  kind: 'detect',
  configSchema,
  create(config, deps) {
    const run = createDetector('prompt-injection', deps.modelsDir, config);
    // Tool results and retrieved documents also get the indirect-injection model and rules.
    const runUntrusted = createDetector('prompt-injection', deps.modelsDir, { ...config, untrusted: true });
    return detectorGuardCheck({
      source: 'prompt-injection',
      codePrefix: 'injection',
      severity: config.severity,
      include: roleFilter(config.roles),
      detectorFor: (segment) => (isUntrusted(segment) ? runUntrusted : run),
      judge: config.judge,
    });
  },
});
