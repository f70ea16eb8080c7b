/**
 * Where one rule code fires across every row we have: `npx tsx scripts/rule-hits.ts <code>` reads each
 * JSONL file of ../shared/datasets and data/authored (training and held-out alike), runs the rules of
 * both injection guards on each row as trusted text, and prints the rows the code fires on per file
 * and label, the benign ones in full. A new rule's check of generalisation: it should fire on no
 * benign row, whichever file the row came from.
 */
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../src/detect/analysis.js';
import { ALL_RULES, matchRules } from '../src/detect/rules/engine.js';
import { exists, jsonlFilesUnder, readJsonl } from '../src/detect/training/jsonl.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const code = process.argv[2];
if (!code || !ALL_RULES.some((rule) => rule.code === code)) {
  process.stderr.write(
    'usage: npx tsx scripts/rule-hits.ts <rule code>, e.g. injection.personal_data_extraction\n',
  );
  process.exit(2);
}
const datasets = resolve(root, '../shared/datasets');
if (!exists(datasets)) {
  process.stderr.write(`rule-hits: datasets not found at ${datasets}\n`);
  process.exit(2);
}

const totals = { benign: 0, benignHits: 0, attacks: 0, attackHits: 0 };
for (const file of [...jsonlFilesUnder(datasets), ...jsonlFilesUnder(join(root, 'data/authored'))]) {
  let benignHits = 0;
  let attackHits = 0;
  for (const row of readJsonl(file)) {
    const norm = analyze(row.text).norm;
    const fires = (['prompt-injection', 'jailbreak'] as const).some((guard) =>
      matchRules(norm, guard, false).some((hit) => hit.code === code),
    );
    if (row.label === 0) totals.benign++;
    else totals.attacks++;
    if (!fires) continue;
    if (row.label === 0) {
      benignHits++;
      process.stdout.write(`  benign: ${row.text.slice(0, 160)}\n`);
    } else attackHits++;
  }
  if (benignHits + attackHits > 0)
    process.stdout.write(`${relative(root, file)}: ${attackHits} attack, ${benignHits} benign\n`);
  totals.benignHits += benignHits;
  totals.attackHits += attackHits;
}
process.stdout.write(
  `${code}: fires on ${totals.attackHits} of ${totals.attacks} attack rows and ${totals.benignHits} of ${totals.benign} benign rows\n`,
);
