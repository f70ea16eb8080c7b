import { writeFileSync } from 'node:fs';
import { type Command, Option } from 'commander';
import { SEGMENT_ROLES, SEVERITIES, type SegmentRole, severityRank } from '../../core/index.js';
import { createDetector, SCORED_DETECTORS, type ScoredDetectorId } from '../../detect/detector-registry.js';
import { buildReport, type EvalReport, type Prediction } from '../../detect/eval/evaluate.js';
import type { Metrics } from '../../detect/eval/metrics.js';
import { readJsonl } from '../../detect/training/jsonl.js';
import { buildDetection, PACKAGE_MODELS_DIR } from './detect.js';

const GATES = ['accuracy', 'precision', 'recall', 'f1', 'auc'] as const;

function isScored(id: string): id is ScoredDetectorId {
  return (SCORED_DETECTORS as readonly string[]).includes(id);
}

function pct(x: number): string {
  return Number.isFinite(x) ? (x * 100).toFixed(1) : '–';
}

function formatRow(name: string, m: Metrics): string {
  return [
    name.padEnd(34).slice(0, 34),
    String(m.n).padStart(6),
    pct(m.accuracy).padStart(6),
    pct(m.precision).padStart(6),
    pct(m.recall).padStart(6),
    pct(m.f1).padStart(6),
    pct(m.auc).padStart(6),
    pct(m.tpr_at_1pct_fpr).padStart(8),
    pct(m.tpr_at_3pct_fpr).padStart(8),
    pct(m.fpr).padStart(6),
  ].join(' ');
}

function formatReport(report: EvalReport): string {
  const header = `${'set'.padEnd(34)} ${'n'.padStart(6)} ${'acc%'.padStart(6)} ${'prec%'.padStart(6)} ${'rec%'.padStart(6)} ${'f1%'.padStart(6)} ${'auc%'.padStart(6)} ${'tpr@1%'.padStart(8)} ${'tpr@3%'.padStart(8)} ${'fpr%'.padStart(6)}`;
  const lines = [header, formatRow('all', report)];
  for (const [lang, m] of Object.entries(report.by_lang)) lines.push(formatRow(`lang=${lang}`, m));
  for (const [source, m] of Object.entries(report.by_source)) lines.push(formatRow(`source=${source}`, m));
  lines.push(`${report.us_per_item} µs per item`);
  return `${lines.join('\n')}\n`;
}

interface EvalOptions {
  data: string;
  guard: string[];
  json?: boolean;
  predictions?: string;
  models: string;
  role: SegmentRole;
  minSeverity: string;
  minAccuracy?: string;
  minPrecision?: string;
  minRecall?: string;
  minF1?: string;
  minAuc?: string;
  maxFpr?: string;
}

export function registerEval(program: Command): void {
  program
    .command('eval')
    .description('Measure detection guards on a labelled JSONL file (text, label, optional lang, source).')
    .requiredOption('--data <file>', 'JSONL dataset')
    .option('--guard <ids...>', 'guards whose findings count as a positive decision', [
      'prompt-injection',
      'jailbreak',
    ])
    .option('--json', 'print the metrics as one JSON object')
    .option('--predictions <file>', 'write one JSON line per item: index, label, score, decision, codes')
    .option('--models <dir>', 'models directory', PACKAGE_MODELS_DIR)
    .addOption(
      new Option(
        '--role <role>',
        'segment role of every item (tool/document = untrusted: indirect model and rules)',
      )
        .choices(SEGMENT_ROLES)
        .default('user'),
    )
    .option(
      '--min-severity <severity>',
      `lowest finding severity that counts as positive (${SEVERITIES.join(', ')})`,
      'low',
    )
    .option('--min-accuracy <x>', 'fail when accuracy is below x (0..1)')
    .option('--min-precision <x>', 'fail when precision is below x')
    .option('--min-recall <x>', 'fail when recall is below x')
    .option('--min-f1 <x>', 'fail when F1 is below x')
    .option('--min-auc <x>', 'fail when ROC AUC is below x')
    .option('--max-fpr <x>', 'fail when the false-positive rate is above x')
    .action(async (options: EvalOptions) => {
      const minRank = SEVERITIES.indexOf(options.minSeverity as (typeof SEVERITIES)[number]);
      if (minRank < 0) throw new Error(`--min-severity must be one of ${SEVERITIES.join(', ')}`);
      const rows = readJsonl(options.data);
      const untrusted = options.role === 'tool' || options.role === 'document';
      const scored = options.guard
        .filter(isScored)
        .map((id) => createDetector(id, options.models, { untrusted }));
      const others = options.guard.filter((id) => !isScored(id));
      const runOthers = others.length > 0 ? buildDetection(others, options.models) : undefined;
      // Models and rule tables load on first use: warm up so µs per item is the steady-state cost.
      for (const run of scored) run('warm-up');
      const predictions: Prediction[] = [];
      const lines: string[] = [];
      let total = 0;
      for (const [index, row] of rows.entries()) {
        const started = performance.now();
        let score = 0;
        const codes: string[] = [];
        for (const run of scored) {
          const result = run(row.text);
          const counted = result.hits.filter((h) => severityRank(h.severity) >= minRank);
          if (counted.length > 0) score = Math.max(score, result.score, 0.5);
          else score = Math.max(score, Math.min(result.score, 0.4999));
          codes.push(...counted.map((h) => h.code));
        }
        if (runOthers) {
          const { findings } = await runOthers(row.text, options.role);
          const counted = findings.filter((f) => severityRank(f.severity) >= minRank);
          if (counted.length > 0) score = Math.max(score, 0.75);
          codes.push(...counted.map((f) => f.code));
        }
        total += (performance.now() - started) * 1000;
        const decision: 0 | 1 = codes.length > 0 ? 1 : 0;
        predictions.push({ label: row.label, score, decision, lang: row.lang, source: row.source });
        if (options.predictions) {
          lines.push(
            JSON.stringify({
              index,
              label: row.label,
              score: Math.round(score * 10_000) / 10_000,
              decision,
              codes,
            }),
          );
        }
      }
      if (options.predictions) writeFileSync(options.predictions, `${lines.join('\n')}\n`);
      const report = buildReport(predictions, total);
      process.stdout.write(options.json ? `${JSON.stringify(report)}\n` : formatReport(report));
      const failures: string[] = [];
      for (const gate of GATES) {
        const key =
          `min${gate === 'f1' ? 'F1' : gate === 'auc' ? 'Auc' : gate[0]?.toUpperCase() + gate.slice(1)}` as keyof EvalOptions;
        const min = options[key];
        if (typeof min === 'string' && !(report[gate] >= Number(min)))
          failures.push(`${gate} ${report[gate]} < ${min}`);
      }
      if (options.maxFpr !== undefined && !(report.fpr <= Number(options.maxFpr))) {
        failures.push(`fpr ${report.fpr} > ${options.maxFpr}`);
      }
      if (failures.length > 0) throw new Error(`metric below threshold: ${failures.join('; ')}`);
    });
}
