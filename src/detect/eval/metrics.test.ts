import { describe, expect, it } from 'vitest';
import { computeMetrics } from './metrics.js';

describe('computeMetrics', () => {
  // 100 negatives scored 0.00 … 0.99; positives slotted between the top negatives.
  const negatives = Array.from({ length: 100 }, (_, i) => i / 100);
  const positives = [0.995, 0.985, 0.975, 0.965, 0.5];
  const labels = [...negatives.map(() => 0), ...positives.map(() => 1)];
  const scores = [...negatives, ...positives];

  it('reads recall off the ranking at 1 % and 3 % false positives', () => {
    const m = computeMetrics(labels, scores, 0.97);
    // ≤ 1 negative above: 0.995, 0.985; ≤ 3 negatives above: also 0.975 and 0.965.
    expect(m.tpr_at_1pct_fpr).toBe(0.4);
    expect(m.tpr_at_3pct_fpr).toBe(0.8);
  });

  it('counts the decision at the given threshold apart from the ranking', () => {
    const m = computeMetrics(labels, scores, 0.97);
    expect(m).toMatchObject({ n: 105, positives: 5, recall: 0.6, fpr: 0.03 });
  });

  it('returns NaN for the ranking metrics when a class is missing', () => {
    const m = computeMetrics([0, 0], [0.1, 0.9], 0.5);
    expect(m.auc).toBeNaN();
    expect(m.tpr_at_3pct_fpr).toBeNaN();
    expect(m.fpr).toBe(0.5);
  });
});
