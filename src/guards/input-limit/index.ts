import { Tiktoken } from 'js-tiktoken/lite';
import o200kBase from 'js-tiktoken/ranks/o200k_base';
import { z } from 'zod';
import { defineGuard, type Finding, NO_FINDINGS } from '../../core/index.js';

const configSchema = z
  .object({
    maxTokens: z
      .int()
      .positive()
      .default(32_000)
      .describe('Most tokens (o200k_base) across all segments of a request.'),
    maxChars: z.int().positive().default(400_000).describe('Most characters across all segments.'),
    maxSegments: z.int().positive().default(2_000).describe('Most text segments (messages, tool calls, …).'),
  })
  .strict();

/**
 * Long-input denial of service: bounds the size of what reaches the model. Tokens are counted with
 * the real o200k_base BPE, but only when the UTF-8 byte count (an upper bound on the token count)
 * exceeds the budget, so ordinary requests never pay for tokenisation.
 */
export const inputLimitGuard = defineGuard({
  id: 'input-limit',
  description: 'Bounds tokens, characters and segments per request (long-input denial of service).',
  stages: ['input'],
  kind: 'detect',
  configSchema,
  create(config) {
    // Built at load (~0.5 s) so no request pays for it.
    const encoder = new Tiktoken(o200kBase);
    const countTokens = (text: string): number => encoder.encode(text, [], []).length;
    return (segments) => {
      const findings: Finding[] = [];
      if (segments.length > config.maxSegments) {
        findings.push({
          source: 'input-limit',
          code: 'limit.input_segments',
          severity: 'high',
          message: `request has ${segments.length} text segments; the limit is ${config.maxSegments}`,
          path: [],
        });
      }
      let chars = 0;
      let bytes = 0;
      for (const segment of segments) {
        chars += segment.text.length;
        bytes += Buffer.byteLength(segment.text, 'utf8');
      }
      if (chars > config.maxChars) {
        findings.push({
          source: 'input-limit',
          code: 'limit.input_chars',
          severity: 'high',
          message: `request has ${chars} characters; the limit is ${config.maxChars}`,
          path: [],
        });
      } else if (bytes > config.maxTokens) {
        let tokens = 0;
        for (const segment of segments) {
          tokens += countTokens(segment.text);
          if (tokens > config.maxTokens) break;
        }
        if (tokens > config.maxTokens) {
          findings.push({
            source: 'input-limit',
            code: 'limit.input_tokens',
            severity: 'high',
            message: `request exceeds ${config.maxTokens} tokens`,
            path: [],
          });
        }
      }
      return findings.length === 0 ? NO_FINDINGS : { findings };
    };
  },
});
