/**
 * npm run bench:pii — span-level P/R/F1/F2 per entity for Palisade's recognizers and, in the same
 * run on the same data, @openredaction/openredaction and redact-pii.
 * English: the held-out fifth (rows with index % 5 == 0) of ../shared/datasets/pii/presidio_synth_v2.json;
 * the other rows were used while tuning. Chinese: a generated set (bench/pii-zh-generator.ts) whose
 * names come from the dev splits of the Chinese NER files (the gazetteer is built from train splits).
 */
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import { resolve } from 'node:path';
import { chineseNerSplit, PII_DATA_DIR } from '../scripts/pii-datasets.js';
import { classOfGold, type Scores, SpanEvaluator } from '../src/detect/pii/evaluate.js';
import {
  createPiiDetector,
  type PiiMatch,
  PRECISE_THRESHOLD,
  RECALL_THRESHOLD,
} from '../src/detect/pii/index.js';
import { type Baseline, openRedactionBaseline, redactPiiBaseline } from './pii-baselines.js';
import { type GeneratedRecord, generateChineseSet } from './pii-zh-generator.js';

if (!existsSync(PII_DATA_DIR)) {
  process.stderr.write(`bench:pii: dataset directory not found: ${PII_DATA_DIR}\n`);
  process.stderr.write(
    'The benchmark needs ../shared/datasets/pii next to the repository; nothing was measured.\n',
  );
  process.exit(1);
}

type Record = GeneratedRecord;
interface System {
  name: string;
  detect(text: string): PiiMatch[];
}

const palisade = createPiiDetector({ threshold: RECALL_THRESHOLD });
const palisadePrecise = createPiiDetector({ threshold: PRECISE_THRESHOLD });
const systems: System[] = [
  { name: `palisade@${RECALL_THRESHOLD}`, detect: (t) => palisade.detect(t) },
  { name: `palisade@${PRECISE_THRESHOLD} (guard)`, detect: (t) => palisadePrecise.detect(t) },
];
for (const make of [openRedactionBaseline, redactPiiBaseline]) {
  try {
    systems.push(make() as Baseline);
  } catch (error) {
    process.stderr.write(`skipping a baseline: ${(error as Error).message}\n`);
  }
}

const presidioAll = JSON.parse(
  readFileSync(resolve(PII_DATA_DIR, 'presidio_synth_v2.json'), 'utf8'),
) as Record[];
const english = presidioAll.filter((_, i) => i % 5 === 0);
const zhNames = [
  ...new Set(
    chineseNerSplit('dev').flatMap((s) =>
      s.names.map((n) => s.text.slice(n.start, n.end)).filter((n) => /^[\u4e00-\u9fff]{2,4}$/.test(n)),
    ),
  ),
];
const chinese = generateChineseSet(zhNames);

const EN_CLASSES = [
  'person',
  'email',
  'phone',
  'payment_card',
  'iban',
  'us_ssn',
  'ip_address',
  'address',
  'age',
  'us_driver_license',
  'location',
  'organization',
];
const ZH_CLASSES = ['cn_id_card', 'phone', 'payment_card', 'email', 'person'];

interface Run {
  system: string;
  perClass: globalThis.Record<string, Scores>;
  overall: Scores;
  core: Scores;
  usPerMessage: number;
}

function evaluate(system: System, records: Record[], classes: string[], core: string[]): Run {
  const scored = new Set(classes);
  const ev = new SpanEvaluator();
  const coreEv = new SpanEvaluator();
  const coreSet = new Set(core);
  const started = performance.now();
  const predictions = records.map((r) => system.detect(r.full_text));
  const elapsed = performance.now() - started;
  records.forEach((r, i) => {
    const gold = r.spans.map((s) => ({ label: s.entity_type, start: s.start_position, end: s.end_position }));
    ev.add(gold, predictions[i]!, scored);
    coreEv.add(
      gold.filter((g) => coreSet.has(classOfGold(g.label) ?? '')),
      predictions[i]!,
      coreSet,
    );
  });
  return {
    system: system.name,
    perClass: ev.perClass(),
    overall: ev.overall(),
    core: coreEv.overall(),
    usPerMessage: (elapsed * 1000) / records.length,
  };
}

/** 1 KB messages cut from a text corpus (up to 200). */
function kilobyteMessages(blob: string): string[] {
  const messages: string[] = [];
  for (let i = 0; i + 1024 <= blob.length && messages.length < 200; i += 1024)
    messages.push(blob.slice(i, i + 1024));
  return messages;
}

const benignText = (file: string) =>
  readFileSync(resolve(PII_DATA_DIR, '../benign', `${file}.jsonl`), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => (JSON.parse(line) as { text: string }).text)
    .join('\n');

const KB_CORPORA: [string, string[]][] = [
  [
    'PII-dense English (all Presidio sentences)',
    kilobyteMessages(presidioAll.map((r) => r.full_text).join(' ')),
  ],
  ['ordinary English (instructions)', kilobyteMessages(benignText('en_instructions'))],
  ['ordinary Chinese (LCCC chat)', kilobyteMessages(benignText('zh_lccc'))],
];

/** µs per 1 KB message: best of 8 passes (the machine is shared; the minimum is the least disturbed). */
function perKilobyte(system: System, messages: string[]): number {
  for (let pass = 0; pass < 3; pass++) for (const m of messages) system.detect(m); // warm-up
  let best = Number.POSITIVE_INFINITY;
  for (let pass = 0; pass < 8; pass++) {
    const started = performance.now();
    for (const m of messages) system.detect(m);
    best = Math.min(best, ((performance.now() - started) * 1000) / messages.length);
  }
  return best;
}

const f = (n: number) => n.toFixed(3);

function table(title: string, runs: Run[], classes: string[], coreLabel: string): string {
  const lines = [
    `### ${title}`,
    '',
    `| entity | ${runs.map((r) => `${r.system} P / R / F1 / F2`).join(' | ')} | support |`,
  ];
  lines.push(`|---|${runs.map(() => '---|').join('')}---|`);
  for (const cls of classes) {
    const cells = runs.map((r) => {
      const s = r.perClass[cls];
      return s ? `${f(s.precision)} / ${f(s.recall)} / ${f(s.f1)} / ${f(s.f2)}` : '–';
    });
    lines.push(`| ${cls} | ${cells.join(' | ')} | ${runs[0]!.perClass[cls]?.support ?? 0} |`);
  }
  const o = (s: Scores) => `${f(s.precision)} / ${f(s.recall)} / **${f(s.f1)}** / **${f(s.f2)}**`;
  lines.push(`| **overall** | ${runs.map((r) => o(r.overall)).join(' | ')} | ${runs[0]!.overall.support} |`);
  lines.push(`| **${coreLabel}** | ${runs.map((r) => o(r.core)).join(' | ')} | ${runs[0]!.core.support} |`);
  lines.push(`| µs / message | ${runs.map((r) => r.usPerMessage.toFixed(1)).join(' | ')} | |`);
  return lines.join('\n');
}

/** The personal-data classes: everything but places and organisations. */
const EN_CORE = EN_CLASSES.filter((c) => c !== 'location' && c !== 'organization');
// Speed first, before the accuracy runs fill the heap with other libraries' garbage.
const kbLines = [
  '### Speed: µs per 1 KB message, whole recognizer set, one core (best of 8 passes)',
  '',
  `| corpus | ${systems.map((s) => s.name).join(' | ')} |`,
  `|---|${systems.map(() => '---|').join('')}`,
  ...KB_CORPORA.map(
    ([name, messages]) =>
      `| ${name} | ${systems.map((s) => perKilobyte(s, messages).toFixed(0)).join(' | ')} |`,
  ),
];

// Warm-up so that regex compilation and JIT are not billed to the first system.
for (const r of english.slice(0, 30)) for (const s of systems) s.detect(r.full_text);
const enRuns = systems.map((s) => evaluate(s, english, EN_CLASSES, EN_CORE));
const zhRuns = systems.map((s) => evaluate(s, chinese, ZH_CLASSES, ZH_CLASSES));
// Natural text: every person name in the dev splits of ResumeNER and WeiboNER (nicknames included).
const natural: Record[] = chineseNerSplit('dev').map((s) => ({
  full_text: s.text,
  spans: s.names.map((n) => ({ entity_type: 'person', start_position: n.start, end_position: n.end })),
}));
const naturalRuns = systems.map((s) => evaluate(s, natural, ['person'], ['person']));
const naturalLine = `Chinese person names in natural text (ResumeNER + WeiboNER dev, ${natural.length} sentences, ${naturalRuns[0]!.overall.support} names): ${naturalRuns
  .map((r) => `${r.system} P ${f(r.overall.precision)} / R ${f(r.overall.recall)} / F1 ${f(r.overall.f1)}`)
  .join('; ')}.`;

const out = [
  `English: presidio_synth_v2.json held-out fifth, ${english.length} sentences. Chinese: ${chinese.length} generated sentences (${zhNames.length} held-out names). Matching: same class + overlapping span.`,
  '',
  table('English (Presidio format)', enRuns, EN_CLASSES, 'overall without location/organization'),
  '',
  table('Chinese (generated)', zhRuns, ZH_CLASSES, 'overall (same classes)'),
  '',
  naturalLine,
  '',
  ...kbLines,
  '',
  `Node ${process.version}, ${os.cpus()[0]?.model ?? 'unknown CPU'}, load average ${os.loadavg()[0]!.toFixed(1)} at the end of the run.`,
];
process.stdout.write(`${out.join('\n')}\n`);
