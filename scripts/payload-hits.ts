/**
 * Where one payload decoder fires across every row we have: `npx tsx scripts/payload-hits.ts <kind>`
 * analyses each row of ../shared/datasets and data/authored (training and held-out alike), as the
 * guards do, and prints,
 * per file and label, the rows with a payload of that kind, each with what it decoded to. A new
 * decoder's check: it should read no ordinary text as a payload (a benign row may hold a real one,
 * such as a puzzle in A1Z26).
 */
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../src/detect/analysis.js';
import { PAYLOAD_KINDS, type PayloadKind } from '../src/detect/normalize/decode.js';
import { exists, jsonlFilesUnder, readJsonl } from '../src/detect/training/jsonl.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const kind = process.argv[2];
const isKind = (k: string | undefined): k is PayloadKind => PAYLOAD_KINDS.some((known) => known === k);
if (!isKind(kind)) {
  process.stderr.write(`usage: npx tsx scripts/payload-hits.ts <${PAYLOAD_KINDS.join(' | ')}>\n`);
  process.exit(2);
}
const datasets = resolve(root, '../shared/datasets');
if (!exists(datasets)) {
  process.stderr.write(`payload-hits: datasets not found at ${datasets}\n`);
  process.exit(2);
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').slice(0, 140);
const totals = { rows: 0, attacks: 0, benign: 0 };
for (const file of [...jsonlFilesUnder(datasets), ...jsonlFilesUnder(join(root, 'data/authored'))]) {
  const hits = { attacks: 0, benign: 0 };
  for (const row of readJsonl(file)) {
    totals.rows++;
    const payload = analyze(row.text).payloads.find((p) => p.payload.kind === kind)?.payload;
    if (!payload) continue;
    if (row.label === 0) hits.benign++;
    else hits.attacks++;
    process.stdout.write(
      `  ${row.label === 0 ? 'benign' : 'attack'}: ${oneLine(row.text)}\n    → ${oneLine(payload.text)}\n`,
    );
  }
  if (hits.attacks + hits.benign > 0)
    process.stdout.write(`${relative(root, file)}: ${hits.attacks} attack, ${hits.benign} benign\n`);
  totals.attacks += hits.attacks;
  totals.benign += hits.benign;
}
process.stdout.write(
  `${kind}: payloads in ${totals.attacks} attack rows and ${totals.benign} benign rows of ${totals.rows}\n`,
);
