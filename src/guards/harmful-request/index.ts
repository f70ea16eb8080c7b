import { z } from 'zod';
import { defineGuard, type Finding, NO_FINDINGS } from '../../core/index.js';
import { analyze } from '../../detect/analysis.js';
import { loadModel } from '../../detect/classifier/model.js';
import { detect } from '../../detect/detectors.js';
import { classifierConfigShape, hitsToFindings, roleFilter } from '../../detect/guard-kit.js';
import { DEFAULT_HARM_CODE, harmCategory } from '../../detect/harm-categories.js';

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
    const model = loadModel(deps.modelsDir, 'harmful');
    const include = roleFilter(config.roles ?? ['user', 'other']);
    return (segments) => {
      const findings: Finding[] = [];
      for (const segment of segments) {
        if (!include(segment) || segment.text.length === 0) continue;
        const result = detect(segment.text, {
          classifier: {
            model,
            threshold: config.threshold,
            code: DEFAULT_HARM_CODE,
            severity: config.severity,
            label: 'harmful-request',
          },
          scanPayloads: config.scanPayloads,
        });
        if (result.hits.length === 0) continue;
        const code = harmCategory(analyze(segment.text).norm.text);
        findings.push(
          ...hitsToFindings(
            'harmful-request',
            segment,
            result.hits.map((h) => ({ ...h, code })),
          ),
        );
      }
      return findings.length === 0 ? NO_FINDINGS : { findings };
    };
  },
});
