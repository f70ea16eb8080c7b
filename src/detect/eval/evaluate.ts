import { computeMetrics, type Metrics } from './metrics.js';

export interface Prediction {
  label: 0 | 1;
  score: number;
  decision: 0 | 1;
  lang: string;
  source: string;
}

export interface EvalReport extends Metrics {
  us_per_item: number;
  by_lang: Record<string, Metrics>;
  by_source: Record<string, Metrics>;
}

function group(preds: readonly Prediction[], key: (p: Prediction) => string): Record<string, Metrics> {
  const groups = new Map<string, Prediction[]>();
  for (const p of preds) {
    const k = key(p);
    const list = groups.get(k) ?? [];
    list.push(p);
    groups.set(k, list);
  }
  return Object.fromEntries(
    [...groups.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([k, list]) => [k, metricsOf(list)]),
  );
}

/** Decisions are binary (any finding); scores are centred so that 0.5 is the decision boundary. */
export function metricsOf(preds: readonly Prediction[]): Metrics {
  // A decision can exist without a score above 0.5 (rule-only guards): fold it into the score.
  return computeMetrics(
    preds.map((p) => p.label),
    preds.map((p) => (p.decision === 1 ? Math.max(p.score, 0.5) : Math.min(p.score, 0.4999))),
    0.5,
  );
}

export function buildReport(preds: readonly Prediction[], totalMicroseconds: number): EvalReport {
  return {
    ...metricsOf(preds),
    us_per_item: preds.length > 0 ? Math.round((totalMicroseconds / preds.length) * 10) / 10 : 0,
    by_lang: group(preds, (p) => p.lang),
    by_source: group(preds, (p) => p.source),
  };
}
