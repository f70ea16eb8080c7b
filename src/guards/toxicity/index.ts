import { z } from 'zod';
import { defineGuard, NO_FINDINGS } from '../../core/index.js';
import { createDetector } from '../../detect/detector-registry.js';
import { classifierConfigShape, detectorGuardCheck, roleFilter } from '../../detect/guard-kit.js';

const configSchema = z
  .object({
    ...classifierConfigShape,
    severity: classifierConfigShape.severity.default('medium'),
  })
  .strict();

/** Toxic, hateful or offensive language (EN and ZH), on input and output. */
export const toxicityGuard = defineGuard({
  id: 'toxicity',
  description: 'Detects toxic, hateful or offensive language in EN and ZH.',
  stages: ['input', 'output', 'tool'],
  kind: 'detect',
  configSchema,
  create(config, deps) {
    if (!config.classifier) return () => NO_FINDINGS;
    const run = createDetector('toxicity', deps.modelsDir, config);
    return detectorGuardCheck({
      source: 'toxicity',
      codePrefix: 'toxicity',
      severity: config.severity,
      include: roleFilter(config.roles),
      detectorFor: () => run,
      judge: config.judge,
    });
  },
});
