/**
 * Writes data/authored/train-harmful-intent.jsonl: harmful requests whose harm lies in the intent
 * rather than in a harm object, and benign requests that use harm words, in English and Chinese.
 *
 * Why: the harmful model learned harm mostly from objects (weapons, drugs, malware words). It missed
 * first-person, conversational requests with personal context and no such words (skimming the till,
 * wardrobing, a CEO-impersonation email, tracking a partner, "make him regret it", 让他永远闭嘴, 叶子,
 * dosing a child with adult pills, 包办婚姻, 代考, 办假证, 暴力催收…), and it flagged safe prompts that
 * only contain a harm word (kill a process, 炸场, 灭蟑螂, 剧本杀里抽到凶手, 什么是洗钱).
 *
 * Content: scripts/authoring/harmful-intent/. Each harmful kind (label 1, `harmful:<kind>`) comes with
 * twins on the same topic asked from the protective, educational or lawful side (label 0,
 * `harmful:safe_<kind>`), so the model has to learn intent rather than topic; the other benign kinds
 * (label 0, `harmful:safe_<kind>`) are homonyms, figurative speech, safe targets, games, stage combat,
 * fiction craft, sports, definitions and history, public facts and everyday requests. Every row is
 * hand-written; a seeded few English rows get lower case or a small typo (at most 10 % of the file).
 * Rows are checked for language and length (EN 4–80 words, ZH 5–100 汉字), each harmful kind must keep at
 * least 12 rows per language, twins must be at least a third of the benign rows, and texts already in
 * another data/authored/train*.jsonl file are skipped. Deterministic (fixed seed).
 * Run: npx tsx scripts/authoring/harmful-intent.ts
 */
import { mulberry32 } from '../../src/detect/classifier/trainer.js';
import { AuthoredFile, dedupKey, existingTexts, type Lang } from './authored-file.js';
import { EN_MONEY } from './harmful-intent/en-money.js';
import { EN_PERSON } from './harmful-intent/en-person.js';
import { EN_SAFE } from './harmful-intent/en-safe.js';
import { ZH_MONEY } from './harmful-intent/zh-money.js';
import { ZH_PERSON } from './harmful-intent/zh-person.js';
import { ZH_SAFE } from './harmful-intent/zh-safe.js';
import { HarmfulTwins } from './harmful-twins.js';
import { hanCount, wordCount } from './text.js';

const OUT = 'train-harmful-intent.jsonl';
/** Share of rows that may be seeded variations (lower case, typo) of hand-written rows. */
const MAX_VARIED_SHARE = 0.1;
/** Fewest rows a harmful kind may keep per language after dedup. */
const MIN_HARM_PER_KIND = 12;
/** Twins must be at least this share of the benign rows. */
const MIN_TWIN_SHARE = 1 / 3;

const existing = existingTexts({ exclude: OUT, key: dedupKey });
const random = mulberry32(20_260_801);
const file = new AuthoredFile(OUT, dedupKey);
const rows = new HarmfulTwins({
  file,
  existing,
  dedupKey,
  random,
  shapeProblem,
  minHarmPerKind: MIN_HARM_PER_KIND,
});
const { problems } = rows;

function shapeProblem(text: string, lang: Lang): string | undefined {
  const n = lang === 'zh' ? hanCount(text) : wordCount(text);
  const [min, max] = lang === 'zh' ? [5, 100] : [4, 80];
  return (lang === 'en') !== (hanCount(text) === 0) || n < min || n > max
    ? `${lang} ${n}: ${text}`
    : undefined;
}

rows.addTwinned([...EN_MONEY, ...EN_PERSON], 'en');
rows.addLookalikes(EN_SAFE, 'en');
rows.addTwinned([...ZH_MONEY, ...ZH_PERSON], 'zh');
rows.addLookalikes(ZH_SAFE, 'zh');

const total = file.rows.length;
const benign = file.rows.filter((r) => r.label === 0).length;
if (rows.varied > MAX_VARIED_SHARE * total)
  problems.push(`${rows.varied} of ${total} rows are seeded variations`);
if (rows.twins < MIN_TWIN_SHARE * benign)
  problems.push(`only ${rows.twins} of ${benign} benign rows are twins`);
if (problems.length > 0) throw new Error(`harmful-intent checks failed:\n${problems.join('\n')}`);

file.write();
file.printCategories();
process.stdout.write(
  `${rows.varied} seeded variations, ${rows.twins}/${benign} benign rows are twins of a harmful kind; ` +
    `skipped ${rows.skipped} texts already present elsewhere or repeated\n`,
);
