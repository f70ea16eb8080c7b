/** Binary-classification metrics shared by the trainer, `palisade eval` and the benchmark. */
export interface Metrics {
  n: number;
  positives: number;
  accuracy: number;
  precision: number;
  recall: number;
  f1: number;
  /** ROC AUC; NaN when one class is absent. */
  auc: number;
  /** Average precision (area under the precision-recall curve); NaN without positives. */
  auprc: number;
  tpr_at_1pct_fpr: number;
  /** Recall at the best threshold with at most 3 % false positives (the harmful-request target's bound). */
  tpr_at_3pct_fpr: number;
  fpr: number;
}

const round = (x: number): number => (Number.isFinite(x) ? Math.round(x * 10_000) / 10_000 : x);

export function computeMetrics(
  labels: readonly number[],
  scores: readonly number[],
  threshold: number,
): Metrics {
  const n = labels.length;
  let tp = 0;
  let fp = 0;
  let tn = 0;
  let fn = 0;
  for (let i = 0; i < n; i++) {
    const predicted = (scores[i] ?? 0) >= threshold;
    const actual = labels[i] === 1;
    if (predicted && actual) tp++;
    else if (predicted) fp++;
    else if (actual) fn++;
    else tn++;
  }
  const positives = tp + fn;
  const negatives = fp + tn;
  const precision = tp + fp > 0 ? tp / (tp + fp) : positives === 0 ? 1 : 0;
  const recall = positives > 0 ? tp / positives : Number.NaN;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  const ranked = rank(labels, scores);
  return {
    n,
    positives,
    accuracy: round(n > 0 ? (tp + tn) / n : Number.NaN),
    precision: round(precision),
    recall: round(recall),
    f1: round(f1),
    auc: round(ranked.auc),
    auprc: round(ranked.auprc),
    tpr_at_1pct_fpr: round(ranked.tprAt1),
    tpr_at_3pct_fpr: round(ranked.tprAt3),
    fpr: round(negatives > 0 ? fp / negatives : Number.NaN),
  };
}

/** Sweeps thresholds from the highest score down, handling ties as one step. */
function rank(
  labels: readonly number[],
  scores: readonly number[],
): { auc: number; auprc: number; tprAt1: number; tprAt3: number } {
  const order = labels.map((_, i) => i).sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0));
  let P = 0;
  for (const y of labels) P += y === 1 ? 1 : 0;
  const N = labels.length - P;
  if (P === 0 || N === 0)
    return { auc: Number.NaN, auprc: P === 0 ? Number.NaN : 1, tprAt1: Number.NaN, tprAt3: Number.NaN };
  let tp = 0;
  let fp = 0;
  let auc = 0;
  let auprc = 0;
  let tprAt1 = 0;
  let tprAt3 = 0;
  let prevTpr = 0;
  let prevFpr = 0;
  let i = 0;
  while (i < order.length) {
    const s = scores[order[i] ?? 0] ?? 0;
    let dtp = 0;
    let dfp = 0;
    while (i < order.length && (scores[order[i] ?? 0] ?? 0) === s) {
      if (labels[order[i] ?? 0] === 1) dtp++;
      else dfp++;
      i++;
    }
    tp += dtp;
    fp += dfp;
    const tpr = tp / P;
    const fpr = fp / N;
    auc += ((fpr - prevFpr) * (tpr + prevTpr)) / 2;
    if (dtp > 0) auprc += (tpr - prevTpr) * (tp / (tp + fp));
    if (fpr <= 0.01) tprAt1 = tpr;
    if (fpr <= 0.03) tprAt3 = tpr;
    prevTpr = tpr;
    prevFpr = fpr;
  }
  return { auc, auprc, tprAt1, tprAt3 };
}
