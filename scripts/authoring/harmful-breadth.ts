/**
 * Writes data/authored/train-harmful-breadth.jsonl: harmful requests across many harm classes (weapons,
 * drugs, intrusion, fraud, hate, disinformation, self-harm, privacy, trafficking, extremism, and the
 * Chinese TC260 classes such as 邪教, 传销, 电信诈骗, 违反劳动法), each paired with a benign twin on the
 * same topic in a similar form (recognise, prevent, report, history, support). Paired, the topic words
 * appear on both sides, so only the intent can carry the decision.
 *
 * Two sources per class: task phrases filled into request frames ("How can I …?", "小明想…，他应该怎么
 * 做？"), where both halves of a pair get the same frame, and whole hand-written pairs for the forms a
 * frame can't give (contextual edits, persuasive articles, code, claims asking for elaboration).
 * Categories are `harmful:<class>` for both labels. Run: npx tsx scripts/authoring/harmful-breadth.ts
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mulberry32 } from '../../src/detect/classifier/trainer.js';
import { AuthoredFile, type Lang } from './authored-file.js';
import * as EN from './harmful-breadth/en.js';
import type { HarmClass } from './harmful-breadth/types.js';
import * as ZH from './harmful-breadth/zh.js';
import { shuffle } from './seeded.js';

/** Harmful rows wanted per class; task phrases are used in as many frames as it takes (at most MAX_FRAMES). */
const TARGET: Record<Lang, number> = { en: 37, zh: 25 };
const MAX_FRAMES = 4;

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** Rows of the other harmful training files: never repeated here. */
const existing = new Set(
  ['train-harmful.jsonl', 'train-harmful-tasks.jsonl', 'train-frame-pairs.jsonl'].flatMap((name) =>
    readFileSync(join(root, 'data/authored', name), 'utf8')
      .split('\n')
      .filter((line) => line.trim().length > 0)
      .map((line) => (JSON.parse(line) as { text: string }).text.trim()),
  ),
);

const random = mulberry32(20_260_517);

const file = new AuthoredFile('train-harmful-breadth.jsonl');
const used = new Set<string>();

/** Adds a harmful row and its benign twin, or neither (so labels stay balanced). */
function addPair(harmful: string, benign: string, lang: Lang, category: string): boolean {
  const h = harmful.trim();
  const b = benign.trim();
  if (h === b || used.has(h) || used.has(b) || existing.has(h) || existing.has(b)) return false;
  used.add(h);
  used.add(b);
  file.add(h, 1, lang, category);
  file.add(b, 0, lang, category);
  return true;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function fill(frames: readonly string[], classes: readonly HarmClass[], lang: Lang): void {
  for (const cls of classes) {
    const category = `harmful:${cls.name}`;
    let count = 0;
    for (const [h, b] of cls.pairs) if (addPair(h, b, lang, category)) count++;
    const perTask = Math.min(MAX_FRAMES, Math.ceil((TARGET[lang] - count) / Math.max(1, cls.tasks.length)));
    for (const [h, b] of cls.tasks) {
      for (const frame of shuffle(random, frames).slice(0, Math.max(1, perTask))) {
        if (count >= TARGET[lang]) break;
        const render = (x: string) => {
          const text = frame.replace('{x}', x);
          return frame.startsWith('{x}') ? capitalise(text) : text;
        };
        if (addPair(render(h), render(b), lang, category)) count++;
      }
    }
  }
}

fill(EN.FRAMES, EN.CLASSES, 'en');
fill(ZH.FRAMES, ZH.CLASSES, 'zh');

file.write();
