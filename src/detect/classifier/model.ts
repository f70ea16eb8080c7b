import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractFeatures, windows } from './features.js';

/** Hyper-parameters and calibration stored next to the weights. */
export interface ModelMeta {
  name: string;
  hashBits: number;
  bias: number;
  /** Platt scaling of the raw logit: p = sigmoid(a * z + b). */
  calibration: { a: number; b: number };
  /** Recommended decision threshold on the calibrated probability, per script (Latin vs CJK). */
  thresholds: Record<TextLang, number>;
}

export type TextLang = 'en' | 'zh';

/** Chinese when at least a fifth of the characters are CJK ideographs (a cheap, stable proxy). */
export function textLang(text: string): TextLang {
  let cjk = 0;
  const n = Math.min(text.length, 2000);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x3400 && c <= 0x9fff) cjk++;
  }
  return cjk * 5 >= n && cjk > 0 ? 'zh' : 'en';
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

/** Raw logit of one window: bias + (Σ weights of feature occurrences) / sqrt(occurrences). */
export function windowLogit(model: LinearModel, text: string, start: number, end: number): number {
  const { weights } = model;
  const { indices, count: n } = extractFeatures(text, start, end, weights.length - 1);
  let sum = 0;
  for (let i = 0; i < n; i++) sum += weights[indices[i] ?? 0] ?? 0;
  return model.meta.bias + (n > 0 ? sum / Math.sqrt(n) : 0);
}

/** Calibrated probability for a normalised text; long texts score as their worst window. */
export function scoreText(model: LinearModel, text: string): { score: number; start: number; end: number } {
  let best = Number.NEGATIVE_INFINITY;
  let span: [number, number] = [0, text.length];
  for (const [s, e] of windows(text.length)) {
    const z = windowLogit(model, text, s, e);
    if (z > best) {
      best = z;
      span = [s, e];
    }
  }
  const { a, b } = model.meta.calibration;
  return { score: sigmoid(a * best + b), start: span[0], end: span[1] };
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
