import type { DetectorHit, DetectorResult } from '../detectors.js';
import { askJudge, type JudgeConfig } from './llm-judge.js';

/**
 * Cascade: the fast detector decides alone when its classifier score is outside the uncertain band;
 * inside it (and when no rule fired) the judge decides. "unsafe" adds a `<prefix>.judge` finding; "safe" withdraws the
 * classifier's own finding. Errors propagate, so the pipeline reports guard.error / guard.timeout.
 */
export async function judgeCascade(
  result: DetectorResult,
  text: string,
  judge: JudgeConfig,
  codePrefix: string,
  severity: DetectorHit['severity'],
  signal?: AbortSignal,
): Promise<DetectorResult> {
  const [low, high] = judge.band;
  const ruleFired = result.hits.some((h) => h.score === 1);
  if (ruleFired || result.modelScore < low || result.modelScore > high) return result;
  const verdict = await askJudge(judge, text, signal);
  // Rule hits carry score 1 and notes none; classifier hits carry their probability and are the judge's to overrule.
  const kept = result.hits.filter((h) => h.score === undefined || h.score === 1);
  if (!verdict.unsafe) return { ...result, hits: kept, score: Math.min(result.modelScore, 0.4999) };
  const named = verdict.categories.length > 0 ? ` (${verdict.categories.join(', ')})` : '';
  return {
    hits: [
      ...kept,
      {
        code: `${codePrefix}.judge`,
        severity,
        message: `LLM judge verdict: unsafe${named}`,
        score: result.modelScore,
      },
    ],
    score: 0.9 + 0.1 * result.modelScore,
    modelScore: result.modelScore,
  };
}
