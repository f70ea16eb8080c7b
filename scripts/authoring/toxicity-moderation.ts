/**
 * Writes data/authored/train-toxicity-moderation.jsonl: content-moderation categories the toxicity
 * training data under-represents (sexual content, sexualisation of minors, hate, harassment, threats,
 * graphic violence, self-harm, violent-extremism praise) in EN and ZH, each paired with hard negatives
 * that use the same vocabulary acceptably (sex education, news, history, fiction and game talk,
 * recovery stories, crisis referrals, counter-speech, untargeted profanity, sports trash talk…).
 * Hand-written rows plus a deterministic share of hand-written frames × fillers (fixed seed).
 * Rows already in any data/authored/train*.jsonl or persona.jsonl are skipped.
 * Run: npx tsx scripts/authoring/toxicity-moderation.ts
 */
import { mulberry32 } from '../../src/detect/classifier/trainer.js';
import { AuthoredFile, existingTexts, type Lang, dedupKey as norm } from './authored-file.js';
import { typo } from './seeded.js';
import { EN_KINDS } from './toxicity-moderation/en.js';
import { ZH_KINDS } from './toxicity-moderation/zh.js';

/** One category: hand-written rows, then frames whose {A}…{E} slots are filled from `slots`. */
export interface Kind {
  kind: string;
  label: 0 | 1;
  target: number;
  hand: string[];
  frames?: string[];
  slots?: Record<string, string[]>;
}

const OUT = 'train-toxicity-moderation.jsonl';
const existing = existingTexts({ exclude: OUT, key: norm, files: 'train-and-persona' });

const random = mulberry32(20260611);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;

/** Leetspeak for a few flagged words, the way users dodge filters. */
const LEET: [RegExp, string[]][] = [
  [/\bkill/gi, ['k1ll', 'kil', 'ki11']],
  [/\bsex/gi, ['s3x', 'seggs', 's*x']],
  [/\bdie\b/gi, ['d1e', 'dy']],
  [/\bfuck/gi, ['f*ck', 'fk', 'fuk']],
  [/\bnude/gi, ['n00d', 'nud3']],
  [/\bcut/gi, ['c*t', 'cu7']],
  [/\bdick/gi, ['d1ck', 'd!ck']],
];
function leet(text: string): string {
  for (const [re, subs] of LEET) if (re.test(text)) return text.replace(re, pick(subs));
  return text;
}

/** Chat register noise for English (both labels); leetspeak only on flagged rows. */
function styleEn(text: string, label: 0 | 1): string {
  let t = text;
  if (random() < 0.18) t = t.toLowerCase().replace(/'/g, '');
  if (random() < 0.1) t = typo(random, t, 5);
  if (label === 1 && random() < 0.15) t = leet(t);
  return t;
}

const fill = (frame: string, slots: Record<string, string[]>) =>
  frame.replace(/\{([A-E])\}/g, (_, s: string) => pick(slots[s] ?? ['']));

const file = new AuthoredFile(OUT, norm);
const drafts = new Set<string>();
function emit(kinds: Kind[], lang: Lang): void {
  for (const k of kinds) {
    const category = `toxicity:${k.kind}`;
    let n = 0;
    const add = (text: string) => {
      // One row per underlying sentence: styling (case, typos, leetspeak) must not make a second one.
      if (n >= k.target || drafts.has(norm(text))) return;
      drafts.add(norm(text));
      const t = (lang === 'en' ? styleEn(text, k.label) : text).replace(/\s+/g, ' ').trim();
      if (t.length === 0 || existing.has(norm(t))) return;
      if (file.add(t, k.label, lang, category)) n++;
    };
    for (const h of k.hand) add(h);
    if (k.frames && k.slots)
      for (let tries = 0; n < k.target && tries < k.target * 60; tries++) add(fill(pick(k.frames), k.slots));
    if (n < k.target) process.stdout.write(`  short: ${lang} ${category} ${n}/${k.target}\n`);
  }
}

emit(EN_KINDS, 'en');
emit(ZH_KINDS, 'zh');
file.write();
