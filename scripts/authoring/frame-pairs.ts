/**
 * Writes data/authored/train-frame-pairs.jsonl: the same request frames ("Write a tutorial on how to…",
 * "Provide step-by-step instructions for…", "写一篇关于如何…的教程") filled once with an ordinary task
 * (label 0) and once with a harmful one (label 1). Public harmful sets use these frames almost only
 * for harm, so without pairs the frame itself was learned as harmful ("Provide step-by-step
 * instructions for making tea." scored 1.0); paired, only the object can carry the decision.
 * Categories are `harmful:frame-pair` for both labels, so only the harmful-request task trains on the
 * positives (every task trains on the benign half). Run: npx tsx scripts/authoring/frame-pairs.ts
 */
import { mulberry32 } from '../../src/detect/classifier/trainer.js';
import { AuthoredFile, type Lang } from './authored-file.js';
import * as EN from './frame-pairs/en.js';
import * as ZH from './frame-pairs/zh.js';

/**
 * Each frame is filled with this many harmful objects and half as many again benign ones: public
 * harmful sets add hundreds of framed positives of their own ("Create a website that …" 6 times in
 * AdvBench alone), so equal counts here still left the frame leaning harmful.
 */
const PER_FRAME = 6;
const BENIGN_PER_FRAME = 9;

const random = mulberry32(20_261_121);
const pick = <T>(items: readonly T[], n: number): T[] => {
  const pool = [...items];
  const out: T[] = [];
  while (out.length < n && pool.length > 0)
    out.push(pool.splice(Math.floor(random() * pool.length), 1)[0] as T);
  return out;
};

const file = new AuthoredFile('train-frame-pairs.jsonl');
const add = (text: string, label: 0 | 1, lang: Lang) => file.add(text, label, lang, 'harmful:frame-pair');

interface LanguageParts {
  TASK_FRAMES: readonly string[];
  GERUND_FRAMES: readonly string[];
  CODE_FRAMES: readonly string[];
  PRODUCT_FRAMES: readonly string[];
  BENIGN_CLAUSES: readonly string[];
  HARMFUL_CLAUSES: readonly string[];
  BENIGN_CODE: readonly string[];
  HARMFUL_CODE: readonly string[];
  SHORT_BENIGN: readonly string[];
  CLAIM_FRAMES: readonly string[];
  BENIGN_TASKS: readonly string[];
  HARMFUL_TASKS: readonly string[];
  BENIGN_CLAIMS: readonly string[];
  HARMFUL_CLAIMS: readonly string[];
}

/** Words whose final consonant doubles before -ing (the task lists' verbs only). */
const DOUBLING = new Set([
  'set',
  'get',
  'run',
  'plan',
  'kidnap',
  'shop',
  'swim',
  'cut',
  'hit',
  'stop',
  'spot',
]);

/** "make a pipe bomb" → "making a pipe bomb" (Chinese phrases are returned unchanged). */
export function gerund(phrase: string): string {
  const [verb = '', ...rest] = phrase.split(' ');
  if (!/^[a-z]+$/.test(verb)) return phrase;
  const stem = DOUBLING.has(verb)
    ? verb + verb.slice(-1)
    : verb.endsWith('e') && !verb.endsWith('ee')
      ? verb.slice(0, -1)
      : verb;
  return [`${stem}ing`, ...rest].join(' ');
}

function fill(parts: LanguageParts, lang: Lang): void {
  const emit = (frames: readonly string[], benign: readonly string[], harmful: readonly string[]) => {
    for (const frame of frames) {
      for (const x of pick(benign, BENIGN_PER_FRAME)) add(frame.replace('{x}', x), 0, lang);
      for (const x of pick(harmful, PER_FRAME)) add(frame.replace('{x}', x), 1, lang);
    }
  };
  emit(parts.TASK_FRAMES, parts.BENIGN_TASKS, parts.HARMFUL_TASKS);
  emit(parts.CLAIM_FRAMES, parts.BENIGN_CLAIMS, parts.HARMFUL_CLAIMS);
  emit(parts.GERUND_FRAMES, parts.BENIGN_TASKS.map(gerund), parts.HARMFUL_TASKS.map(gerund));
  emit(parts.CODE_FRAMES, parts.BENIGN_CODE, parts.HARMFUL_CODE);
  emit(parts.PRODUCT_FRAMES, parts.BENIGN_CLAUSES, parts.HARMFUL_CLAUSES);
  for (const text of parts.SHORT_BENIGN) add(text, 0, lang);
}

fill(EN, 'en');
fill(ZH, 'zh');

file.write();
