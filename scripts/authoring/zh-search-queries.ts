/**
 * Writes data/authored/train-zh-search-queries.jsonl: benign Chinese rows, label 0, in the register the
 * harmful model over-blocks: short search-engine-style queries ("红烧肉的做法", "微信怎么卸载", "狂飙哪里能看
 * 全集", "内卷是什么意思", "大理好玩吗", "2025年考研报名时间", "如何快速入睡") across everyday topics, very
 * short colloquial chit-chat lines, and queries whose everyday words also occur in harmful requests
 * (炸鸡, 磨刀, 感冒药, 杀毒软件, 热熔胶枪, 消毒, 爆米花, 打印, 黑芝麻, 防骗, 游戏攻击力, 奶茶配方, 简历制作).
 * Frames × fillers from scripts/authoring/zh-search-queries/ drawn with a fixed seed, light register
 * noise (spaces for 的, a question mark, 请问 / 求, a 视频 / 图解 suffix), plus hand-written lines.
 * Every row is 2-30 characters; rows already in data/authored/train*.jsonl are skipped.
 * Run: npx tsx scripts/authoring/zh-search-queries.ts
 */
import { mulberry32 } from '../../src/detect/classifier/trainer.js';
import { AuthoredFile, dedupKey, existingTexts } from './authored-file.js';
import { shuffle } from './seeded.js';
import { CHITCHAT, LOOKALIKE, LOOKALIKE_PARTS } from './zh-search-queries/hand.js';
import {
  CITY_PAPERWORK,
  PARTS,
  type Part,
  PET_PROBLEMS,
  YEAR_EXAMS,
  YEAR_FESTIVALS,
} from './zh-search-queries/parts.js';

const OUT = 'train-zh-search-queries.jsonl';
const CATEGORY = 'benign:zh-search';
/** Texts from held-out ordinary-Chinese sources quoted in docs/guides/detection.md: never written here. */
const HELD_OUT = new Set(
  ['儿童手工风铃制作方法', '怎么做组织结构图', '冻人', '整天吃', '就知道你好', '你又不白'].map(dedupKey),
);

/**
 * The parts' row counts give the topics' proportions; this share of them is drawn, so the everyday-topic
 * queries stay near 1,300 rows next to ~200 chit-chat lines and ~380 lookalike rows (about 20 %).
 */
const TOPIC_SHARE = 0.47;

const existing = existingTexts({ exclude: OUT, key: dedupKey });
const file = new AuthoredFile(OUT, dedupKey);
const perKind = new Map<string, number>();

const add = (text: string, kind: string): boolean => {
  const t = text.trim();
  const len = [...t].length;
  if (len < 2 || len > 30 || HELD_OUT.has(dedupKey(t)) || existing.has(dedupKey(t))) return false;
  if (!file.add(t, 0, 'zh', CATEGORY)) return false;
  perKind.set(kind, (perKind.get(kind) ?? 0) + 1);
  return true;
};

const random = mulberry32(20261122);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;

/** Kinds whose queries read naturally with a 视频 / 图解 / 教程 suffix. */
const HOW_TO = new Set(['cooking', 'crafts', 'how-to-daily', 'devices', 'lookalike-fry', 'lookalike-make']);
/** How-to searches that take a 视频 / 图解 / 教程 suffix. */
const SUFFIXABLE =
  /(做法|怎么做|制作方法|的方法|^(如何|怎么|怎样)\S+|怎么(设置|连接|截屏|录屏|清理|卸载)\S*)$/u;
const ASKS = /怎么|如何|什么|哪|吗|多少|几|多久|谁/u;
/** Keyword searches that read naturally after 求. */
const WANTS =
  /(做法|大全|教程|攻略|歌词|谱|简谱|全集|原文及翻译|配方|下载|电脑版|图解|推荐|资料|知识点|练习题|例题)$/u;
const QUESTION = /(吗|呢|怎么办|什么|多少|哪里|哪个|怎么样|几月几号|多久|是谁|怎么\S*)$/u;

/** Register noise for one frame and its filled text: 的 as a space, ？, 请问 / 求, a how-to suffix. */
function style(frame: string, slots: Record<string, string>, kind: string): string {
  let f = frame;
  if (f.includes('}的') && random() < 0.15) f = f.replace('}的', '} ');
  let t = f.replace(/\{([A-Z])\}/g, (_, s: string) => slots[s] ?? '');
  const r = random();
  if (r < 0.1 && QUESTION.test(t) && !/[？?]$/u.test(t)) t += pick(['？', '？', '?', '啊', '呀']);
  else if (r < 0.16 && !/^(请问|如何|怎么|怎样|教你)/u.test(t))
    // 请问 and 有谁知道 open questions only; 求 also opens a keyword search ("求红烧肉做法大全").
    t = ASKS.test(t) ? pick(['请问', '求问', '有谁知道', '请问一下']) + t : WANTS.test(t) ? `求${t}` : t;
  else if (
    r < 0.22 &&
    HOW_TO.has(kind) &&
    SUFFIXABLE.test(t) &&
    !/[？?]|视频|图解|教程|什么|多少|哪个|教你/u.test(t)
  )
    t += pick([' 视频', ' 图解', ' 教程', '视频教程']);
  return t;
}

/** Draws n rows from the shuffled frame × filler pairs, skipping repeats, so each part adds up to n. */
function draw(kind: string, pairs: [string, Record<string, string>][], n: number): void {
  let added = 0;
  for (const [frame, slots] of shuffle(random, pairs)) {
    if (added >= n) break;
    if (add(style(frame, slots, kind), kind)) added++;
  }
}

const onePart = ([kind, frames, fillers, n]: Part): void =>
  draw(
    kind,
    frames.flatMap((f) => fillers.map((x): [string, Record<string, string>] => [f, { X: x }])),
    n,
  );

const twoSlot = (
  kind: string,
  [frames, firsts, seconds, n]: [string[], string[], string[], number],
  first: 'C' | 'Y',
): void =>
  draw(
    kind,
    frames.flatMap((f) =>
      firsts.flatMap((a) => seconds.map((b): [string, Record<string, string>] => [f, { [first]: a, X: b }])),
    ),
    Math.round(n * TOPIC_SHARE),
  );

for (const [kind, frames, fillers, n] of PARTS) onePart([kind, frames, fillers, Math.round(n * TOPIC_SHARE)]);
twoSlot('bureaucracy', CITY_PAPERWORK, 'C');
twoSlot('exams', YEAR_EXAMS, 'Y');
twoSlot('festivals', YEAR_FESTIVALS, 'Y');
twoSlot('pets', PET_PROBLEMS, 'C');
for (const part of LOOKALIKE_PARTS) onePart(part);
for (const line of LOOKALIKE) add(line, 'lookalike-hand');
for (const line of CHITCHAT) add(line, 'chitchat');

file.write();
for (const [kind, count] of [...perKind].sort(([a], [b]) => (a < b ? -1 : 1)))
  process.stdout.write(`  ${kind}: ${count}\n`);
