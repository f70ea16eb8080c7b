import { z } from 'zod';
import { defineGuard, type Finding, NO_FINDINGS } from '../../core/index.js';
import { createDetector } from '../../detect/detector-registry.js';
import { classifierConfigShape, hitsToFindings, roleFilter } from '../../detect/guard-kit.js';

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
    const include = roleFilter(config.roles ?? ['user', 'other']);
    return (segments) => {
      const findings: Finding[] = [];
      for (const segment of segments) {
        if (!include(segment) || segment.text.length === 0) continue;
        const result = run(segment.text);
        findings.push(...hitsToFindings('harmful-request', segment, result.hits));
      }
      return findings.length === 0 ? NO_FINDINGS : { findings };
    };
  },
});
