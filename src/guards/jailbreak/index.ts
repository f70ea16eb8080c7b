import { z } from 'zod';
import { defineGuard } from '../../core/index.js';
import { createDetector } from '../../detect/detector-registry.js';
import { classifierConfigShape, detectorGuardCheck, roleFilter } from '../../detect/guard-kit.js';

const configSchema = z
  .object({
    ...classifierConfigShape,
    rules: z.boolean().default(true).describe('Run the curated jailbreak rules (jailbreak.* codes).'),
  })
  .strict();

/**
 * Jailbreaks: curated EN/ZH families (DAN, developer mode, unrestricted personas, refusal
 * suppression, dream / bedtime-story framings) plus the shared injection/jailbreak classifier.
 */
export const jailbreakGuard = defineGuard({
  id: 'jailbreak',
  description:
    'Detects jailbreaks (personas, special modes, refusal suppression, fictional framings) in EN and ZH.',
  stages: ['input', 'output', 'tool'],
  kind: 'detect',
  configSchema,
  create(config, deps) {
    const run = createDetector('jailbreak', deps.modelsDir, config);
    return detectorGuardCheck({
      source: 'jailbreak',
      codePrefix: 'jailbreak',
      severity: config.severity,
      include: roleFilter(config.roles),
      detectorFor: () => run,
      judge: config.judge,
    });
  },
});
