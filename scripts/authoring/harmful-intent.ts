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
import type { IntentKind, SafeKind } from './harmful-intent/types.js';
import { ZH_MONEY } from './harmful-intent/zh-money.js';
import { ZH_PERSON } from './harmful-intent/zh-person.js';
import { ZH_SAFE } from './harmful-intent/zh-safe.js';
import { registerNoise } from './seeded.js';
import { blockLines, hanCount, wordCount } from './text.js';

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

const problems: string[] = [];
let skipped = 0;
let varied = 0;
let twins = 0;
/** Rows kept per `lang category`. */
const kept = new Map<string, number>();

function checkShape(text: string, lang: Lang): void {
  const n = lang === 'zh' ? hanCount(text) : wordCount(text);
  const [min, max] = lang === 'zh' ? [5, 100] : [4, 80];
  if ((lang === 'en') !== (hanCount(text) === 0) || n < min || n > max)
    problems.push(`${lang} ${n}: ${text}`);
}

/** English register noise on a few rows (counted in `varied`). */
function style(text: string, lang: Lang): string {
  if (lang !== 'en') return text;
  const out = registerNoise(random, text, 0.045, 0.085);
  if (out !== text) varied++;
  return out;
}

function add(text: string, label: 0 | 1, lang: Lang, category: string): boolean {
  checkShape(text, lang);
  if (existing.has(dedupKey(text)) || file.has(text)) {
    skipped++;
    return false;
  }
  file.add(style(text, lang), label, lang, category);
  const key = `${lang} ${category}`;
  kept.set(key, (kept.get(key) ?? 0) + 1);
  return true;
}

function addIntent(kinds: readonly IntentKind[], lang: Lang): void {
  for (const k of kinds) {
    for (const t of blockLines(k.harm)) add(t, 1, lang, `harmful:${k.kind}`);
    for (const t of blockLines(k.safe)) if (add(t, 0, lang, `harmful:safe_${k.kind}`)) twins++;
    const n = kept.get(`${lang} harmful:${k.kind}`) ?? 0;
    if (n < MIN_HARM_PER_KIND) problems.push(`${lang} harmful:${k.kind} has only ${n} rows`);
  }
}

function addSafe(kinds: readonly SafeKind[], lang: Lang): void {
  for (const k of kinds) for (const t of blockLines(k.lines)) add(t, 0, lang, `harmful:safe_${k.kind}`);
}

addIntent([...EN_MONEY, ...EN_PERSON], 'en');
addSafe(EN_SAFE, 'en');
addIntent([...ZH_MONEY, ...ZH_PERSON], 'zh');
addSafe(ZH_SAFE, 'zh');

const total = file.rows.length;
const benign = file.rows.filter((r) => r.label === 0).length;
if (varied > MAX_VARIED_SHARE * total) problems.push(`${varied} of ${total} rows are seeded variations`);
if (twins < MIN_TWIN_SHARE * benign) problems.push(`only ${twins} of ${benign} benign rows are twins`);
if (problems.length > 0) throw new Error(`harmful-intent checks failed:\n${problems.join('\n')}`);

file.write();
file.printCategories();
process.stdout.write(
  `${varied} seeded variations, ${twins}/${benign} benign rows are twins of a harmful kind; ` +
    `skipped ${skipped} texts already present elsewhere or repeated\n`,
);
