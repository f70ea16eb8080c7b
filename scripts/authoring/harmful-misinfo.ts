/**
 * Writes data/authored/train-harmful-misinfo.jsonl: misinformation / persuasion requests (label 1),
 * each with a hard benign twin (label 0) in the same form and vocabulary, in English and Chinese
 * (`harmful:misinfo-<kind>`): persuasive or news-like content for health myths, science denial, denial
 * of atrocities, false election claims, conspiracy theories, fake news about kinds of people, fake
 * reviews and astroturfing, propaganda glorifying violence, content encouraging dangerous acts. Twins
 * fact-check, explain the evidence, argue a legitimate position in the same persuasive form, write
 * labelled satire, teach verification or ask for an honest review.
 *
 * The helper's first version also wrote technically specific cybercrime requests with security-engineer
 * twins; measured on the held-out suites they lowered HarmBench AUC (0.980 → 0.975) and raised MITRE's
 * false positives, so they were dropped (docs/guides/detection.md).
 *
 * Form: hand-written pairs (imperative, question, first person, long context-then-ask) make most rows;
 * the rest fill slot phrases into frames (frames.ts), one frame per slot, the least used so far, both
 * halves with the same frame. No frame may exceed 3 % of the file.
 *
 * Content: scripts/authoring/harmful-misinfo/. Texts already in another data/authored/train*.jsonl file
 * are skipped (a pair is added whole or not at all). Deterministic (fixed seed).
 * Run: npx tsx scripts/authoring/harmful-misinfo.ts
 */
import { mulberry32 } from '../../src/detect/classifier/trainer.js';
import { AuthoredFile, dedupKey, existingTexts, type Lang } from './authored-file.js';
import { EN_MISINFO_HEALTH } from './harmful-misinfo/en-misinfo-health.js';
import { EN_MISINFO_HISTORY } from './harmful-misinfo/en-misinfo-history.js';
import { EN_MISINFO_POLITICS } from './harmful-misinfo/en-misinfo-politics.js';
import { EN_MISINFO_REVIEWS } from './harmful-misinfo/en-misinfo-reviews.js';
import { EN_WRITE_SLOTS } from './harmful-misinfo/en-slots.js';
import { EN_WRITE, ZH_WRITE } from './harmful-misinfo/frames.js';
import type { Frame, Kind, SlotGroup } from './harmful-misinfo/types.js';
import { ZH_MISINFO_HEALTH } from './harmful-misinfo/zh-misinfo-health.js';
import { ZH_MISINFO_SOCIETY } from './harmful-misinfo/zh-misinfo-society.js';
import { ZH_WRITE_SLOTS } from './harmful-misinfo/zh-slots.js';
import { type PairStyle, stylePair } from './pair-style.js';
import { type Pair, PairWriter } from './pairs.js';
import { shuffle } from './seeded.js';

const OUT = 'train-harmful-misinfo.jsonl';
/** No frame may make more than this share of the file's rows. */
const MAX_FRAME_SHARE = 0.03;
/** Kind names: the category of both rows is `harmful:<kind>`. */
const KIND = /^misinfo-[a-z]+$/;

/** Texts of every other training file: never repeated here. */
const existing = existingTexts({ exclude: OUT, key: dedupKey });

const random = mulberry32(20_260_720);
const file = new AuthoredFile(OUT, dedupKey);
const pairs = new PairWriter(file, existing);
/** Pairs filled into each frame, by frame id. */
const framePairs = new Map<string, number>();
/** Pairs from hand-written requests and from frame fills. */
const made = { hand: 0, filled: 0 };

/** Openers and tails for the register noise of frame fills (pair-style.ts). */
const STYLE: PairStyle = {
  enOpeners: ['hey, ', 'quick question: ', 'ok so ', 'hi, ', 'real question - '],
  zhOpeners: ['请问', '问一下，', '大家好，', '想请教一下，'],
  zhTails: ['，急', '，在线等', '？谢谢', '，有懂的吗'],
};

/** Adds a harmful row and its benign twin under `harmful:<kind>`, or neither. */
function addPair(pair: Pair, lang: Lang, kind: string): boolean {
  if (!KIND.test(kind)) throw new Error(`bad kind name ${kind}`);
  return pairs.add(pair, lang, `harmful:${kind}`);
}

function hand(kinds: readonly Kind[], lang: Lang): void {
  for (const kind of kinds) for (const pair of kind.pairs) if (addPair(pair, lang, kind.name)) made.hand++;
}

function render(frame: Frame, x: string): string {
  return frame.text.replace('{x}', x);
}

/** Fills each slot into the least-used frame (ties broken in seeded order) that gives a new pair. */
function fill(groups: readonly SlotGroup[], frames: readonly Frame[], lang: Lang): void {
  for (const group of groups)
    for (const pair of group.slots) {
      const order = shuffle(random, frames).sort(
        (a, b) => (framePairs.get(a.id) ?? 0) - (framePairs.get(b.id) ?? 0),
      );
      for (const frame of order) {
        const filled: Pair = [render(frame, pair[0]), render(frame, pair[1])];
        if (addPair(stylePair(random, filled, lang, STYLE), lang, group.name)) {
          framePairs.set(frame.id, (framePairs.get(frame.id) ?? 0) + 1);
          made.filled++;
          break;
        }
      }
    }
}

hand([...EN_MISINFO_HEALTH, ...EN_MISINFO_HISTORY, ...EN_MISINFO_POLITICS, ...EN_MISINFO_REVIEWS], 'en');
fill(EN_WRITE_SLOTS, EN_WRITE, 'en');
hand([...ZH_MISINFO_HEALTH, ...ZH_MISINFO_SOCIETY], 'zh');
fill(ZH_WRITE_SLOTS, ZH_WRITE, 'zh');

const total = file.rows.length;
for (const [id, pairs] of framePairs)
  if ((2 * pairs) / total > MAX_FRAME_SHARE)
    throw new Error(`frame ${id} makes ${((200 * pairs) / total).toFixed(1)} % of the file`);

file.write();
file.printCategories();
const largest = Math.max(...framePairs.values());
process.stdout.write(
  `pairs: ${made.hand} hand-written, ${made.filled} frame fills (largest frame ` +
    `${((200 * largest) / total).toFixed(1)} % of rows); skipped ${pairs.skipped} pairs already present elsewhere or repeated\n`,
);
