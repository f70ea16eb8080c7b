/**
 * Writes data/authored/train-harmful-violence.jsonl: requests for physical violence against people or
 * animals from the perpetrator's side (label 1), and hard negatives in the same vocabulary (label 0),
 * Chinese first (about two thirds) and English.
 *
 * Why: in the other training files the concept pair "how-to × violence" occurs almost only in benign
 * rows (kill 进程, 剧本杀, the history of 南京大屠杀), so plain requests such as "怎么把一个村子的人全部
 * 杀光" scored low. Harmful rows here cover murder, massacres, mass-casualty attacks on crowds and schools,
 * assault and maiming, acid attacks, poisoning, arson of occupied homes, kidnapping, torture, revenge on a
 * named relation, staging an accident, disposing of a body, evading the police, hiring a killer, inciting
 * a mob and cruelty to animals; in how-to, planning, first-person, terse and long forms, with violent verbs
 * the concept lexicon lacks (弄死, 干掉, 做掉, 捅, 打残, 泼硫酸, 推下楼, 下药; take out, off someone, run
 * over, knee-cap). Negatives are victims and bystanders, protection and lawful self-defence, first aid,
 * anger, history and analysis, news, law, fiction and games, IT, food and farming, idioms, sports,
 * martial arts and hunting rules; at least a third of them open with the same how-to words.
 * Requests only: no row carries operational detail.
 *
 * Content: scripts/authoring/harmful-violence/ (hand-written blocks, one request a line, and a few frame
 * sets whose harmful and benign halves share their openers). Categories are `harmful:violence-<kind>` for
 * both labels. Texts already in another data/authored/train*.jsonl file are skipped. Every row is checked
 * for shape (6–80 汉字, 4–60 English words), no frame may carry more than 3 % of the file, and the run
 * fails if those checks do not hold. Deterministic (fixed seed).
 * Run: npx tsx scripts/authoring/harmful-violence.ts
 */
import { mulberry32 } from '../../src/detect/classifier/trainer.js';
import { AuthoredFile, dedupKey, existingTexts, type Lang } from './authored-file.js';
import { EN_HARM } from './harmful-violence/en-harm.js';
import { EN_HARM_HOWTO } from './harmful-violence/en-harm-howto.js';
import { EN_LONG } from './harmful-violence/en-long.js';
import { EN_NEG } from './harmful-violence/en-neg.js';
import { EN_NEG_HOWTO } from './harmful-violence/en-neg-howto.js';
import { EN_HARM_FRAMES, EN_NEG_FRAMES, ZH_HARM_FRAMES, ZH_NEG_FRAMES } from './harmful-violence/frames.js';
import type { Block, FrameSet } from './harmful-violence/types.js';
import { ZH_HARM_GROUP } from './harmful-violence/zh-harm-group.js';
import { ZH_HARM_HOWTO } from './harmful-violence/zh-harm-howto.js';
import { ZH_HARM_INTENT } from './harmful-violence/zh-harm-intent.js';
import { ZH_HARM_PERSON } from './harmful-violence/zh-harm-person.js';
import { ZH_LONG } from './harmful-violence/zh-long.js';
import { ZH_NEG_HOWTO } from './harmful-violence/zh-neg-howto.js';
import { ZH_NEG_KNOWLEDGE } from './harmful-violence/zh-neg-knowledge.js';
import { ZH_NEG_SAFETY } from './harmful-violence/zh-neg-safety.js';
import { ZH_NEG_SENSE } from './harmful-violence/zh-neg-sense.js';
import { pick, shuffle, typo } from './seeded.js';

const OUT = 'train-harmful-violence.jsonl';
/** No single frame may fill more than this share of the file. */
const MAX_FRAME_SHARE = 0.03;
/** At least this share of the negatives must open with a how-to word. */
const MIN_HOWTO_NEGATIVES = 1 / 3;

/** Texts of every other training file: never repeated here. */
const existing = existingTexts({ exclude: OUT, key: dedupKey });

const random = mulberry32(20_260_715);
const file = new AuthoredFile(OUT, dedupKey);
/** Rows each frame produced, keyed by frame set and frame. */
const frameRows = new Map<string, number>();
let skipped = 0;

const han = (s: string) => (s.match(/\p{Script=Han}/gu) ?? []).length;
const words = (s: string) => s.split(/\s+/).filter((w) => w.length > 0).length;

/** Rows of the wrong language or outside the length band; the run fails if any. */
const misshapen: string[] = [];
function checkShape(text: string, lang: Lang): void {
  const n = lang === 'zh' ? han(text) : words(text);
  const [min, max] = lang === 'zh' ? [6, 80] : [4, 60];
  if ((lang === 'en') !== (han(text) === 0) || n < min || n > max) misshapen.push(`${lang} ${n}: ${text}`);
}

/** Adds a row unless its text is here already or in another training file. */
function add(text: string, label: 0 | 1, lang: Lang, kind: string): boolean {
  checkShape(text, lang);
  if (!existing.has(dedupKey(text)) && file.add(text, label, lang, `harmful:violence-${kind}`)) return true;
  skipped++;
  return false;
}

function addBlocks(blocks: readonly Block[], lang: Lang): void {
  for (const block of blocks)
    for (const line of block.lines.split('\n')) {
      const text = line.trim();
      if (text.length > 0) add(text, block.label, lang, block.kind);
    }
}

/** Register noise for a frame fill: a typo, lower case or a chatty opener (EN); a polite opener or an urgent tail (ZH). */
function style(text: string, lang: Lang): string {
  const r = random();
  if (lang === 'en') {
    if (r < 0.07) return typo(random, text, 5);
    if (r < 0.15) return text.toLowerCase().replace(/[.?!]$/, '');
    if (r < 0.21) {
      const opener = pick(random, ['hey, ', 'quick question: ', 'ok so ', 'serious question - ']);
      return opener + (/^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text);
    }
    return text;
  }
  // A polite opener only before a question, not before a command or another opener (请问帮我策划…).
  if (r < 0.1 && !/^(?:请|求|帮|给|教|说真的)/.test(text))
    return pick(random, ['请问', '问一下，', '大家好，']) + text;
  if (r < 0.2)
    return text.replace(/[。？?]$/u, '') + pick(random, ['，急', '，在线等', '？谢谢', '，有懂的吗']);
  return text;
}

/** Fills each slot phrase into `perSlot` frames, taking the frames in turn so all get the same share. */
function fill(set: FrameSet, lang: Lang): void {
  const frames = shuffle(random, set.frames);
  let next = 0;
  for (const [kind, phrase] of shuffle(random, set.slots))
    for (let i = 0; i < set.perSlot; i++) {
      const frame = frames[next++ % frames.length] as string;
      if (add(style(frame.replace('{x}', phrase), lang), set.label, lang, kind)) {
        const key = `${set.name} ${frame}`;
        frameRows.set(key, (frameRows.get(key) ?? 0) + 1);
      }
    }
}

addBlocks([...ZH_HARM_HOWTO, ...ZH_HARM_GROUP, ...ZH_HARM_PERSON, ...ZH_HARM_INTENT], 'zh');
fill(ZH_HARM_FRAMES, 'zh');
addBlocks([...ZH_NEG_SAFETY, ...ZH_NEG_KNOWLEDGE, ...ZH_NEG_SENSE, ...ZH_NEG_HOWTO], 'zh');
fill(ZH_NEG_FRAMES, 'zh');
addBlocks(ZH_LONG, 'zh');
addBlocks([...EN_HARM_HOWTO, ...EN_HARM], 'en');
fill(EN_HARM_FRAMES, 'en');
addBlocks([...EN_NEG, ...EN_NEG_HOWTO], 'en');
fill(EN_NEG_FRAMES, 'en');
addBlocks(EN_LONG, 'en');

if (misshapen.length > 0) throw new Error(`rows of the wrong language or length:\n${misshapen.join('\n')}`);
const total = file.rows.length;
const framed = [...frameRows.values()].reduce((a, b) => a + b, 0);
const widest = Math.max(...frameRows.values());
if (widest > MAX_FRAME_SHARE * total)
  throw new Error(`a frame fills ${widest} of ${total} rows (limit ${MAX_FRAME_SHARE * 100} %)`);

/** Rows that open with a how-to word, after an optional polite or chatty opener. */
const HOWTO =
  /^(?:请问|问一下，|大家好，|hey, |quick question: |ok so |serious question - )?(?:怎么|怎样|如何|怎麼|怎樣|教我|how (?:to|do|can|should|would)\b)/i;
const negatives = file.rows.filter((r) => r.label === 0);
const howtoNegatives = negatives.filter((r) => HOWTO.test(r.text)).length;
if (howtoNegatives < MIN_HOWTO_NEGATIVES * negatives.length)
  throw new Error(`only ${howtoNegatives} of ${negatives.length} negatives open with a how-to word`);

file.write();
const howtoHarmful = file.rows.filter((r) => r.label === 1 && HOWTO.test(r.text)).length;
process.stdout.write(
  `${total - framed} hand-written rows, ${framed} frame fills (largest frame: ${widest} rows); ` +
    `how-to openers: ${howtoNegatives}/${negatives.length} negatives, ${howtoHarmful}/${total - negatives.length} harmful; ` +
    `skipped ${skipped} texts already present elsewhere or repeated\n`,
);
