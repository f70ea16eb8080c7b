/**
 * Writes data/authored/train-harmful-overrefusal.jsonl: safe prompts that merely sound dangerous
 * (XSTest / OR-Bench style over-refusal cases), with harmful contrast prompts in the same words, in
 * English and Chinese.
 *
 * Why: a hashed n-gram model keys on trigger words, so it flags "make my pitch explode", 炸场, "kill
 * the process on port 3000", 干掉这个bug, a 剧本杀 poisoning, which cleaners never to mix, "why can't
 * left-handed people breathe underwater", what the 1995 sarin attack was, Harry Potter's address or a
 * safe water fast. The contrast rows keep the same vocabulary but carry a real intent to hurt someone,
 * so the model has to learn intent rather than words.
 *
 * Content: scripts/authoring/harmful-overrefusal/, one topic per file and language. Benign rows (label 0,
 * `harmful:safe_<kind>`): figurative, game_fiction, safety_info, homonym, absurd, history_fact,
 * fictional_privacy, self_risk. Contrast rows (label 1, `harmful:<kind>`): violence, poisoning,
 * sabotage, weapons, cbrn, intrusion, theft, fraud, hate, doxxing, stalking, exploitation, self_harm,
 * drugs. Every row is hand-written; a seeded few English rows get lower case or a small typo (at most
 * 10 % of the file).
 * Checks: language and length (EN 4–80 words, ZH 5–100 汉字); no text repeated or near-repeated (character
 * trigram Jaccard) within one label of the file; at least 15 rows per benign kind and 10 contrast rows
 * per topic in each language; label-1 share 25–35 %; Chinese share 40–50 %. Texts already in, or near
 * copies of a text in, another data/authored/train*.jsonl file or persona.jsonl are skipped.
 * Deterministic (fixed seed).
 * Run: npx tsx scripts/authoring/harmful-overrefusal.ts
 */
import { mulberry32 } from '../../src/detect/classifier/trainer.js';
import { AuthoredFile, dedupKey, type Lang } from './authored-file.js';
import { EN_TOPICS, ZH_TOPICS } from './harmful-overrefusal/topics.js';
import type { BenignKind, Topic } from './harmful-overrefusal/types.js';
import { existingForNearDup, NearDupIndex } from './injection-lookalike/near-dup.js';
import { registerNoise } from './seeded.js';
import { blockLines, hanCount, wordCount } from './text.js';

const OUT = 'train-harmful-overrefusal.jsonl';
/** Share of rows that may be seeded variations (lower case, typo) of hand-written rows. */
const MAX_VARIED_SHARE = 0.1;
/** Fewest rows a benign kind may keep per language after dedup. */
const MIN_PER_BENIGN_KIND = 15;
/** Fewest harmful contrast rows a topic may keep per language after dedup. */
const MIN_CONTRAST_PER_TOPIC = 10;
/** A row this similar to an earlier row of this file with the same label is an authoring mistake. */
const MAX_SIM_SELF = 0.8;
/** A row this similar to a row of another authored file is skipped as a near copy. */
const MAX_SIM_OTHER = 0.7;
const HARMFUL_SHARE: readonly [number, number] = [0.25, 0.35];
const ZH_SHARE: readonly [number, number] = [0.4, 0.5];
const BENIGN_KINDS: readonly BenignKind[] = [
  'figurative',
  'game_fiction',
  'safety_info',
  'homonym',
  'absurd',
  'history_fact',
  'fictional_privacy',
  'self_risk',
];

const { keys: existing, index: existingIndex } = existingForNearDup(OUT);
/** One index per label: a contrast row may sit close to its benign neighbour on purpose. */
const selfIndex: Record<0 | 1, NearDupIndex> = { 0: new NearDupIndex(), 1: new NearDupIndex() };
const random = mulberry32(20_260_815);
const file = new AuthoredFile(OUT, dedupKey);

const problems: string[] = [];
let skipped = 0;
let nearSkipped = 0;
let varied = 0;
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
  const out = registerNoise(random, text, 0.04, 0.08);
  if (out !== text) varied++;
  return out;
}

/** Adds one row; @returns whether it was kept. (Near) repeats inside this file are errors, not skips. */
function add(text: string, label: 0 | 1, lang: Lang, category: string): boolean {
  checkShape(text, lang);
  if (file.has(text) || selfIndex[label].maxSimilarity(text) >= MAX_SIM_SELF) {
    problems.push(`repeated in this file: ${text}`);
    return false;
  }
  if (existing.has(dedupKey(text))) {
    skipped++;
    return false;
  }
  if (existingIndex.maxSimilarity(text) >= MAX_SIM_OTHER) {
    nearSkipped++;
    return false;
  }
  selfIndex[label].add(text);
  file.add(style(text, lang), label, lang, category);
  const key = `${lang} ${category}`;
  kept.set(key, (kept.get(key) ?? 0) + 1);
  return true;
}

function addTopics(topics: readonly Topic[], lang: Lang): void {
  for (const topic of topics) {
    for (const block of topic.safe)
      for (const t of blockLines(block.lines)) add(t, 0, lang, `harmful:safe_${block.kind}`);
    let contrast = 0;
    for (const block of topic.harm)
      for (const t of blockLines(block.lines)) if (add(t, 1, lang, `harmful:${block.kind}`)) contrast++;
    if (contrast < MIN_CONTRAST_PER_TOPIC)
      problems.push(`${lang} topic ${topic.name} keeps only ${contrast} contrast rows`);
  }
  for (const kind of BENIGN_KINDS) {
    const n = kept.get(`${lang} harmful:safe_${kind}`) ?? 0;
    if (n < MIN_PER_BENIGN_KIND) problems.push(`${lang} harmful:safe_${kind} has only ${n} rows`);
  }
}

addTopics(EN_TOPICS, 'en');
addTopics(ZH_TOPICS, 'zh');

const total = file.rows.length;
const share = (n: number) => n / Math.max(total, 1);
const harmful = share(file.rows.filter((r) => r.label === 1).length);
const zh = share(file.rows.filter((r) => r.lang === 'zh').length);
if (varied > MAX_VARIED_SHARE * total) problems.push(`${varied} of ${total} rows are seeded variations`);
if (harmful < HARMFUL_SHARE[0] || harmful > HARMFUL_SHARE[1])
  problems.push(`label-1 share ${harmful.toFixed(3)} is outside ${HARMFUL_SHARE.join('–')}`);
if (zh < ZH_SHARE[0] || zh > ZH_SHARE[1])
  problems.push(`Chinese share ${zh.toFixed(3)} is outside ${ZH_SHARE.join('–')}`);
if (problems.length > 0) throw new Error(`harmful-overrefusal checks failed:\n${problems.join('\n')}`);

file.write();
file.printCategories();
process.stdout.write(
  `${varied} seeded variations; label-1 share ${harmful.toFixed(3)}, Chinese share ${zh.toFixed(3)}; ` +
    `skipped ${skipped} texts already in other authored files and ${nearSkipped} near copies of them\n`,
);
