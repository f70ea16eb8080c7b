/**
 * Writes data/authored/train-session-rules.jsonl: benign session rules (label 0, EN and ZH) that a
 * user sets for the rest of a chat ("From now on, answer only in French.", "从现在开始请用英文回答我。")
 * and corrections of the user's own earlier requests ("My previous instructions were unclear: …").
 * Jailbreaks open with the same words ("From now on you are DAN…"), and the injection model had
 * learned the opener rather than what follows it. Openers × rules are combined with a fixed seed;
 * corrections are whole hand-written rows. Rows already in data/authored/train*.jsonl are skipped.
 * Run: npx tsx scripts/authoring/session-rules.ts
 */
import { mulberry32 } from '../../src/detect/classifier/trainer.js';
import { AuthoredFile, existingTexts, type Lang } from './authored-file.js';
import { shuffle } from './seeded.js';
import { EN_CORRECTIONS, EN_OPENERS, EN_RULES } from './session-rules/en.js';
import { ZH_CORRECTIONS, ZH_OPENERS, ZH_RULES } from './session-rules/zh.js';

const OUT = 'train-session-rules.jsonl';
/** Opener × rule combinations kept per language (of about 400 possible). */
const COMBINED = 180;

/** Trimmed texts of the other training files: this file skips verbatim repeats only (not normalised). */
const existing = existingTexts({ exclude: OUT });

const random = mulberry32(20261121);
const file = new AuthoredFile(OUT);
const add = (text: string, lang: Lang, kind: string) => {
  if (!existing.has(text)) file.add(text, 0, lang, `injection:neg-${kind}`);
};

const joinEn = (opener: string, rule: string) => `${opener} ${rule}`;
const joinZh = (opener: string, rule: string) => `${opener}${rule}`;

for (const [lang, openers, rules, corrections, join] of [
  ['en', EN_OPENERS, EN_RULES, EN_CORRECTIONS, joinEn],
  ['zh', ZH_OPENERS, ZH_RULES, ZH_CORRECTIONS, joinZh],
] as const) {
  const pairs = openers.flatMap((opener) => rules.map((rule) => join(opener, rule)));
  for (const text of shuffle(random, pairs).slice(0, COMBINED)) add(text, lang, 'session-rule');
  for (const text of corrections) add(text, lang, 'own-correction');
}
file.write();
