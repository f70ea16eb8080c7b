/**
 * Writes data/authored/train-everyday-wants.jsonl: first-person plans ("I want to watch Pulp Fiction
 * tonight", "我想买一部新手机") as benign rows (label 0), each twinned with a harmful plan in the same
 * opener and tail ("I want to poison my neighbour's cat tonight", "我想毒死邻居家的猫") (label 1).
 * Category `harmful:everyday_wants`.
 *
 * Why: most training rows that open "I want to" / "我想" are harmful ("I want to hurt my stepfather…"),
 * so the harmful model read the opener as harm: "I want to go hiking this weekend" scored 0.96 and
 * "我想买一台新电脑" 0.98 (guard scores, threshold 0.5), and the toxicity model flagged "I want to watch
 * Inception tonight" (0.95): probes of our own, thirteenth round. Twins share the opener and the tail,
 * so only what the writer plans to do separates the labels.
 *
 * Rows already in another data/authored/train*.jsonl file are skipped (a pair is added whole or not at
 * all). Deterministic (fixed seed).
 * Run: npx tsx scripts/authoring/everyday-wants.ts
 */
import { mulberry32 } from '../../src/detect/classifier/trainer.js';
import { AuthoredFile, dedupKey, existingTexts, type Lang } from './authored-file.js';
import * as en from './everyday-wants/en.js';
import * as zh from './everyday-wants/zh.js';
import { stylePair } from './pair-style.js';
import { fillPairs, fillUnpairedBenign, PairWriter } from './pairs.js';
import { pick } from './seeded.js';

const OUT = 'train-everyday-wants.jsonl';
const CATEGORY = 'harmful:everyday_wants';
const PAIRS = { en: 300, zh: 200 } as const;
/**
 * Benign rows without a twin, on top of the pairs: the other training rows that open "I want to" /
 * "我想" are mostly harmful, and these tilt this file the other way.
 */
const UNPAIRED_BENIGN = { en: 300, zh: 200 } as const;
/** Share of benign plans drawn from media (films, songs, books, games) rather than other plans. */
const MEDIA_SHARE = 0.4;

const random = mulberry32(20_261_122);
const file = new AuthoredFile(OUT, dedupKey);
const existing = existingTexts({ exclude: OUT, key: dedupKey });
const pairs = new PairWriter(file, existing);
const STYLE = {
  enOpeners: ['hey ', 'ok so ', 'honestly ', 'so '],
  zhOpeners: ['哎，', '那个，', '说真的，'],
  zhTails: ['', '呀', '，急'],
};

interface Slots {
  openers: readonly string[];
  tails: readonly string[];
  media: readonly string[];
  plans: readonly string[];
  harms: readonly string[];
  /** How the opener, the plan and the tail join. */
  join: (opener: string, plan: string, tail: string) => string;
}

const SLOTS: Record<Lang, Slots> = {
  en: {
    openers: en.EN_OPENERS,
    tails: en.EN_TAILS,
    media: en.EN_MEDIA,
    plans: en.EN_PLANS,
    harms: en.EN_HARMS,
    join: (opener, plan, tail) => `${opener} ${plan}${tail}`,
  },
  zh: {
    openers: zh.ZH_OPENERS,
    tails: zh.ZH_TAILS,
    media: zh.ZH_MEDIA,
    plans: zh.ZH_PLANS,
    harms: zh.ZH_HARMS,
    join: (opener, plan, tail) => `${opener}${plan}${tail}`,
  },
};

for (const lang of ['en', 'zh'] as const) {
  const s = SLOTS[lang];
  const plan = () => pick(random, random() < MEDIA_SHARE ? s.media : s.plans);
  fillPairs(
    pairs,
    PAIRS[lang],
    () => {
      const opener = pick(random, s.openers);
      const tail = pick(random, s.tails);
      const benign = plan();
      const harmful = pick(random, s.harms);
      return stylePair(random, [s.join(opener, harmful, tail), s.join(opener, benign, tail)], lang, STYLE);
    },
    lang,
    CATEGORY,
  );
  fillUnpairedBenign(
    file,
    existing,
    UNPAIRED_BENIGN[lang],
    () => {
      const benign = plan();
      return s.join(pick(random, s.openers), benign, pick(random, s.tails));
    },
    lang,
    CATEGORY,
  );
}
file.write();
