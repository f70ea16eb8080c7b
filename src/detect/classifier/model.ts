import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { langOfUnits, type TextLang } from '../normalize/lang.js';
import { UnitScratch } from '../normalize/units.js';
import { CONCEPTS_DIGEST } from './concepts.js';
import {
  extractFeatures,
  extractUnitFeatures,
  featureUnits,
  type WindowFeatures,
  windows,
} from './features.js';

/** Hyper-parameters and calibration stored next to the weights. */
export interface ModelMeta {
  name: string;
  hashBits: number;
  bias: number;
  /** Platt scaling of the raw logit: p = sigmoid(a * z + b). */
  calibration: { a: number; b: number };
  /** Recommended decision threshold on the calibrated probability, per script (Latin vs CJK). */
  thresholds: Record<TextLang, number>;
  /** Digest of the concept lexicon the weights were trained with (its terms are features). */
  concepts: string;
  /** Factor on the summed cue weights (see features.ts), fixed per task in training. */
  cueScale: number;
  /** Whether the features include word trigrams (see features.ts), fixed per task in training. */
  wordTrigrams: boolean;
}

export type { TextLang };

const langUnits = new UnitScratch();

/** Chinese when at least a fifth of the characters are CJK ideographs (a cheap, stable proxy). */
export function textLang(text: string): TextLang {
  return langOfUnits(langUnits.load(text), text.length);
}

/** The model's recommended threshold for a text. */
export function defaultThreshold(model: LinearModel, text: string): number {
  return model.meta.thresholds[textLang(text)];
}

export interface LinearModel {
  meta: ModelMeta;
  weights: Float32Array;
}

export const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** Raw logit of one window: bias + (Σ gram weights) / sqrt(grams) + cueScale · Σ cue weights. */
export function windowLogit(model: LinearModel, text: string, start: number, end: number): number {
  const { weights, meta } = model;
  return logitOf(model, extractFeatures(text, start, end, weights.length - 1, meta.wordTrigrams));
}

/** Summed in feature order, exactly as in training (float addition is not associative). */
function logitOf(model: LinearModel, { indices, grams, cues }: WindowFeatures): number {
  const { weights } = model;
  const sum = sumWeights(weights, indices, 0, grams);
  const cueSum = sumWeights(weights, indices, grams, grams + cues);
  return model.meta.bias + (grams > 0 ? sum / Math.sqrt(grams) : 0) + cueSum * model.meta.cueScale;
}

/**
 * Σ weights[indices[i]] for i in [from, to), added one by one in order. Four additions per turn of
 * the loop: that cut about 2 µs from scoring 1 KB of English (the loop's own steps were much of it).
 */
function sumWeights(weights: Float32Array, indices: Int32Array, from: number, to: number): number {
  let sum = 0;
  let i = from;
  for (; i + 4 <= to; i += 4) {
    sum += weights[indices[i] ?? 0] ?? 0;
    sum += weights[indices[i + 1] ?? 0] ?? 0;
    sum += weights[indices[i + 2] ?? 0] ?? 0;
    sum += weights[indices[i + 3] ?? 0] ?? 0;
  }
  for (; i < to; i++) sum += weights[indices[i] ?? 0] ?? 0;
  return sum;
}

/**
 * Weights of two models interleaved (a[0], b[0], a[1], b[1], …), built once per pair: a feature's
 * two weights then share a cache line, and the lookups into tables of a megabyte each, which miss
 * the cache for most features, are halved.
 */
const pairTables = new WeakMap<LinearModel, WeakMap<LinearModel, Float32Array>>();

function pairTable(a: LinearModel, b: LinearModel): Float32Array {
  let byB = pairTables.get(a);
  if (!byB) {
    byB = new WeakMap();
    pairTables.set(a, byB);
  }
  let table = byB.get(b);
  if (!table) {
    table = new Float32Array(a.weights.length * 2);
    for (let k = 0; k < a.weights.length; k++) {
      table[2 * k] = a.weights[k] ?? 0;
      table[2 * k + 1] = b.weights[k] ?? 0;
    }
    byB.set(b, table);
  }
  return table;
}

/**
 * `logitOf` for two models of the same size in one loop. Each sum is a chain of dependent additions
 * that waits on the adder; two independent chains run side by side. Each sum keeps its own feature
 * order and the weights are the same float32 values, so the results are exactly those of `logitOf`.
 */
function logitPair(
  a: LinearModel,
  b: LinearModel,
  { indices, grams, cues }: WindowFeatures,
): [number, number] {
  const table = pairTable(a, b);
  sumPairWeights(table, indices, 0, grams);
  const sumA = pairSums[0] ?? 0;
  const sumB = pairSums[1] ?? 0;
  sumPairWeights(table, indices, grams, grams + cues);
  const cueA = pairSums[0] ?? 0;
  const cueB = pairSums[1] ?? 0;
  const scale = (sum: number) => (grams > 0 ? sum / Math.sqrt(grams) : 0);
  return [
    a.meta.bias + scale(sumA) + cueA * a.meta.cueScale,
    b.meta.bias + scale(sumB) + cueB * b.meta.cueScale,
  ];
}

/** The two sums of `sumPairWeights`. */
const pairSums = new Float64Array(2);

/** `sumWeights` for both models of a pair table (see `pairTable`) at once, into `pairSums`. */
function sumPairWeights(table: Float32Array, indices: Int32Array, from: number, to: number): void {
  let sumA = 0;
  let sumB = 0;
  let i = from;
  for (; i + 4 <= to; i += 4) {
    const k = 2 * (indices[i] ?? 0);
    sumA += table[k] ?? 0;
    sumB += table[k + 1] ?? 0;
    const l = 2 * (indices[i + 1] ?? 0);
    sumA += table[l] ?? 0;
    sumB += table[l + 1] ?? 0;
    const m = 2 * (indices[i + 2] ?? 0);
    sumA += table[m] ?? 0;
    sumB += table[m + 1] ?? 0;
    const n = 2 * (indices[i + 3] ?? 0);
    sumA += table[n] ?? 0;
    sumB += table[n + 1] ?? 0;
  }
  for (; i < to; i++) {
    const k = 2 * (indices[i] ?? 0);
    sumA += table[k] ?? 0;
    sumB += table[k + 1] ?? 0;
  }
  pairSums[0] = sumA;
  pairSums[1] = sumB;
}

/** Whether two models read the same features of a window. */
function sameFeatures(a: LinearModel, b: LinearModel): boolean {
  return a.weights.length === b.weights.length && a.meta.wordTrigrams === b.meta.wordTrigrams;
}

export interface TextScore {
  score: number;
  start: number;
  end: number;
}

/** Calibrated probability for a normalised text; long texts score as their worst window. */
export function scoreText(model: LinearModel, text: string): TextScore {
  return scoreTextAll([model], text)[0] ?? { score: 0, start: 0, end: text.length };
}

/**
 * `scoreText` for several models at once: consecutive models with the same features (hash space and
 * word trigrams) share one feature extraction per window, and only the weight lookups are paid per
 * model.
 */
export function scoreTextAll(models: readonly LinearModel[], text: string): TextScore[] {
  const best = models.map(() => Number.NEGATIVE_INFINITY);
  const spans = models.map((): [number, number] => [0, text.length]);
  const units = featureUnits(text);
  const keep = (m: number, z: number, s: number, e: number) => {
    if (z > (best[m] ?? Number.NEGATIVE_INFINITY)) {
      best[m] = z;
      spans[m] = [s, e];
    }
  };
  for (const [s, e] of windows(text.length)) {
    let features: WindowFeatures | undefined;
    let extractedFor: LinearModel | undefined;
    for (let m = 0; m < models.length; m++) {
      const model = models[m] as LinearModel;
      if (!features || !extractedFor || !sameFeatures(extractedFor, model)) {
        features = extractUnitFeatures(units, s, e, model.weights.length - 1, model.meta.wordTrigrams);
        extractedFor = model;
      }
      const next = models[m + 1];
      if (next && sameFeatures(model, next)) {
        // Two models on the same features: one loop, two sums (see logitPair).
        const [z, zNext] = logitPair(model, next, features);
        keep(m, z, s, e);
        keep(m + 1, zNext, s, e);
        m++;
      } else keep(m, logitOf(model, features), s, e);
    }
  }
  return models.map((model, m) => {
    const { a, b } = model.meta.calibration;
    const [start, end] = spans[m] ?? [0, text.length];
    return { score: sigmoid(a * (best[m] ?? 0) + b), start, end };
  });
}

export function modelPaths(modelsDir: string, name: string): { weights: string; meta: string } {
  return { weights: join(modelsDir, `${name}.bin`), meta: join(modelsDir, `${name}.json`) };
}

const loaded = new Map<string, LinearModel>();

/** Loads weights (little-endian float32) and metadata once per process and directory. */
export function loadModel(modelsDir: string, name: string): LinearModel {
  const key = `${modelsDir}\0${name}`;
  const hit = loaded.get(key);
  if (hit) return hit;
  const paths = modelPaths(modelsDir, name);
  const meta = JSON.parse(readFileSync(paths.meta, 'utf8')) as ModelMeta;
  const bytes = readFileSync(paths.weights);
  const size = 1 << meta.hashBits;
  if (bytes.byteLength !== size * 4) {
    throw new Error(`model ${name}: expected ${size * 4} bytes of weights, found ${bytes.byteLength}`);
  }
  if (meta.concepts !== CONCEPTS_DIGEST) {
    // Fail closed: weights read with another lexicon's concept features would score silently wrong.
    throw new Error(
      `model ${name}: trained with concept lexicon ${meta.concepts}, but the code ships ${CONCEPTS_DIGEST}; run npm run train`,
    );
  }
  if (!Number.isFinite(meta.cueScale) || typeof meta.wordTrigrams !== 'boolean') {
    throw new Error(
      `model ${name}: no cueScale or wordTrigrams in ${paths.meta} (weights of an older format); run npm run train`,
    );
  }
  const weights = new Float32Array(size);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let i = 0; i < size; i++) weights[i] = view.getFloat32(i * 4, true);
  const model: LinearModel = { meta, weights };
  loaded.set(key, model);
  return model;
}

export function serializeWeights(weights: Float32Array): Buffer {
  const out = Buffer.alloc(weights.length * 4);
  for (let i = 0; i < weights.length; i++) out.writeFloatLE(weights[i] ?? 0, i * 4);
  return out;
}
