import { z } from 'zod';
import { defineGuard, type Finding, NO_FINDINGS } from '../../core/index.js';
import { loadModel } from '../../detect/classifier/model.js';
import { detect } from '../../detect/detectors.js';
import { classifierConfigShape, hitsToFindings, roleFilter } from '../../detect/guard-kit.js';

const configSchema = z
  .object({
    ...classifierConfigShape,
    rules: z.boolean().default(true).describe('Run the curated injection rules (injection.* codes).'),
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
    const model = config.classifier ? loadModel(deps.modelsDir, 'injection') : undefined;
    const include = roleFilter(config.roles);
    return (segments) => {
      const findings: Finding[] = [];
      for (const segment of segments) {
        if (!include(segment) || segment.text.length === 0) continue;
        const result = detect(segment.text, {
          ...(config.rules ? { rules: 'prompt-injection' as const } : {}),
          ...(model
            ? {
                classifier: {
                  model,
                  threshold: config.threshold,
                  code: 'injection.classifier',
                  severity: config.severity,
                  label: 'prompt-injection',
                },
              }
            : {}),
          scanPayloads: config.scanPayloads,
        });
        findings.push(...hitsToFindings('prompt-injection', segment, result.hits));
      }
      return findings.length === 0 ? NO_FINDINGS : { findings };
    };
  },
});
