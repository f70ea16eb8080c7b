import type { Segment } from '../core/index.js';
import type { TokenUsage } from './hooks.js';
import { isRecord } from './json-path.js';

const num = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? value : undefined;

/** Token usage as reported by OpenAI (chat, completions, responses) or Ollama, if present. */
export function usageOf(body: unknown): TokenUsage | undefined {
  if (!isRecord(body)) return undefined;
  const usage = isRecord(body.usage)
    ? body.usage
    : isRecord(body.response) && isRecord(body.response.usage)
      ? body.response.usage
      : undefined;
  if (usage) {
    const input = num(usage.prompt_tokens) ?? num(usage.input_tokens);
    const output = num(usage.completion_tokens) ?? num(usage.output_tokens) ?? 0;
    if (input !== undefined) return { inputTokens: input, outputTokens: output };
  }
  const promptEval = num(body.prompt_eval_count);
  const evalCount = num(body.eval_count);
  if (promptEval !== undefined || evalCount !== undefined)
    return { inputTokens: promptEval ?? 0, outputTokens: evalCount ?? 0 };
  return undefined;
}

/**
 * Cheap upper-leaning estimate of input tokens before the call (corrected later from the upstream's
 * usage): ~4 ASCII characters per token, one token per other character (CJK is 1–2 tokens per char).
 */
export function estimateTokens(segments: readonly Segment[]): number {
  let ascii = 0;
  let other = 0;
  for (const segment of segments) {
    const text = segment.text;
    for (let i = 0; i < text.length; i++) {
      if (text.charCodeAt(i) < 128) ascii++;
      else other++;
    }
  }
  return Math.ceil(ascii / 4) + other;
}
