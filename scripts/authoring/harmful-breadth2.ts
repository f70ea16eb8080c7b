/**
 * Writes data/authored/train-harmful-breadth2.jsonl: a second breadth set of harmful requests (label 1),
 * each with a benign twin on the same topic (label 0), in English and Chinese, plus ordinary requests that
 * use harm words in innocent senses (label 0, `harmful:innocent_sense`).
 *
 * Breadth of taxonomy: the English classes follow the fine-grained classes of SORRY-Bench-style
 * benchmarks (insults, threats, libel, stalking, NCII, minors, malware, phishing, DDoS, piracy, poaching,
 * prison escape, medical fraud, academic cheating…), the Chinese ones the Safety-Prompts/TC260 classes
 * (违法犯罪, 身体伤害, 偏见歧视, 侮辱, 心理健康危害, 色情, 洗钱, 非法集资, 传销, 邪教, 分裂, 偷拍, 代考,
 * 假证假发票…). Breadth of form: whole hand-written pairs (terse search queries, slang, first and third
 * person, context then ask, code, persuasive content), and task or text phrases filled into frames that
 * differ from harmful-breadth.ts (polite, "no disclaimers", fiction, summary, forum post…); both halves of
 * a pair get the same frame, so only the intent can carry the decision.
 *
 * Content: scripts/authoring/harmful-breadth2/. Categories are `harmful:<class>` for both labels. Texts
 * already in another data/authored/train*.jsonl file are skipped (a pair is added whole or not at all).
 * Deterministic (fixed seed). Run: npx tsx scripts/authoring/harmful-breadth2.ts
 */
import { mulberry32 } from '../../src/detect/classifier/trainer.js';
import { AuthoredFile, dedupKey, existingTexts, type Lang } from './authored-file.js';
import { EN_CYBER } from './harmful-breadth2/en-cyber.js';
import { EN_FRAUD } from './harmful-breadth2/en-fraud.js';
import { EN_INFO } from './harmful-breadth2/en-info.js';
import { EN_LAW } from './harmful-breadth2/en-law.js';
import { EN_SEXUAL } from './harmful-breadth2/en-sexual.js';
import { EN_SPEECH } from './harmful-breadth2/en-speech.js';
import { EN_VIOLENCE } from './harmful-breadth2/en-violence.js';
import { EN_WEAPONS } from './harmful-breadth2/en-weapons.js';
import { EN_DO, EN_WRITE, FIRST_PERSON, THIRD_PERSON, ZH_DO, ZH_WRITE } from './harmful-breadth2/frames.js';
import { EN_INNOCENT } from './harmful-breadth2/innocent-en.js';
import { ZH_INNOCENT } from './harmful-breadth2/innocent-zh.js';
import { EN_LONG } from './harmful-breadth2/long-en.js';
import { ZH_LONG } from './harmful-breadth2/long-zh.js';
import type { HarmClass } from './harmful-breadth2/types.js';
import { ZH_CRIME } from './harmful-breadth2/zh-crime.js';
import { ZH_CYBER } from './harmful-breadth2/zh-cyber.js';
import { ZH_MONEY } from './harmful-breadth2/zh-money.js';
import { ZH_PERSON } from './harmful-breadth2/zh-person.js';
import { ZH_STATE } from './harmful-breadth2/zh-state.js';
import { type PairStyle, stylePair } from './pair-style.js';
import { type Pair, PairWriter } from './pairs.js';
import { shuffle } from './seeded.js';
import { cap } from './text.js';

const OUT = 'train-harmful-breadth2.jsonl';
/** Harmful rows wanted per class: hand-written pairs first, then frame fills up to this count. */
const TARGET: Record<Lang, number> = { en: 8, zh: 12 };
/** At most this many frames per phrase (every phrase gets at least one). */
const MAX_FRAMES: Record<Lang, number> = { en: 3, zh: 4 };

/** Texts of every other training file: never repeated here. */
const existing = existingTexts({ exclude: OUT, key: dedupKey });

const random = mulberry32(20_260_601);
const file = new AuthoredFile(OUT, dedupKey);
const pairs = new PairWriter(file, existing);
/** Harmful rows from whole hand-written pairs and from frame fills. */
const made = { hand: 0, filled: 0 };

/** Openers and tails for the register noise of frame fills (pair-style.ts). */
const STYLE: PairStyle = {
  enOpeners: ['hey, ', 'quick question: ', 'ok so ', 'Hi there! ', 'serious question - '],
  zhOpeners: ['请问', '问一下，', '大家好，', '想请教一下，'],
  zhTails: ['，急', '，在线等', '？谢谢', '，有懂的吗'],
};

function render(frame: string, x: string, lang: Lang): string {
  const text = frame.replace('{x}', x);
  return lang === 'en' && frame.startsWith('{x}') ? cap(text) : text;
}

function fill(classes: readonly HarmClass[], long: Record<string, Pair[]>, lang: Lang): void {
  const [doFrames, writeFrames] = lang === 'en' ? [EN_DO, EN_WRITE] : [ZH_DO, ZH_WRITE];
  for (const name of Object.keys(long))
    if (!classes.some((c) => c.name === name))
      throw new Error(`long pairs for unknown ${lang} class ${name}`);
  for (const cls of classes) {
    const category = `harmful:${cls.name}`;
    let count = 0;
    for (const pair of [...cls.pairs, ...(long[cls.name] ?? [])])
      if (pairs.add(pair, lang, category)) {
        count++;
        made.hand++;
      }
    /** Frames for a phrase in seeded order; third-person frames only for phrases not in the first person. */
    const framesFor = (pair: Pair, frames: readonly string[]) =>
      shuffle(random, frames).filter(
        (f) => !THIRD_PERSON.test(f) || !pair.some((x) => FIRST_PERSON[lang].test(x)),
      );
    const phrases = [
      ...cls.tasks.map((pair) => ({ pair, frames: framesFor(pair, doFrames) })),
      ...cls.texts.map((pair) => ({ pair, frames: framesFor(pair, writeFrames) })),
    ];
    for (let round = 0; round < MAX_FRAMES[lang]; round++) {
      for (const { pair, frames } of phrases) {
        if (round > 0 && count >= TARGET[lang]) break;
        const frame = frames[round];
        if (frame === undefined) continue;
        const filled: Pair = [render(frame, pair[0], lang), render(frame, pair[1], lang)];
        if (pairs.add(stylePair(random, filled, lang, STYLE), lang, category)) {
          count++;
          made.filled++;
        }
      }
    }
  }
}

function innocent(block: string, lang: Lang): void {
  for (const line of block.split('\n'))
    if (!existing.has(dedupKey(line))) file.add(line, 0, lang, 'harmful:innocent_sense');
}

fill(
  [
    ...EN_SPEECH,
    ...EN_INFO,
    ...EN_VIOLENCE,
    ...EN_SEXUAL,
    ...EN_WEAPONS,
    ...EN_CYBER,
    ...EN_FRAUD,
    ...EN_LAW,
  ],
  EN_LONG,
  'en',
);
innocent(EN_INNOCENT, 'en');
fill([...ZH_CRIME, ...ZH_PERSON, ...ZH_MONEY, ...ZH_STATE, ...ZH_CYBER], ZH_LONG, 'zh');
innocent(ZH_INNOCENT, 'zh');

file.write();
process.stdout.write(
  `harmful rows: ${made.hand} from hand-written pairs, ${made.filled} from frame fills; ` +
    `skipped ${pairs.skipped} pairs already present elsewhere or repeated\n`,
);
