import { z } from 'zod';
import { defineGuard, type Finding, NO_FINDINGS } from '../../core/index.js';
import { createDetector } from '../../detect/detector-registry.js';
import { classifierConfigShape, hitsToFindings, roleFilter } from '../../detect/guard-kit.js';

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
    const include = roleFilter(config.roles);
    return (segments) => {
      const findings: Finding[] = [];
      for (const segment of segments) {
        if (!include(segment) || segment.text.length === 0) continue;
        const result = run(segment.text);
        findings.push(...hitsToFindings('toxicity', segment, result.hits));
      }
      return findings.length === 0 ? NO_FINDINGS : { findings };
    };
  },
});
