/**
 * Writes data/authored/train-everyday-people.jsonl: ordinary sentences and questions about people named
 * by gender, age, family role or group ("The girl next door taught me how to knit", "过节给我嫂子送什么好")
 * (label 0), and insulting twins that keep the person and change what is said about them ("The girl next
 * door should be kicked out of this country") (label 1). Category `toxicity:everyday_people`.
 *
 * Why: the public toxicity rows name women and girls mostly to insult them (Davidson's tweets), so the
 * toxicity model flagged "girls night out this Friday" (0.96) and "my daughter is a smart girl" (0.97),
 * and the harmful model flagged "My sister's girlfriend is a nurse at the children's hospital" (1.00) and
 * "我有个同性恋朋友下个月结婚" (0.98): probes of our own, thirteenth round. Benign rows outnumber the
 * twins so that naming a person stops being a cue by itself.
 *
 * Rows already in another data/authored/train*.jsonl file are skipped. Deterministic (fixed seed).
 * Run: npx tsx scripts/authoring/everyday-people.ts
 */
import { mulberry32 } from '../../src/detect/classifier/trainer.js';
import { AuthoredFile, dedupKey, existingTexts, type Lang } from './authored-file.js';
import * as en from './everyday-people/en.js';
import * as zh from './everyday-people/zh.js';
import { fillPairs, fillUnpairedBenign, PairWriter } from './pairs.js';
import { pick } from './seeded.js';
import { cap } from './text.js';

const OUT = 'train-everyday-people.jsonl';
const CATEGORY = 'toxicity:everyday_people';
/** Insulting twins, and benign rows on top of them, per language. */
const PAIRS = { en: 200, zh: 160 } as const;
const UNPAIRED_BENIGN = { en: 400, zh: 520 } as const;
/** Share of unpaired benign rows that are questions rather than statements. */
const QUESTION_SHARE = 0.3;

const random = mulberry32(20_261_123);
const file = new AuthoredFile(OUT, dedupKey);
const existing = existingTexts({ exclude: OUT, key: dedupKey });
const pairs = new PairWriter(file, existing);

interface Slots {
  people: readonly string[];
  events: readonly string[];
  questions: readonly string[];
  insults: readonly string[];
  /** A person and what they did or what is said of them, as one sentence. */
  say: (person: string, predicate: string) => string;
}

const SLOTS: Record<Lang, Slots> = {
  en: {
    people: en.EN_PEOPLE,
    events: en.EN_EVENTS,
    questions: en.EN_QUESTIONS,
    insults: en.EN_INSULTS,
    say: (person, predicate) => `${cap(person)} ${predicate}${random() < 0.5 ? '.' : ''}`,
  },
  zh: {
    people: zh.ZH_PEOPLE,
    events: zh.ZH_EVENTS,
    questions: zh.ZH_QUESTIONS,
    insults: zh.ZH_INSULTS,
    say: (person, predicate) => `${person}${predicate}`,
  },
};

for (const lang of ['en', 'zh'] as const) {
  const s = SLOTS[lang];
  fillPairs(
    pairs,
    PAIRS[lang],
    () => {
      const person = pick(random, s.people);
      return [s.say(person, pick(random, s.insults)), s.say(person, pick(random, s.events))];
    },
    lang,
    CATEGORY,
  );
  fillUnpairedBenign(
    file,
    existing,
    UNPAIRED_BENIGN[lang],
    () => {
      const person = pick(random, s.people);
      return random() < QUESTION_SHARE
        ? pick(random, s.questions).replace('{P}', person)
        : s.say(person, pick(random, s.events));
    },
    lang,
    CATEGORY,
  );
}
file.write();
