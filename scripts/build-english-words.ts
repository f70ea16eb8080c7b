/**
 * Builds src/detect/normalize/data/english-words.json, the English word list the normaliser splits
 * words run together by (segment-pass.ts): every word of letters that occurs three times or more
 * in the training rows of `npm run train` (../shared/datasets by the training plan, plus the
 * project's authored rows; the held-out suites are not read), most frequent first: a word's rank is
 * what splitting a run into it costs, and a run that is one of them stays whole ("harmless" is a
 * word, not "harm less"). The rows hold other languages and words run together too ("systemprompt"),
 * so the pieces a run splits into come from English word lists (english-words.ts), not from here.
 * Run: npx tsx scripts/build-english-words.ts
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildPlan } from '../src/detect/training/plan.js';

const root = resolve(import.meta.dirname, '..');
const OUT = resolve(root, 'src/detect/normalize/data/english-words.json');
const MIN_KNOWN = 3;

const plan = buildPlan(resolve(root, '../shared/datasets'), resolve(root, 'data/authored'));
const counts = new Map<string, number>();
const seen = new Set<string>();
for (const task of Object.values(plan.tasks))
  for (const row of task.train) {
    if (seen.has(row.text)) continue;
    seen.add(row.text);
    for (const word of row.text.toLowerCase().match(/[a-z]+/g) ?? [])
      counts.set(word, (counts.get(word) ?? 0) + 1);
  }
const ranked = [...counts]
  .filter(([, count]) => count >= MIN_KNOWN)
  .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1));
const data = {
  source: `words of the training rows (${seen.size} texts) seen ${MIN_KNOWN}+ times, most frequent first`,
  words: ranked.map(([word]) => word),
};
writeFileSync(OUT, `${JSON.stringify(data, null, 2)}\n`);
console.log(`${data.words.length} words → ${OUT}`);
