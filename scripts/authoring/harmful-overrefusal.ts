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
import { lengthProblem, NearDupCollector } from './near-dup-collector.js';
import { blockLines } from './text.js';

const OUT = 'train-harmful-overrefusal.jsonl';
/** Share of rows that may be seeded variations (lower case, typo) of hand-written rows. */
const MAX_VARIED_SHARE = 0.1;
/** Fewest rows a benign kind may keep per language after dedup. */
const MIN_PER_BENIGN_KIND = 15;
/** Fewest harmful contrast rows a topic may keep per language after dedup. */
const MIN_CONTRAST_PER_TOPIC = 10;
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

const file = new AuthoredFile(OUT, dedupKey);
const rows = new NearDupCollector({
  file,
  random: mulberry32(20_260_815),
  shapeProblem: lengthProblem({ en: [4, 80], zh: [5, 100] }),
});
const { problems, kept } = rows;

function addTopics(topics: readonly Topic[], lang: Lang): void {
  for (const topic of topics) {
    for (const block of topic.safe)
      for (const t of blockLines(block.lines)) rows.add(t, 0, lang, `harmful:safe_${block.kind}`);
    let contrast = 0;
    for (const block of topic.harm)
      for (const t of blockLines(block.lines)) if (rows.add(t, 1, lang, `harmful:${block.kind}`)) contrast++;
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

rows.writeChecked('harmful-overrefusal', {
  maxVaried: MAX_VARIED_SHARE,
  harmful: HARMFUL_SHARE,
  zh: ZH_SHARE,
});
