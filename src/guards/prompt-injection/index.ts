import { z } from 'zod';
import { defineGuard, type Finding, isUntrusted, NO_FINDINGS } from '../../core/index.js';
import { createDetector } from '../../detect/detector-registry.js';
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
    const run = createDetector('prompt-injection', deps.modelsDir, config);
    // Tool results and retrieved documents also get the indirect-injection model.
    const runUntrusted = config.classifier
      ? createDetector('prompt-injection', deps.modelsDir, { ...config, untrusted: true })
      : run;
    const include = roleFilter(config.roles);
    return (segments) => {
      const findings: Finding[] = [];
      for (const segment of segments) {
        if (!include(segment) || segment.text.length === 0) continue;
        const result = (isUntrusted(segment) ? runUntrusted : run)(segment.text);
        findings.push(...hitsToFindings('prompt-injection', segment, result.hits));
      }
      return findings.length === 0 ? NO_FINDINGS : { findings };
    };
  },
});
