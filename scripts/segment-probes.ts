/**
 * Probes of the split of words run together (normalize/segment-pass.ts), for tuning its limits:
 * `npx tsx scripts/segment-probes.ts` prints
 * - how many words of eight letters or more from rows in other languages (our multilingual injection
 *   file and deepset's German) are split, which should be none: they are not English;
 * - how many of 3,000 random strings drawn at English letter frequencies are split (none should be);
 * - of the English instructions with their first twelve words run together, how many are split and
 *   how many read back exactly;
 * - how many words one run of letters gave back (mostWordsRunTogether) over every benign row of the
 *   training plan, and over the English injections of the held-out suites with their first twelve
 *   words run together (the adversarial variant of npm run bench:detect);
 * - how much of its injection-model score each such injection keeps when run together (the classifiers
 *   hold such text to a lower threshold: detectors.ts).
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../src/detect/analysis.js';
import { loadModel, scoreTextAll } from '../src/detect/classifier/model.js';
import { mulberry32 } from '../src/detect/classifier/trainer.js';
import { applyVariant } from '../src/detect/eval/adversarial.js';
import { mostWordsRunTogether, normalizeText } from '../src/detect/normalize/normalize.js';
import { exists, readJsonl, stableHash } from '../src/detect/training/jsonl.js';
import { buildPlan } from '../src/detect/training/plan.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const datasets = resolve(root, '../shared/datasets');
if (!exists(datasets)) {
  process.stderr.write(`segment-probes: datasets not found at ${datasets}\n`);
  process.exit(2);
}
const isSplit = (text: string) => normalizeText(text).text.includes(' ');

const foreignRows = [
  ...readJsonl(join(root, 'data/authored/train-injection-multilingual.jsonl')).filter(
    (row) => row.lang !== 'en' && row.lang !== 'zh',
  ),
  ...readJsonl(join(datasets, 'injection/deepset_train.jsonl')).filter((row) => row.lang === 'de'),
];
const foreignWords = new Set(
  foreignRows.flatMap((row) =>
    row.text
      .toLowerCase()
      .split(/[^a-z]+/)
      .filter((word) => word.length >= 8),
  ),
);
const splitWords = [...foreignWords].filter(isSplit);
process.stdout.write(
  `words of other languages: ${splitWords.length} of ${foreignWords.size} split (${splitWords.map((w) => normalizeText(w).text).join(', ')})\n`,
);

const random = mulberry32(7);
const LETTERS =
  'eeeeeeeeeeeettttttttaaaaaaaaooooooooiiiiiiinnnnnnnsssssshhhhhhrrrrrrddddllllcccuuummmwwffggyyppbbvkjxqz';
let randomSplit = 0;
for (let i = 0; i < 3000; i++) {
  const length = 12 + Math.floor(random() * 50);
  let text = '';
  for (let k = 0; k < length; k++) text += LETTERS[Math.floor(random() * LETTERS.length)];
  if (isSplit(text)) randomSplit++;
}
process.stdout.write(`random letter strings: ${randomSplit} of 3000 split\n`);

let instructions = 0;
let split = 0;
let exact = 0;
for (const row of readJsonl(join(datasets, 'benign/en_instructions.jsonl'))) {
  const words = row.text
    .split(/\s+/)
    .slice(0, 12)
    .map((word) => word.toLowerCase().replace(/[^a-z]/g, ''))
    .filter((word) => word.length > 0);
  if (words.length < 4) continue;
  instructions++;
  const read = normalizeText(words.join('')).text;
  if (read.includes(' ')) split++;
  if (read === words.join(' ')) exact++;
}
process.stdout.write(
  `English instructions run together: ${split} of ${instructions} split, ${exact} read back exactly\n`,
);

/** "words: rows" for 0 and 2 to 12 (12 = twelve or more). */
function histogram(counts: readonly number[]): string {
  const rows = new Map<number, number>();
  for (const count of counts) rows.set(Math.min(count, 12), (rows.get(Math.min(count, 12)) ?? 0) + 1);
  return [...rows.entries()]
    .sort(([a], [b]) => a - b)
    .map(([words, n]) => `${words}: ${n}`)
    .join(', ');
}
const plan = buildPlan(datasets, join(root, 'data/authored'));
const benign = new Set<string>();
for (const task of ['injection', 'harmful', 'toxicity'] as const) {
  const data = plan.tasks[task];
  for (const row of [...data.train, ...data.suites.flatMap((suite) => suite.rows)])
    if (row.label === 0) benign.add(row.text);
}
const wordsOf = (text: string) => mostWordsRunTogether(analyze(text).norm);
process.stdout.write(
  `benign rows (${benign.size}) by most words run together: ${histogram([...benign].map(wordsOf))}\n`,
);
const attacks = plan.tasks.injection.suites.flatMap((suite) =>
  suite.rows.filter((row) => row.label === 1 && row.lang === 'en').map((row) => row.text),
);
const runTogether = attacks.map((text) => applyVariant(text, 'run_together', stableHash(text)));
process.stdout.write(
  `English injections (${attacks.length}) run together, by most words: ${histogram(runTogether.map(wordsOf))}\n`,
);
const model = loadModel(join(root, 'models'), 'injection');
const scoreOf = (text: string) => scoreTextAll([model], analyze(text).norm.text)[0]?.score ?? 0;
const kept: number[] = [];
attacks.forEach((text, i) => {
  const score = scoreOf(text);
  if (score >= model.meta.thresholds.en) kept.push(scoreOf(runTogether[i] ?? '') / score);
});
const share = (fraction: number) =>
  ((100 * kept.filter((k) => k < fraction).length) / kept.length).toFixed(1);
process.stdout.write(
  `of the ${kept.length} the model detects as written, run together: ${share(0.8)} % keep less than 80 % of their score, ${share(0.95)} % less than 95 %\n`,
);
