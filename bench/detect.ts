/**
 * `npm run bench:detect`: detection quality on held-out splits of ../shared/datasets (per suite and
 * language), recall on adversarial variants, cost per item and per KB, the lexicon engine, and the
 * npm detectors llm_guardrail and @andersmyrmel/vard side by side on the same data.
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Converter } from 'opencc-js';
import { analyze } from '../src/detect/analysis.js';
import { mulberry32 } from '../src/detect/classifier/trainer.js';
import { createDetector, type TextDetector } from '../src/detect/detector-registry.js';
import { applyVariant, VARIANTS } from '../src/detect/eval/adversarial.js';
import { metricsOf, type Prediction } from '../src/detect/eval/evaluate.js';
import { kilobyteTexts } from '../src/detect/eval/kilobyte-texts.js';
import type { Metrics } from '../src/detect/eval/metrics.js';
import { Lexicon } from '../src/detect/lexicon/lexicon.js';
import { decodePayloads } from '../src/detect/normalize/decode.js';
import { normalizeText } from '../src/detect/normalize/normalize.js';
import { exists, type LabeledText, stableHash } from '../src/detect/training/jsonl.js';
import { buildPlan, type Suite } from '../src/detect/training/plan.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const datasetsDir = resolve(root, '../shared/datasets');
const modelsDir = join(root, 'models');
if (!exists(datasetsDir)) {
  process.stderr.write(
    `bench:detect: datasets not found at ${datasetsDir} (see ../shared/datasets/README.md)\n`,
  );
  process.exit(2);
}

type Decide = (text: string) => { decision: boolean; score: number };

function combine(detectors: TextDetector[]): Decide {
  return (text) => {
    let score = 0;
    let decision = false;
    for (const d of detectors) {
      const r = d(text);
      score = Math.max(score, r.score);
      if (r.hits.some((h) => h.severity !== 'info')) decision = true;
    }
    return { decision, score };
  };
}

const injection = combine([
  createDetector('prompt-injection', modelsDir),
  createDetector('jailbreak', modelsDir),
]);
// Documents are untrusted segments: the guard adds the indirect-injection model there.
const indirect = combine([
  createDetector('prompt-injection', modelsDir, { untrusted: true }),
  createDetector('jailbreak', modelsDir),
]);
const harmful = combine([createDetector('harmful-request', modelsDir)]);
const toxicity = combine([createDetector('toxicity', modelsDir)]);
const DETECTOR_FOR = { injection, indirect, harmful, toxicity } as const;

const pct = (x: number) => (Number.isFinite(x) ? (x * 100).toFixed(1) : '–');

function evaluate(rows: readonly LabeledText[], decide: Decide): { preds: Prediction[]; us: number } {
  const preds: Prediction[] = [];
  const started = performance.now();
  for (const row of rows) {
    const { decision, score } = decide(row.text);
    preds.push({ label: row.label, score, decision: decision ? 1 : 0, lang: row.lang, source: row.source });
  }
  return { preds, us: ((performance.now() - started) * 1000) / Math.max(rows.length, 1) };
}

function row(cells: (string | number)[]): string {
  return `| ${cells.join(' | ')} |`;
}

function metricCells(m: Metrics): string[] {
  return [
    String(m.n),
    String(m.positives),
    pct(m.accuracy),
    pct(m.precision),
    pct(m.recall),
    pct(m.f1),
    pct(m.auc),
    pct(m.auprc),
    pct(m.tpr_at_1pct_fpr),
    pct(m.tpr_at_3pct_fpr),
    pct(m.fpr),
  ];
}

const plan = buildPlan(datasetsDir, join(root, 'data/authored'));
const suites: Suite[] = [
  ...plan.tasks.injection.suites,
  ...plan.tasks.indirect.suites,
  ...plan.tasks.harmful.suites,
  ...plan.tasks.toxicity.suites,
];

const out: string[] = [];
out.push('### Held-out quality (Palisade guards, default thresholds)', '');
out.push(
  row([
    'suite',
    'lang',
    'n',
    'pos',
    'acc%',
    'prec%',
    'rec%',
    'f1%',
    'auc%',
    'auprc%',
    'tpr@1%fpr',
    'tpr@3%fpr',
    'fpr%',
    'µs/item',
  ]),
);
out.push(row(Array(14).fill('---')));
/** Each task's English and Chinese positives: the adversarial variants are made from a sample of them. */
const positives: Record<'injection' | 'indirect' | 'harmful', string[]> = {
  injection: [],
  indirect: [],
  harmful: [],
};
/** Per public suite, the share of each benign source flagged: which ordinary prompts a guard blocks. */
const flaggedBySource: string[] = [];
for (const suite of suites) {
  const decide = DETECTOR_FOR[suite.task];
  const { preds, us } = evaluate(suite.rows, decide);
  if (!suite.name.includes('-authored') && !suite.name.includes('-styles-')) {
    for (const source of new Set(suite.rows.filter((r) => r.label === 0).map((r) => r.source))) {
      const negatives = preds.filter((p) => p.label === 0 && p.source === source);
      const flagged = negatives.filter((p) => p.decision === 1).length;
      const percent = ((100 * flagged) / negatives.length).toFixed(1);
      flaggedBySource.push(row([suite.name, source.slice(0, 40), negatives.length, percent]));
    }
  }
  const langs = [...new Set(preds.map((p) => p.lang))].filter((l) => l === 'en' || l === 'zh').sort();
  out.push(row([suite.name, 'all', ...metricCells(metricsOf(preds)), us.toFixed(1)]));
  if (langs.length > 1) {
    for (const lang of langs)
      out.push(row([suite.name, lang, ...metricCells(metricsOf(preds.filter((p) => p.lang === lang))), '']));
  }
  const task = suite.task;
  if (task !== 'toxicity') {
    for (const r of suite.rows)
      if (r.label === 1 && (r.lang === 'en' || r.lang === 'zh')) positives[task].push(r.text);
  }
}

out.push('', '### Benign prompts flagged, by source (the public held-out suites)', '');
out.push(row(['suite', 'source', 'n', 'flagged%']), row(Array(4).fill('---')), ...flaggedBySource);

out.push(
  '',
  '### Adversarial variants of detected attacks (recall % over the rows each variant changes, 100 = no loss)',
  '',
);
out.push(row(['variant', 'injection/jailbreak', 'indirect (documents)', 'harmful']));
out.push(row(['---', '---', '---', '---']));
/**
 * About n of the texts, each kept or not by its own content hash: the sample does not depend on the
 * model, so two runs with different models vary the same rows (a sample drawn from the detected rows
 * shifted with every row the model gained or lost, and moved variant recall by a point or two alone).
 */
const sampleOf = (texts: string[], n: number) =>
  texts.filter((t) => stableHash(`adversarial:${t}`) / 2 ** 32 < n / texts.length);
/** The sampled positives the guard detects as written: the variants' recall is measured over them. */
const advSets = {
  injection: sampleOf(positives.injection, 700).filter((t) => injection(t).decision),
  indirect: sampleOf(positives.indirect, 700).filter((t) => indirect(t).decision),
  harmful: sampleOf(positives.harmful, 700).filter((t) => harmful(t).decision),
};
for (const variant of VARIANTS) {
  const recall = (task: 'injection' | 'indirect' | 'harmful') => {
    // Over the rows the variant changes (a row of Chinese has no words to put one per line).
    let hit = 0;
    let changed = 0;
    for (const t of advSets[task]) {
      const varied = applyVariant(t, variant, stableHash(t));
      if (varied === t) continue;
      changed++;
      if (DETECTOR_FOR[task](varied).decision) hit++;
    }
    return `${pct(hit / Math.max(changed, 1))} (n=${changed})`;
  };
  out.push(row([variant, recall('injection'), recall('indirect'), recall('harmful')]));
}

// Traditional Chinese: every Chinese row of each suite as Taiwan would write it (OpenCC's reference
// converter with Taiwan phrases: 软件 → 軟體, 网络 → 網路), scored beside the original rows.
out.push('', '### Chinese suites in Traditional characters (OpenCC cn → twp, same rows)', '');
out.push(
  row(['suite', 'zh rows', 'simplified rec%', 'simplified fpr%', 'traditional rec%', 'traditional fpr%']),
);
out.push(row(Array(6).fill('---')));
const toTraditional = Converter({ from: 'cn', to: 'twp' });
for (const suite of suites) {
  const rows = suite.rows.filter((r) => r.lang === 'zh');
  if (rows.length < 50) continue;
  const simplified = metricsOf(evaluate(rows, DETECTOR_FOR[suite.task]).preds);
  const traditionalRows = rows.map((r) => ({ ...r, text: toTraditional(r.text) }));
  const traditional = metricsOf(evaluate(traditionalRows, DETECTOR_FOR[suite.task]).preds);
  out.push(
    row([
      suite.name,
      rows.length,
      pct(simplified.recall),
      pct(simplified.fpr),
      pct(traditional.recall),
      pct(traditional.fpr),
    ]),
  );
}

// Side-by-side: the npm prompt-injection detectors on the injection suites.
interface GuardrailModule {
  checkInjection(p: string): Promise<{ detected: boolean; confidence: number }>;
  checkJailbreak(p: string): Promise<{ detected: boolean; confidence: number }>;
}
interface VardModule {
  default: { safe(input: string): { safe: boolean } };
}
async function tryImport<T>(name: string): Promise<T | string> {
  try {
    return (await import(name)) as T;
  } catch (error) {
    return error instanceof Error ? (error.message.split('\n')[0] ?? 'unavailable') : 'unavailable';
  }
}
const guardrail = await tryImport<GuardrailModule>('llm_guardrail');
const vard = await tryImport<VardModule>('@andersmyrmel/vard');

out.push('', '### Side by side on the injection suites (same rows, same run)', '');
out.push(row(['suite', 'detector', 'acc%', 'prec%', 'rec%', 'fpr%', 'µs/item']));
out.push(row(Array(7).fill('---')));
for (const suite of [...plan.tasks.injection.suites, ...plan.tasks.indirect.suites]) {
  const ours = evaluate(suite.rows, DETECTOR_FOR[suite.task]);
  const m = metricsOf(ours.preds);
  out.push(
    row([
      suite.name,
      'palisade',
      pct(m.accuracy),
      pct(m.precision),
      pct(m.recall),
      pct(m.fpr),
      ours.us.toFixed(1),
    ]),
  );
  for (const [name, mod] of [
    ['llm_guardrail', guardrail],
    ['@andersmyrmel/vard', vard],
  ] as const) {
    if (typeof mod === 'string') {
      out.push(row([suite.name, name, 'unavailable offline', '', '', '', mod.slice(0, 60)]));
      continue;
    }
    const preds: Prediction[] = [];
    const started = performance.now();
    let failure: string | undefined;
    for (const r of suite.rows) {
      let decision = false;
      let score = 0;
      try {
        if ('checkInjection' in mod) {
          const [a, b] = await Promise.all([mod.checkInjection(r.text), mod.checkJailbreak(r.text)]);
          decision = a.detected || b.detected;
          score = Math.max(a.confidence, b.confidence);
        } else {
          decision = !mod.default.safe(r.text).safe;
          score = decision ? 1 : 0;
        }
      } catch (error) {
        failure = error instanceof Error ? error.message : String(error);
        break;
      }
      preds.push({ label: r.label, score, decision: decision ? 1 : 0, lang: r.lang, source: r.source });
    }
    if (failure) {
      out.push(row([suite.name, name, 'unavailable offline', '', '', '', failure.slice(0, 60)]));
      continue;
    }
    const us = ((performance.now() - started) * 1000) / Math.max(suite.rows.length, 1);
    const mm = metricsOf(preds);
    out.push(
      row([
        suite.name,
        name,
        pct(mm.accuracy),
        pct(mm.precision),
        pct(mm.recall),
        pct(mm.fpr),
        us.toFixed(1),
      ]),
    );
  }
}

// Cost per KB: fresh texts every iteration (no cache hits), one core.
const benignEn = plan.tasks.injection.suites
  .flatMap((s) => s.rows)
  .filter((r) => r.lang === 'en' && r.label === 0);
const benignZh = plan.tasks.injection.suites
  .flatMap((s) => s.rows)
  .filter((r) => r.lang === 'zh' && r.label === 0);
const COST_ROUNDS = 7;
out.push(
  '',
  `### Cost per 1 KB of text (µs, one core; best of ${COST_ROUNDS} interleaved rounds over 1,500 distinct texts)`,
  '',
  'Normalisation and payload decoding run once per text and are shared by every guard (cached by',
  '`analyze`); each detector row is its own cost on top of that. Every round times every stage in',
  'turn, so a slow spell of the machine slows all stages of that round alike.',
  '',
);
out.push(row(['stage', 'EN 1 KB', 'ZH 1 KB']));
out.push(row(['---', '---', '---']));
const costs: [string, (t: string) => unknown, boolean][] = [
  ['normalise + decode (shared, once per text)', (t) => analyze(t), false],
  ['of which payload decoding', (t) => decodePayloads(t), false],
  ['prompt-injection (rules + classifier)', createDetector('prompt-injection', modelsDir), true],
  [
    'prompt-injection, untrusted segment (+ indirect)',
    createDetector('prompt-injection', modelsDir, { untrusted: true }),
    true,
  ],
  ['jailbreak (rules + classifier)', createDetector('jailbreak', modelsDir), true],
  ['harmful-request (classifier)', createDetector('harmful-request', modelsDir), true],
  ['toxicity (classifier)', createDetector('toxicity', modelsDir), true],
];
const kbSets = [benignEn, benignZh].map((rows) => kilobyteTexts(rows, 1500));
/** µs per text of one stage over one set, on texts no earlier round has seen (nothing cached). */
function timeStage(
  fn: (t: string) => unknown,
  warm: boolean,
  texts: readonly string[],
  salt: number,
): number {
  const batch = texts.map((t, i) => `${t.slice(0, 1018)}${String((salt + i) % 1_000_000).padStart(6, '0')}`);
  let elapsed = 0;
  // Chunks smaller than the analysis cache (512 texts), so a warmed analysis is still cached.
  for (let c = 0; c < batch.length; c += 256) {
    const chunk = batch.slice(c, c + 256);
    if (warm) for (const t of chunk) analyze(t);
    const started = performance.now();
    for (const t of chunk) fn(t);
    elapsed += performance.now() - started;
  }
  return (elapsed * 1000) / batch.length;
}
const best = costs.map(() => kbSets.map(() => Number.POSITIVE_INFINITY));
let salt = 0;
for (let round = 0; round < COST_ROUNDS; round++) {
  costs.forEach(([, fn, warm], stage) => {
    kbSets.forEach((texts, set) => {
      salt += texts.length;
      const cell = best[stage] as number[];
      cell[set] = Math.min(cell[set] ?? Number.POSITIVE_INFINITY, timeStage(fn, warm, texts, salt));
    });
  });
}
costs.forEach(([name], stage) => {
  out.push(row([name, ...(best[stage] ?? []).map((us) => us.toFixed(1))]));
});

// Lexicon engine: 100k terms (Latin and CJK), load time and scan throughput.
const random = mulberry32(42);
const cjk = () => String.fromCharCode(0x4e00 + Math.floor(random() * 3000));
const latin = () => String.fromCharCode(0x61 + Math.floor(random() * 26));
const terms = Array.from({ length: 100_000 }, (_, i) => {
  const len = 2 + Math.floor(random() * 6);
  const gen = i % 2 === 0 ? cjk : latin;
  return { term: Array.from({ length: len }, gen).join(''), category: 'bench', severity: 'high' as const };
});
const loadStart = performance.now();
const lexicon = new Lexicon(terms);
const loadMs = performance.now() - loadStart;
const corpus = [...benignEn, ...benignZh].map((r) => r.text).join('\n');
let big = corpus;
while (Buffer.byteLength(big) < 8 * 1024 * 1024) big += `\n${corpus}`;
// The guard scans the normalised text from `analyze`; normalisation is measured in the cost table.
const normalized = normalizeText(big);
const mb = Buffer.byteLength(big) / (1024 * 1024);
const bestMbPerSecond = (fn: () => unknown): number => {
  let best = 0;
  for (let round = 0; round < 3; round++) {
    const started = performance.now();
    fn();
    best = Math.max(best, mb / ((performance.now() - started) / 1000));
  }
  return best;
};
const scanOnly = bestMbPerSecond(() => lexicon.count(normalized.text));
const withSpans = bestMbPerSecond(() => lexicon.match(normalized, Number.MAX_SAFE_INTEGER));
const matches = lexicon.count(normalized.text);
out.push(
  '',
  '### Lexicon engine (Aho–Corasick, 100,000 random terms: half CJK, half Latin, 2–7 characters)',
  '',
);
out.push(row(['terms', 'load (ms)', 'text (MB, EN+ZH)', 'scan MB/s', 'scan + spans MB/s', 'matches']));
out.push(row(['---', '---', '---', '---', '---', '---']));
out.push(
  row([terms.length, loadMs.toFixed(0), mb.toFixed(1), scanOnly.toFixed(0), withSpans.toFixed(0), matches]),
);

process.stdout.write(`${out.join('\n')}\n`);
