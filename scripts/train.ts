/**
 * `npm run train`: trains the injection, harmful-request and toxicity classifiers from
 * ../shared/datasets (plus data/authored), calibrates them on a dev split, measures them on held-out
 * sources, and writes models/ with a manifest. Same inputs → same weights (seeded, single-threaded).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONCEPTS_DIGEST } from '../src/detect/classifier/concepts.js';
import { windows } from '../src/detect/classifier/features.js';
import {
  defaultThreshold,
  type LinearModel,
  type ModelMeta,
  modelPaths,
  scoreText,
  serializeWeights,
  type TextLang,
  textLang,
  windowLogit,
} from '../src/detect/classifier/model.js';
import {
  bandThresholdForFpr,
  DEFAULT_TRAIN_OPTIONS,
  FPR_BAND,
  fitPlatt,
  type TrainExample,
  trainLogistic,
} from '../src/detect/classifier/trainer.js';
import { computeMetrics, type Metrics } from '../src/detect/eval/metrics.js';
import { normalizeText } from '../src/detect/normalize/normalize.js';
import { exists, stableHash } from '../src/detect/training/jsonl.js';
import {
  AUTHORED_ZH_SOURCE,
  buildPlan,
  GENERAL_EN_SOURCE,
  LOOKALIKE_NEGATIVES,
  TASKS,
  type Task,
} from '../src/detect/training/plan.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const datasetsDir = resolve(root, '../shared/datasets');
const authoredDir = join(root, 'data/authored');
const modelsDir = join(root, 'models');

/** Highest false-positive rate on the dev negatives (per script) each default threshold may have. */
const TARGET_FPR: Record<Task, Record<TextLang, number>> = {
  // Injection: the lookalike bounds below usually decide; English dev negatives are harder than
  // Chinese ones (which the model fits closely), so English gets the tighter rate.
  injection: { en: 0.01, zh: 0.02 },
  // Indirect: 2 % on dev gave 3.0 % on the held-out clean documents once the instruction pool grew
  // (train-injection-zh.jsonl's English rows); 1 % gave 1.5 %, and 1.0 % once train-injection-en.jsonl
  // joined the pool.
  indirect: { en: 0.01, zh: 0.01 },
  // Harmful, measured on the held-out suites (model alone, npm run train). Every authored file and
  // the hash size move these: the dev split sets the threshold, and authored negatives train only.
  // With 2^20 slots (sixth round), English 5.5 / 6 / 6.5 % on dev gave HarmBench recall 86.7 / 87.0 /
  // 89.0 % at FPR 3.3 / 3.7 / 4.0 %: the same curve as at 2^18 (86.0 % at 3.0 %), so the rate nearest a
  // 3 % FPR is kept. Chinese 3.5 % gave JADE recall 91.5 % at FPR 2.6 % (2^18: 88.2 % at 2.4 %); with
  // train-zh-search-queries.jsonl, 3.5 / 3 % gave 92.7 / 92.0 % at 2.7 / 2.1 %, and at 3 % the held-out
  // DuReader search queries are flagged at 7.3 % (10.3 % before the file), so 3 % it is. The cost is
  // over-defence on protective questions about harmful topics: our held-out authored negatives are
  // flagged at 15–18 %. English went 5.5 → 4.5 % in the sixteenth round, when half the English
  // instructions joined the negatives and three everyday XSafety classes left the positives: at 5.0 %
  // HarmBench recall was 90.0 % at 3.1 % FPR and our everyday help-seeking questions were flagged at
  // 17.9 % (10.4 % before the change); at 4.5 %, 87.7 % at 2.2 % and 16.4 % (see the guide).
  harmful: { en: 0.045, zh: 0.03 },
  toxicity: { en: 0.2, zh: 0.2 },
};

/**
 * L2 per task. The penalty applies each time a feature fires, so it shrinks frequent n-grams most:
 * without it, common character grams ("ay ", "tru" of "instructions") carried decisions alone and
 * short benign prompts ("Play instrumental pop") scored as injections. Measured on the held-out
 * suites (docs/benchmarks.md): injection-en AUC 0.889 → 0.957 at 1e-2. Toxicity takes 3e-3: 1e-2
 * gained 0.006 English AUPRC but cost 1.4 points of Chinese accuracy. The indirect model is small and
 * rule-backed, and loses recall when regularised harder.
 */
const L2: Record<Task, number> = { injection: 1e-2, indirect: 1e-6, harmful: 3e-3, toxicity: 3e-3 };

/**
 * Factor on the concept cues per task (features.ts). Held-out, model alone (npm run train), against
 * the same concepts as two ordinary grams: harmful at 0.3 raised JADE recall 81.2 → 86.2 % (FPR
 * 2.1 → 2.5 %, AUC 0.980 → 0.982) and cut the FPR on our protective harmful-topic questions 18.6 →
 * 16.9 %, HarmBench AUC within 0.3 pt; at 1.0 injection recall fell by a third (cues for "ignore",
 * "system prompt" outweighed everything else); injection and toxicity gain nothing, so they keep
 * cues faint.
 */
const CUE_SCALE: Record<Task, number> = { injection: 0.05, indirect: 0.1, harmful: 0.3, toxicity: 0.1 };

/**
 * Word trigrams per task. Harmful requests are phrased ("write a persuasive", "step-by-step
 * instructions for"): with trigrams, HarmBench AUC was 0.984 / 0.981 / 0.982 over three training
 * seeds, against 0.982 / 0.979 / 0.980 without (model alone, npm run train; four trigram hash seeds
 * gave 0.982–0.986), and JADE AUC stayed at 0.984–0.985. Recall at the threshold moved by up to 3
 * points between seeds either way, so it does not decide. Injection and toxicity lost a little with
 * them (CyberSecEval AUC 0.961 → 0.959, HateCheck AUPRC 0.904 → 0.899), so they read bigrams only, as
 * does indirect; the prompt-injection guard then shares one extraction for its two models.
 */
const WORD_TRIGRAMS: Record<Task, boolean> = {
  injection: false,
  indirect: false,
  harmful: true,
  toxicity: false,
};

/** One row in N goes to the dev split (calibration and threshold); the small indirect set keeps more. */
const DEV_MODULUS: Record<Task, number> = { injection: 10, indirect: 3, harmful: 10, toxicity: 10 };

/**
 * Sources whose rows always train and never go to the dev split: dev sets each threshold at a target
 * FPR and must hold representative negatives, so the project's own hand-written hard cases (which
 * would raise thresholds) and the easy general-English rows (which would lower them) stay out.
 */
const TRAIN_ONLY_SOURCES = new Set(['authored', AUTHORED_ZH_SOURCE, 'authored:persona', GENERAL_EN_SOURCE]);

/**
 * Highest FPR on the dev negatives that look like positives (plan.ts LOOKALIKE_NEGATIVES). A harmful
 * bound on request-shaped negatives was tried: at 4 % it cut HarmBench recall from 59 % to 40 %
 * (WildGuard's sensitive-topic benign questions are the binding rows), so only injection has one.
 */
const LOOKALIKE_FPR: Partial<Record<Task, number>> = { injection: 0.03 };

/**
 * Highest FPR on the project's own lookalike negatives (authored benign rows with trigger words),
 * cross-fitted: they train, so their own scores are optimistic; each half is scored by a model trained
 * without it (calibrated like the final model). Public trigger-word negatives come from the sources the
 * model trains on and proved easy (the Chinese threshold fell to 0.06 and flagged 21 % of our held-out
 * Chinese trigger-word prompts); these bound the over-defence on unfamiliar phrasing. The bound is 15 %,
 * not the over-defence target's 8 %: cross-fitted scores run above those of the final model, and at 8 %
 * the held-out authored Chinese negatives were flagged at 5.5 % while jailbreak-zh recall fell from
 * 76.6 % (at 12 %: 6.4 % flagged) to 67.9 % (npm run bench:detect). It was 12 % until the seventh
 * round's look-alikes (train-injection-hijack.jsonl: documents with 系统/指令, questions quoting an
 * attack) made these negatives harder: at 12 % the Chinese threshold went 0.051 → 0.086 and
 * jailbreak-zh recall (model alone) fell 78.1 → 73.0 %; at 15 % it is 0.053 and 79.6 %, with our
 * held-out authored injection negatives flagged at 3.2 % instead of 1.8 % (18 %: 0.050, 3.7 %).
 */
const HARD_NEGATIVE_FPR: Partial<Record<Task, number>> = { injection: 0.15 };
const AUTHORED_SOURCES = new Set(['authored', AUTHORED_ZH_SOURCE, 'authored:persona']);

if (!exists(datasetsDir)) {
  process.stderr.write(
    `train: datasets not found at ${datasetsDir}\n` +
      'The trainer reads ../shared/datasets relative to the repository root (see its README.md).\n',
  );
  process.exit(2);
}

const started = Date.now();
const plan = buildPlan(datasetsDir, authoredDir);
mkdirSync(modelsDir, { recursive: true });
const manifest: Record<string, unknown> = {
  format: 'palisade-linear-v3',
  features:
    'FNV-1a hashed word 1-2-grams (1-3 where wordTrigrams), char 3-4-grams, CJK char 1-3-grams over normalised text (a set, scaled by 1/sqrt(count)), plus concept cues (each concept and pair of concepts whose terms occur, scaled by cueScale); 1024-char windows (stride 768)',
  hyperParameters: {
    ...DEFAULT_TRAIN_OPTIONS,
    l2: L2,
    cueScale: CUE_SCALE,
    wordTrigrams: WORD_TRIGRAMS,
  },
  thresholdPolicy: {
    targetDevFpr: TARGET_FPR,
    devSplitOneIn: DEV_MODULUS,
    lookalikeDevFpr: LOOKALIKE_FPR,
    crossFittedHardNegativeFpr: HARD_NEGATIVE_FPR,
    // Each rate's cut-off is the mean of those at these multiples of it (bandThresholdForFpr).
    fprBand: FPR_BAND,
    calibration: 'Platt on the dev split',
  },
  dataHashes: plan.hashes,
  models: {} as Record<string, unknown>,
};

for (const task of TASKS) {
  const data = plan.tasks[task];
  const t0 = Date.now();
  const seen = new Set<string>();
  const train: TrainExample[] = [];
  const dev: TrainExample[] = [];
  const devSources: string[] = [];
  /** Parallel to `train`: an authored benign row that looks like a positive (see HARD_NEGATIVE_FPR). */
  const hardNegative: boolean[] = [];
  const lookalike = LOOKALIKE_NEGATIVES[task];
  for (const row of data.train) {
    const text = normalizeText(row.text).text;
    const key = `${row.label}:${text}`;
    if (text.length === 0 || seen.has(key)) continue;
    seen.add(key);
    const weight = data.sourceWeights?.[row.source] ?? 1;
    if (!TRAIN_ONLY_SOURCES.has(row.source) && stableHash(text) % DEV_MODULUS[task] === 0) {
      dev.push({ text, label: row.label, weight });
      devSources.push(row.source);
    } else {
      train.push({ text, label: row.label, weight });
      hardNegative.push(
        row.label === 0 && AUTHORED_SOURCES.has(row.source) && (lookalike?.test(text) ?? false),
      );
    }
  }
  const options = {
    ...DEFAULT_TRAIN_OPTIONS,
    l2: L2[task],
    cueScale: CUE_SCALE[task],
    wordTrigrams: WORD_TRIGRAMS[task],
  };
  const { weights, bias } = trainLogistic(train, options);
  const raw: LinearModel = {
    weights,
    meta: {
      name: task,
      hashBits: options.hashBits,
      bias,
      calibration: { a: 1, b: 0 },
      thresholds: { en: 0.5, zh: 0.5 },
      concepts: CONCEPTS_DIGEST,
      cueScale: options.cueScale,
      wordTrigrams: options.wordTrigrams,
    },
  };
  const devLogits = dev.map((d) =>
    Math.max(...windows(d.text.length).map(([s, e]) => windowLogit(raw, d.text, s, e))),
  );
  const calibration = fitPlatt(
    devLogits,
    dev.map((d) => d.label),
  );
  const model: LinearModel = { weights, meta: { ...raw.meta, calibration } };
  const devScores = dev.map((d) => scoreText(model, d.text).score);
  const hardScores =
    HARD_NEGATIVE_FPR[task] === undefined ? [] : crossFittedScores(train, hardNegative, options, model.meta);
  const negativesOf = (lang: TextLang, only?: RegExp): number[] =>
    devScores.filter((_, i) => {
      const text = dev[i]?.text ?? '';
      return dev[i]?.label === 0 && textLang(text) === lang && (only === undefined || only.test(text));
    });
  // Too few dev negatives in a script (the indirect set has no Chinese documents): borrow the other's.
  const thresholdFor = (lang: TextLang): number | undefined => {
    if (task === 'toxicity') return 0.5;
    if (negativesOf(lang).length < 50) return undefined;
    const overall = bandThresholdForFpr(negativesOf(lang), TARGET_FPR[task][lang]);
    const pattern = LOOKALIKE_NEGATIVES[task];
    const bound = LOOKALIKE_FPR[task];
    const lookalikes = pattern ? negativesOf(lang, pattern) : [];
    const hard = hardScores.filter((h) => h.lang === lang).map((h) => h.score);
    const hardBound = HARD_NEGATIVE_FPR[task];
    return Math.max(
      overall,
      bound !== undefined && lookalikes.length >= 50 ? bandThresholdForFpr(lookalikes, bound) : 0,
      hardBound !== undefined && hard.length >= 50 ? bandThresholdForFpr(hard, hardBound) : 0,
    );
  };
  const en = thresholdFor('en');
  const zh = thresholdFor('zh');
  const thresholds = { en: en ?? zh ?? 0.5, zh: zh ?? en ?? 0.5 };
  const meta: ModelMeta = { ...model.meta, thresholds };
  const paths = modelPaths(modelsDir, task);
  writeFileSync(paths.weights, serializeWeights(weights));
  writeFileSync(paths.meta, `${JSON.stringify(meta, null, 2)}\n`);

  const final: LinearModel = { weights, meta };
  const suites: Record<string, Metrics> = {};
  for (const suite of data.suites) {
    const texts = suite.rows.map((r) => normalizeText(r.text).text);
    const scores = texts.map((t) => scoreText(final, t).score);
    // Decisions use each text's own language threshold; shift scores so one cut-off applies.
    const shifted = scores.map((s, i) => s - defaultThreshold(final, texts[i] ?? '') + 0.5);
    suites[suite.name] = computeMetrics(
      suite.rows.map((r) => r.label),
      shifted,
      0.5,
    );
  }
  const devMetrics = computeMetrics(
    dev.map((d) => d.label),
    devScores.map((s, i) => s - defaultThreshold(final, dev[i]?.text ?? '') + 0.5),
    0.5,
  );
  // Row-level dev metrics per training source (e.g. deepset): optimistic, same source as training.
  const centred = devScores.map((s, i) => s - defaultThreshold(final, dev[i]?.text ?? '') + 0.5);
  const devBySource: Record<string, Metrics> = {};
  for (const source of [...new Set(devSources)].sort()) {
    const idx = devSources.flatMap((s, i) => (s === source ? [i] : []));
    if (idx.length < 20) continue;
    devBySource[source] = computeMetrics(
      idx.map((i) => dev[i]?.label ?? 0),
      idx.map((i) => centred[i] ?? 0),
      0.5,
    );
  }
  (manifest.models as Record<string, unknown>)[task] = {
    file: `${task}.bin`,
    sourceWeights: data.sourceWeights ?? {},
    trainRows: train.length,
    devRows: dev.length,
    thresholds,
    calibration,
    devMetrics,
    devMetricsBySource: devBySource,
    heldOutMetrics: suites,
    heldOutSuites: Object.fromEntries(data.suites.map((s) => [s.name, s.description])),
  };
  process.stdout.write(
    `${task}: ${train.length} train / ${dev.length} dev rows in ${((Date.now() - t0) / 1000).toFixed(1)} s; ` +
      `dev auc ${devMetrics.auc} f1 ${devMetrics.f1}; thresholds en ${thresholds.en.toFixed(3)} zh ${thresholds.zh.toFixed(3)}\n`,
  );
  for (const [name, m] of Object.entries(suites)) {
    process.stdout.write(
      `  held-out ${name}: acc ${m.accuracy} P ${m.precision} R ${m.recall} fpr ${m.fpr} auc ${m.auc} auprc ${m.auprc}\n`,
    );
  }
}
writeFileSync(join(modelsDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
process.stdout.write(`trained in ${((Date.now() - started) / 1000).toFixed(1)} s → ${modelsDir}\n`);

/**
 * Scores of the flagged training rows by models that did not train on them: two folds by content hash,
 * each scored by a model trained on everything else, with the final model's calibration.
 */
function crossFittedScores(
  train: readonly TrainExample[],
  flagged: readonly boolean[],
  options: typeof DEFAULT_TRAIN_OPTIONS,
  meta: ModelMeta,
): { lang: TextLang; score: number }[] {
  const out: { lang: TextLang; score: number }[] = [];
  for (const fold of [0, 1]) {
    const held = (i: number) => flagged[i] === true && stableHash(train[i]?.text ?? '') % 2 === fold;
    const aux = trainLogistic(
      train.filter((_, i) => !held(i)),
      options,
    );
    const model: LinearModel = { weights: aux.weights, meta: { ...meta, bias: aux.bias } };
    train.forEach((row, i) => {
      if (held(i)) out.push({ lang: textLang(row.text), score: scoreText(model, row.text).score });
    });
  }
  return out;
}
