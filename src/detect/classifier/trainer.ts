import { type WindowFeatures, windowFeatures, windows } from './features.js';
import { sigmoid, type TextLang, textLang } from './model.js';

/** One training text, already normalised; long texts become one example per window. */
export interface TrainExample {
  text: string;
  label: 0 | 1;
  /** Relative weight (default 1). */
  weight?: number;
}

export interface TrainOptions {
  hashBits: number;
  epochs: number;
  learningRate: number;
  l2: number;
  /** Factor on the summed cue weights: cues are not scaled by the window's size, only by this. */
  cueScale: number;
  /** Word trigrams among the grams (features.ts). */
  wordTrigrams: boolean;
  seed: number;
  /** Windows per text used for training (the first ones): bounds cost on very long prompts. */
  maxWindows: number;
}

/**
 * 2^20 hash slots (4 MiB of weights per model). At 2^18 the grams collided; measured over three
 * training seeds (model alone, npm run train), 2^20 raised JADE AUC 0.984–0.985 → 0.988 with
 * HarmBench unchanged, jailbreak-zh recall at the threshold 71.5–73.0 → 78.8 % (CyberSecEval and
 * over-defence within noise) and COLD accuracy 87.0–87.3 → 88.3 %. The cost is cache misses: about
 * 2–3 µs per KB per detector (npm run bench:detect); at 2^19, before the extraction was made faster,
 * the untrusted guard cost 15 % more.
 */
export const DEFAULT_TRAIN_OPTIONS: TrainOptions = {
  hashBits: 20,
  epochs: 6,
  learningRate: 0.2,
  l2: 1e-6,
  cueScale: 0.3,
  wordTrigrams: false,
  seed: 20_241_121,
  maxWindows: 4,
};

interface Row {
  features: WindowFeatures;
  label: number;
  weight: number;
}

/** Deterministic PRNG (mulberry32): same seed, same shuffles, same weights. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Weight of each positive and each negative example. */
interface ClassWeights {
  pos: number;
  neg: number;
}

/**
 * Class weights per script: within English and within Chinese, positives and negatives each carry
 * half of that script's examples. Balancing over both together let one language's data move the
 * other: fewer English positives raised the weight of every Chinese positive too.
 */
export function classWeights(examples: readonly TrainExample[]): Map<TextLang, ClassWeights> {
  const counts = new Map<TextLang, { total: number; positives: number }>();
  for (const e of examples) {
    const lang = textLang(e.text);
    const c = counts.get(lang) ?? { total: 0, positives: 0 };
    c.total += 1;
    c.positives += e.label;
    counts.set(lang, c);
  }
  const out = new Map<TextLang, ClassWeights>();
  for (const [lang, { total, positives }] of counts) {
    const negatives = total - positives;
    out.set(lang, {
      pos: positives > 0 ? total / (2 * positives) : 1,
      neg: negatives > 0 ? total / (2 * negatives) : 1,
    });
  }
  return out;
}

function classWeight(weights: Map<TextLang, ClassWeights>, e: TrainExample): number {
  const w = weights.get(textLang(e.text));
  return w === undefined ? 1 : e.label === 1 ? w.pos : w.neg;
}

function toRows(examples: readonly TrainExample[], options: TrainOptions): Row[] {
  const mask = (1 << options.hashBits) - 1;
  const weightsByLang = classWeights(examples);
  const rows: Row[] = [];
  for (const e of examples) {
    const spans = windows(e.text.length).slice(0, options.maxWindows);
    const share = 1 / spans.length;
    for (const [s, end] of spans) {
      rows.push({
        features: windowFeatures(e.text, s, end, mask, options.wordTrigrams),
        label: e.label,
        weight: classWeight(weightsByLang, e) * share * (e.weight ?? 1),
      });
    }
  }
  return rows;
}

/** Logistic regression with AdaGrad and L2 per occurrence; grams scaled by 1/sqrt(grams), cues not. */
export function trainLogistic(
  examples: readonly TrainExample[],
  options: TrainOptions = DEFAULT_TRAIN_OPTIONS,
): { weights: Float32Array; bias: number } {
  const size = 1 << options.hashBits;
  const weights = new Float32Array(size);
  const grads = new Float32Array(size);
  let bias = 0;
  let biasGrad = 0;
  const rows = toRows(examples, options);
  const random = mulberry32(options.seed);
  const order = rows.map((_, i) => i);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      const t = order[i] ?? 0;
      order[i] = order[j] ?? 0;
      order[j] = t;
    }
    for (const index of order) {
      const row = rows[index];
      if (!row || row.features.grams + row.features.cues === 0) continue;
      const { indices, grams } = row.features;
      const scale = grams > 0 ? 1 / Math.sqrt(grams) : 0;
      // The logit as the scorer computes it (logitOf in model.ts): grams scaled, cues times cueScale.
      let sum = 0;
      for (let i = 0; i < grams; i++) sum += weights[indices[i] ?? 0] ?? 0;
      let cueSum = 0;
      for (let i = grams; i < indices.length; i++) cueSum += weights[indices[i] ?? 0] ?? 0;
      const z = bias + sum * scale + cueSum * options.cueScale;
      const error = (sigmoid(z) - row.label) * row.weight;
      for (let i = 0; i < indices.length; i++) {
        const f = indices[i] ?? 0;
        const w = weights[f] ?? 0;
        const g = error * (i < grams ? scale : options.cueScale) + options.l2 * w;
        const acc = (grads[f] ?? 0) + g * g;
        grads[f] = acc;
        weights[f] = w - (options.learningRate * g) / Math.sqrt(acc + 1e-8);
      }
      biasGrad += error * error;
      bias -= (options.learningRate * error) / Math.sqrt(biasGrad + 1e-8);
    }
  }
  return { weights, bias };
}

/** Platt scaling by Newton's method on (logit, label) pairs: returns a, b of sigmoid(a z + b). */
export function fitPlatt(logits: readonly number[], labels: readonly number[]): { a: number; b: number } {
  let a = 1;
  let b = 0;
  const n = logits.length;
  if (n === 0) return { a, b };
  let pos = 0;
  for (const y of labels) pos += y;
  // Platt's smoothed targets avoid infinite weights on separable data.
  const hi = (pos + 1) / (pos + 2);
  const lo = 1 / (n - pos + 2);
  for (let iter = 0; iter < 50; iter++) {
    let gA = 0;
    let gB = 0;
    let hAA = 1e-9;
    let hAB = 0;
    let hBB = 1e-9;
    for (let i = 0; i < n; i++) {
      const z = logits[i] ?? 0;
      const t = (labels[i] ?? 0) === 1 ? hi : lo;
      const p = sigmoid(a * z + b);
      const d = p - t;
      const w = p * (1 - p);
      gA += d * z;
      gB += d;
      hAA += w * z * z;
      hAB += w * z;
      hBB += w;
    }
    const det = hAA * hBB - hAB * hAB;
    if (Math.abs(det) < 1e-12) break;
    const dA = (hBB * gA - hAB * gB) / det;
    const dB = (hAA * gB - hAB * gA) / det;
    a -= dA;
    b -= dB;
    if (Math.abs(dA) + Math.abs(dB) < 1e-9) break;
  }
  return { a, b };
}

/** Rates, relative to the target, that bandThresholdForFpr averages the cut-offs of. */
export const FPR_BAND = [0.8, 0.9, 1, 1.1, 1.2] as const;

/**
 * The mean of the thresholdForFpr cut-offs at 0.8–1.2 × maxFpr. One quantile of a few hundred dev
 * scores jumps when a row or two cross it: over four training seeds the English harmful threshold
 * (627 dev negatives, 5.5 %) ranged 0.540–0.615, the band mean 0.530–0.561.
 */
export function bandThresholdForFpr(negativeScores: readonly number[], maxFpr: number): number {
  const cuts = FPR_BAND.map((k) => thresholdForFpr(negativeScores, maxFpr * k));
  return cuts.reduce((sum, cut) => sum + cut, 0) / cuts.length;
}

/** Lowest threshold ≥ floor whose false-positive rate on the negatives is at most maxFpr. */
export function thresholdForFpr(negativeScores: readonly number[], maxFpr: number, floor = 0.05): number {
  if (negativeScores.length === 0) return floor;
  const sorted = [...negativeScores].sort((x, y) => y - x);
  const allowed = Math.floor(maxFpr * sorted.length);
  const cut = sorted[allowed] ?? 0;
  return Math.max(floor, Math.min(0.99, cut + 1e-6));
}
