import { z } from 'zod';
import { defineGuard, NO_FINDINGS } from '../../core/index.js';
import { createDetector } from '../../detect/detector-registry.js';
import { classifierConfigShape, detectorGuardCheck, roleFilter } from '../../detect/guard-kit.js';

const configSchema = z.object({ ...classifierConfigShape }).strict();

/**
 * Requests for harmful content (EN and ZH): the trained harmful-request classifier, with the risk
 * category named in the finding code (harmful.weapons_violence, harmful.cybercrime, …).
 */
export const harmfulRequestGuard = defineGuard({
  id: 'harmful-request',
  description: 'Detects requests for harmful content (violence, drugs, cybercrime, fraud, …) in EN and ZH.',
  stages: ['input', 'output', 'tool'],
  kind: 'detect',
  configSchema,
  create(config, deps) {
    if (!config.classifier) return () => NO_FINDINGS;
    const run = createDetector('harmful-request', deps.modelsDir, config);
    return detectorGuardCheck({
      source: 'harmful-request',
      codePrefix: 'harmful',
      severity: config.severity,
      include: roleFilter(config.roles ?? ['user', 'other']),
      detectorFor: () => run,
      judge: config.judge,
    });
  },
});
