/**
 * Builds src/detect/normalize/data/english-words.json, the English word list the normaliser splits
 * words run together by (segment-pass.ts): every word of letters that occurs three times or more
 * in the training rows of `npm run train` (../shared/datasets by the training plan, plus the
 * project's authored rows; the held-out suites are not read), most frequent first: a word's rank is
 * what splitting a run into it costs, and a run that is one of them stays whole ("harmless" is a
 * word, not "harm less"). The rows hold other languages and words run together too ("systemprompt"),
 * so most pieces a run splits into come from English word lists (english-words.ts). `pieces` adds
 * the words of the English rows that read as English words of their own: seen three times or more
 * there, no more often in other languages' rows ("antwort"), and not written more often as two
 * common words ("systemprompt", seen less than "system prompt").
 * Run: npx tsx scripts/build-english-words.ts
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { COMMON_WORDS } from '../src/detect/normalize/english-words.js';
import { buildPlan } from '../src/detect/training/plan.js';

const root = resolve(import.meta.dirname, '..');
const OUT = resolve(root, 'src/detect/normalize/data/english-words.json');
const MIN_KNOWN = 3;

const plan = buildPlan(resolve(root, '../shared/datasets'), resolve(root, 'data/authored'));
/** Word counts in all rows, in English rows, in the other rows; word-pair counts in English rows. */
const counts = new Map<string, number>();
const english = new Map<string, number>();
const otherLanguages = new Map<string, number>();
const englishPairs = new Map<string, number>();
const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
const seen = new Set<string>();
for (const task of Object.values(plan.tasks))
  for (const row of task.train) {
    if (seen.has(row.text)) continue;
    seen.add(row.text);
    const words = row.text.toLowerCase().match(/[a-z]+/g) ?? [];
    for (const word of words) {
      bump(counts, word);
      bump(row.lang === 'en' ? english : otherLanguages, word);
    }
    if (row.lang === 'en')
      for (let i = 1; i < words.length; i++) bump(englishPairs, `${words[i - 1]} ${words[i]}`);
  }
const ranked = [...counts]
  .filter(([, count]) => count >= MIN_KNOWN)
  .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1));

const commonPieces = new Set([...COMMON_WORDS].filter((word) => word.length >= 3));
/** Whether the English rows write `word` as two common words at least as often as as one. */
function mostlyTwoWords(word: string, count: number): boolean {
  for (let i = 3; i <= word.length - 3; i++) {
    const [head, tail] = [word.slice(0, i), word.slice(i)];
    if (
      commonPieces.has(head) &&
      commonPieces.has(tail) &&
      (englishPairs.get(`${head} ${tail}`) ?? 0) >= count
    )
      return true;
  }
  return false;
}
const pieces = [...english]
  .filter(
    ([word, count]) =>
      count >= MIN_KNOWN &&
      word.length >= 3 &&
      (otherLanguages.get(word) ?? 0) <= count &&
      !mostlyTwoWords(word, count),
  )
  .map(([word]) => word)
  .sort();
const data = {
  source: `words of the training rows (${seen.size} texts) seen ${MIN_KNOWN}+ times, most frequent first; pieces: those of the English rows that read as English words of their own`,
  words: ranked.map(([word]) => word),
  pieces,
};
writeFileSync(OUT, `${JSON.stringify(data, null, 2)}\n`);
console.log(`${data.words.length} words, ${pieces.length} pieces → ${OUT}`);
