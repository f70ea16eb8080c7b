/**
 * Writes data/authored/train-benign.jsonl: ordinary assistant requests (EN, ZH), label 0, that every
 * task trains on as negatives (plan.ts gives all authored label-0 rows to every task). Hand-written
 * prompts from scripts/authoring/benign/ plus a deterministic combinatorial share built from lists of
 * programming tasks, languages, frameworks, subjects, document types, dishes, cities, products, sports,
 * historical events, pasted text and code, with many request frames, casual openers and small typos.
 * Run: npx tsx scripts/authoring/benign.ts
 */
import { mulberry32 } from '../../src/detect/classifier/trainer.js';
import { AuthoredFile, type Lang } from './authored-file.js';
import { EN_HAND, EN_LONG_HAND } from './benign/en.js';
import * as F from './benign/frames.js';
import { EN_BRUSH, EN_MORE, ZH_BRUSH, ZH_MORE } from './benign/more.js';
import { EN_MORE_2, ZH_MORE_2 } from './benign/more2.js';
import { EN_MORE_3, ZH_MORE_3 } from './benign/more3.js';
import * as E from './benign/parts-en.js';
import * as Z from './benign/parts-zh.js';
import { ZH_HAND, ZH_LONG_HAND } from './benign/zh.js';
import { typo } from './seeded.js';

/** Dedup key: case, spacing and punctuation do not make a new prompt. */
const file = new AuthoredFile('train-benign.jsonl', (t) => t.toLowerCase().replace(/[\s\p{P}]+/gu, ''));
const add = (text: string, lang: Lang, domain: string) => file.add(text, 0, lang, `benign:${domain}`);

function lines(block: string, lang: Lang): void {
  for (const line of block.split('\n')) {
    const bar = line.indexOf('|');
    if (bar < 0) continue;
    add(line.slice(bar + 1).replaceAll('\\n', '\n'), lang, line.slice(0, bar));
  }
}

lines(EN_HAND, 'en');
lines(EN_MORE, 'en');
lines(EN_BRUSH, 'en');
lines(EN_MORE_2, 'en');
lines(EN_MORE_3, 'en');
lines(ZH_HAND, 'zh');
lines(ZH_MORE, 'zh');
lines(ZH_BRUSH, 'zh');
lines(ZH_MORE_2, 'zh');
lines(ZH_MORE_3, 'zh');
for (const [d, t] of EN_LONG_HAND) add(t, 'en', d);
for (const [d, t] of ZH_LONG_HAND) add(t, 'zh', d);

const random = mulberry32(20261122);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
const fill = (frame: string, slots: Record<string, string>) =>
  frame.replace(/\{([A-Z])\}/g, (_, s: string) => slots[s] ?? '');

/** Register noise: casual openers and closers, lower case, no final punctuation, typos. */
function styleEn(text: string): string {
  let t = text;
  const r = random();
  if (r < 0.12) t = pick(E.EN_OPENERS) + t.charAt(0).toLowerCase() + t.slice(1);
  else if (r < 0.22) t = t.replace(/[.?!]$/, '') + pick(E.EN_CLOSERS);
  if (random() < 0.12) t = t.toLowerCase().replace(/[.?]$/, '');
  if (random() < 0.1) t = typo(random, t, 4);
  return t;
}
function styleZh(text: string): string {
  const r = random();
  if (r < 0.12) return pick(Z.ZH_OPENERS) + text;
  if (r < 0.24) return text.replace(/[。？?！]$/u, '') + pick(Z.ZH_CLOSERS);
  return text;
}

/** n prompts from a frame list; `slots` draws the slot values for one prompt. */
function gen(
  n: number,
  lang: Lang,
  domain: string,
  frames: readonly string[],
  slots: (k: number) => Record<string, string>,
): void {
  for (let k = 0; k < n; k++) {
    const text = fill(pick(frames), slots(k)).replaceAll('实现实现', '实现');
    add(lang === 'en' ? styleEn(text) : styleZh(text), lang, domain);
  }
}
/** Cycles through a list so every item is used before any repeats. */
const cyc = <T>(xs: readonly T[], k: number, step = 1): T => xs[(k * step) % xs.length] as T;

// English.
gen(208, 'en', 'coding', E.EN_CODE_FRAMES, (k) => ({ T: cyc(E.EN_CODE_TASKS, k), L: pick(E.EN_LANGS) }));
gen(72, 'en', 'coding', E.EN_FRAMEWORK_FRAMES, (k) => ({
  F: cyc(E.EN_FRAMEWORKS, k),
  T: pick(E.EN_FRAMEWORK_TASKS),
}));
gen(32, 'en', 'coding', E.EN_SNIPPET_FRAMES, (k) => ({ X: cyc(E.EN_SNIPPETS, k) }));
gen(184, 'en', 'study', E.EN_SUBJECT_FRAMES, (k) => ({ S: cyc(E.EN_SUBJECTS, k) }));
gen(136, 'en', 'business', E.EN_DOC_FRAMES, (k) => ({
  D: pick(E.EN_DOCS),
  A: pick(E.EN_AUDIENCES),
  X: cyc(E.EN_DOC_TOPICS, k),
}));
gen(88, 'en', 'recipe', E.EN_DISH_FRAMES, (k) => ({ D: cyc(E.EN_DISHES, k) }));
gen(64, 'en', 'travel', E.EN_CITY_FRAMES, (k) => ({ C: cyc(E.EN_CITIES, k), N: String(int(2, 7)) }));
gen(56, 'en', 'shopping', E.EN_PRODUCT_FRAMES, (k) => ({
  P: cyc(E.EN_PRODUCTS, k),
  A: pick(E.EN_AUDIENCES),
}));
gen(48, 'en', 'sports', E.EN_SPORT_FRAMES, (k) => ({ S: cyc(E.EN_SPORTS, k) }));
gen(56, 'en', 'history', E.EN_EVENT_FRAMES, (k) => ({ E: cyc(E.EN_EVENTS, k) }));
gen(44, 'en', 'translate', E.EN_TRANSLATE_FRAMES, (k) => ({
  X: cyc(E.EN_SENTENCES, k),
  G: pick(E.EN_TARGET_LANGS),
}));
gen(44, 'en', 'advice', E.EN_SITUATION_FRAMES, (k) => ({ S: cyc(E.EN_SITUATIONS, k) }));
gen(48, 'en', 'summarize', E.EN_PASSAGE_FRAMES, (k) => ({ X: cyc(E.EN_PASSAGES, k) }));
gen(60, 'en', 'howto', F.EN_HOWTO_FRAMES, (k) => ({ X: cyc(F.EN_HOWTO, k) }));
gen(90, 'en', 'short', F.EN_SHORT_FRAMES, (k) => ({ X: cyc(F.EN_SHORT_THINGS, k) }));

// Arithmetic and word problems with fresh numbers.
const EN_MATH: (() => string)[] = [
  () => `What is ${int(5, 95)}% of ${int(20, 2000)}?`,
  () => `Solve for x: ${int(2, 12)}x + ${int(1, 40)} = ${int(41, 200)}`,
  () => `Convert ${int(2, 300)} km to miles.`,
  () => `what's ${int(12, 999)} times ${int(3, 99)}`,
  () => `Find the area of a circle with a radius of ${int(2, 30)} cm.`,
  () =>
    `If I save ${int(50, 900)} dollars a month for ${int(2, 30)} years at ${int(2, 8)}% a year, how much will I have?`,
  () => `A shirt costs ${int(15, 120)} dollars and is ${int(10, 60)}% off. What's the sale price?`,
  () => `How many minutes are there in ${int(2, 40)} hours?`,
  () => `Is ${int(101, 9999)} a prime number? Show how you check.`,
  () =>
    `Find the mean, median and mode of: ${Array.from({ length: int(5, 9) }, () => int(1, 60)).join(', ')}`,
  () => `My car uses ${int(5, 12)} liters per 100 km. How much fuel for a ${int(80, 900)} km trip?`,
  () => `Split a ${int(40, 400)} dollar bill between ${int(3, 9)} people with a ${int(10, 20)}% tip.`,
  () => `Convert ${int(40, 110)} °F to Celsius and explain the formula.`,
  () => `What is the derivative of ${int(2, 9)}x^${int(2, 6)} + ${int(1, 9)}x?`,
  () => `A rectangle is ${int(3, 40)} m by ${int(3, 40)} m. What is its perimeter and area?`,
];
for (let k = 0; k < 70; k++) add(styleEn(cyc(EN_MATH, k)()), 'en', 'math');

// Chinese.
gen(224, 'zh', 'coding', Z.ZH_CODE_FRAMES, (k) => ({ T: cyc(Z.ZH_CODE_TASKS, k), L: pick(Z.ZH_LANGS) }));
gen(64, 'zh', 'coding', Z.ZH_FRAMEWORK_FRAMES, (k) => ({
  F: cyc(Z.ZH_FRAMEWORKS, k),
  T: pick(Z.ZH_FRAMEWORK_TASKS),
}));
gen(28, 'zh', 'coding', Z.ZH_SNIPPET_FRAMES, (k) => ({ X: cyc(Z.ZH_SNIPPETS, k) }));
gen(192, 'zh', 'study', Z.ZH_SUBJECT_FRAMES, (k) => ({ S: cyc(Z.ZH_SUBJECTS, k) }));
gen(128, 'zh', 'business', Z.ZH_DOC_FRAMES, (k) => {
  const [scene, docs] = cyc(Z.ZH_DOC_SCENES, k);
  return { D: pick(docs), X: scene };
});
gen(112, 'zh', 'recipe', Z.ZH_DISH_FRAMES, (k) => ({ D: cyc(Z.ZH_DISHES, k) }));
gen(72, 'zh', 'travel', Z.ZH_CITY_FRAMES, (k) => ({
  C: cyc(Z.ZH_CITIES, k),
  N: pick(['两', '三', '四', '五', '2', '3']),
}));
gen(64, 'zh', 'shopping', Z.ZH_PRODUCT_FRAMES, (k) => ({ P: cyc(Z.ZH_PRODUCTS, k) }));
gen(48, 'zh', 'sports', Z.ZH_SPORT_FRAMES, (k) => ({ S: cyc(Z.ZH_SPORTS, k) }));
gen(56, 'zh', 'history', Z.ZH_EVENT_FRAMES, (k) => ({ E: cyc(Z.ZH_EVENTS, k) }));
gen(40, 'zh', 'translate', Z.ZH_TRANSLATE_FRAMES, (k) => ({
  X: cyc(Z.ZH_SENTENCES, k),
  G: pick(Z.ZH_TARGET_LANGS),
}));
gen(44, 'zh', 'advice', Z.ZH_SITUATION_FRAMES, (k) => ({ S: cyc(Z.ZH_SITUATIONS, k) }));
gen(48, 'zh', 'summarize', Z.ZH_PASSAGE_FRAMES, (k) => ({ X: cyc(Z.ZH_PASSAGES, k) }));
gen(110, 'zh', 'howto', F.ZH_HOWTO_FRAMES, (k) => ({ X: cyc(F.ZH_HOWTO, k) }));
gen(110, 'zh', 'short', F.ZH_SHORT_FRAMES, (k) => ({ X: cyc(F.ZH_SHORT_THINGS, k) }));

const ZH_MATH: (() => string)[] = [
  () => `${int(5, 95)}%的${int(20, 2000)}是多少`,
  () => `解方程：${int(2, 12)}x+${int(1, 40)}=${int(41, 200)}`,
  () => `${int(12, 999)}乘以${int(3, 99)}等于几`,
  () => `半径${int(2, 30)}厘米的圆，面积是多少？`,
  () => `每个月存${int(500, 5000)}元，年利率${int(2, 4)}%，存${int(2, 10)}年一共有多少钱`,
  () => `一件衣服原价${int(99, 899)}元，打${int(5, 9)}折后多少钱`,
  () => `${int(101, 9999)}是质数吗，怎么判断`,
  () => `求这组数据的平均数和方差：${Array.from({ length: int(5, 8) }, () => int(1, 100)).join('，')}`,
  () => `从A地到B地${int(60, 900)}公里，车速每小时${int(40, 120)}公里，要开多久`,
  () => `一个长方形长${int(3, 40)}米、宽${int(3, 30)}米，周长和面积各是多少`,
  () => `求函数y=${int(2, 9)}x²+${int(1, 9)}x的导数`,
  () => `甲乙两人合作一项工程，甲单独做要${int(6, 20)}天，乙单独做要${int(8, 30)}天，合作几天完成？`,
  () => `${int(2, 9)}/${int(10, 20)}化成小数是多少，保留两位`,
];
for (let k = 0; k < 70; k++) add(styleZh(cyc(ZH_MATH, k)()), 'zh', 'math');

file.write();
