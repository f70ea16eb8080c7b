/**
 * Probes of the split of words run together (normalize/segment-pass.ts), for tuning its limits:
 * `npx tsx scripts/segment-probes.ts` prints
 * - how many words of eight letters or more from rows in other languages (our multilingual injection
 *   file and deepset's German) are split, which should be none: they are not English;
 * - how many of 3,000 random strings drawn at English letter frequencies are split (none should be);
 * - of the English instructions with their first twelve words run together, how many are split and
 *   how many read back exactly.
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mulberry32 } from '../src/detect/classifier/trainer.js';
import { normalizeText } from '../src/detect/normalize/normalize.js';
import { exists, readJsonl } from '../src/detect/training/jsonl.js';

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
