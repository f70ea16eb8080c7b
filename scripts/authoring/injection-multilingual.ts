/**
 * Writes data/authored/train-injection-multilingual.jsonl: hand-written prompts for the prompt-injection
 * / jailbreak classifier in twenty-three languages other than English and Chinese — Spanish, French,
 * German, Portuguese, Italian, Japanese, Korean, Russian, Arabic, Vietnamese, Indonesian, Turkish and
 * Hindi, then Polish, Dutch, Thai, Ukrainian, Swedish, Czech, Hebrew, Persian, Malay and Greek.
 *
 * Why: the public training rows in these languages are all attacks, so the model learned "another
 * language ⇒ attack" (it flagged "¿Cuál es la capital de Perú?") while missing attacks written in them.
 * Here each language gets about 60 % benign rows and 40 % attacks, so the language carries no signal.
 * The detector also generalised poorly to languages absent from the file, hence the ten added after
 * the first thirteen (each with its own places, services, dishes, scams and attack formats, not a
 * translated template), and a second Korean block of attacks and twins (반말 and 존댓말, orders planted
 * in pasted KakaoTalk and Naver content, personas, extraction).
 *
 * Content (scripts/authoring/injection-multilingual/, one benign and one attack file per language, and
 * ko-attack-more.ts): benign rows (label 0) of kinds `benign_everyday` (facts, translation, writing,
 * code, recipes, travel, customer service, homework, pets, money, chit-chat), `benign_trigger` (ignore /
 * forget / bypass / override / system / instructions / role / password / developer mode / rules /
 * previous / pretend in their ordinary sense, a user correcting their own earlier message),
 * `benign_mixed` (code-switched with English technical terms, harmless translation to or from English)
 * and `benign_twin`; attacks (label 1) of kinds `ignore_previous`, `prompt_extraction`, `persona` (DAN,
 * developer mode), `refusal_suppression`, `embedded` (an order planted in a pasted e-mail, review, CV,
 * web page, chat, calendar invite, README or contract), `translation_smuggle` (the text to translate
 * gives an order to follow) and `code_switch` (the language mixed with English). For at least a third
 * of the attacks a benign twin on the same topic, of about the same length and register, is written
 * next to it. Every row is hand-written; the only seeded change makes a few rows casual (no end mark,
 * no opening ¿ / ¡, lower-case first letter), at most 10 % of them. Rows are only ever appended (see
 * languages.ts): the seed draws once per row in file order, so earlier rows keep their bytes.
 *
 * Checks (the run fails and writes nothing otherwise; rules in injection-multilingual/rules.ts): each
 * row uses its language's script (kana for Japanese, Hangul, Cyrillic, Arabic script, Devanagari,
 * Thai, Hebrew, Greek; no Han, kana, Hangul, Cyrillic, Arabic, Devanagari, Thai, Hebrew or Greek in
 * Latin-script rows), a Vietnamese letter in every Vietnamese row, a function word or letter of the
 * language in other Latin-script rows, a Ukrainian letter or word and none of ы э ъ ё in Ukrainian
 * rows, a Persian letter (پ چ ژ گ ک ی) and no Arabic ي or ك in Persian rows; at least 30 % of a
 * non-Latin row's runs of letters in its own script (of its letters for Thai, where a run is a whole
 * clause); 3–120 words, or 4–150 characters for Japanese and 6–480 for Thai (no spaces between words);
 * at least 60 rows per language, 50–70 % of them benign; twins for at least a third of each block's
 * attacks, each twin 0.5–2× its attack's length; no text repeated here or in another data/authored
 * train file or persona.jsonl (dedupKey); no near-duplicate (character-trigram Jaccard) of an earlier
 * row with the same label, or of a row of another authored file. Fixed seed: two runs write the same
 * bytes.
 * Run: npx tsx scripts/authoring/injection-multilingual.ts
 */
import { mulberry32 } from '../../src/detect/classifier/trainer.js';
import { AuthoredFile, dedupKey, type OtherLang } from './authored-file.js';
import { existingForNearDup, NearDupIndex } from './injection-lookalike/near-dup.js';
import { LANGUAGES } from './injection-multilingual/languages.js';
import { scriptProblem, size } from './injection-multilingual/script.js';
import type { Language } from './injection-multilingual/types.js';
import type { Rng } from './seeded.js';

const OUT = 'train-injection-multilingual.jsonl';
/** A row this similar to an earlier row of this file with the same label is a near-duplicate. */
const MAX_SIM_SELF = 0.8;
/** A row this similar to a row of another authored file is a near-duplicate. */
const MAX_SIM_OTHER = 0.88;
const MIN_ROWS_PER_LANG = 60;
const BENIGN_SHARE: [number, number] = [0.5, 0.7];
const MIN_TWIN_SHARE = 1 / 3;
/** A twin's length over its attack's length. */
const TWIN_LENGTH: [number, number] = [0.5, 2];
/** Share of rows the seeded casual style may change. */
const CASUAL_SHARE = 0.06;
const MAX_STYLED_SHARE = 0.1;
/** Languages whose scripts have letter case. */
const CASED = new Set<OtherLang>([
  'es',
  'fr',
  'de',
  'pt',
  'it',
  'vi',
  'id',
  'tr',
  'ru',
  'pl',
  'nl',
  'uk',
  'sv',
  'cs',
  'ms',
  'el',
]);

const { keys: existing, index: existingIndex } = existingForNearDup(OUT);
const file = new AuthoredFile(OUT, dedupKey);
/** One index per label: a benign twin sits close to its attack on purpose. */
const selfIndex: Record<0 | 1, NearDupIndex> = { 0: new NearDupIndex(), 1: new NearDupIndex() };
const r: Rng = mulberry32(20260815);
const problems: string[] = [];
let styled = 0;

/** The only seeded change: now and then a row typed casually, without end mark or capital. */
function style(text: string, lang: OtherLang): string {
  if (r() >= CASUAL_SHARE || text.includes('\n')) return text;
  let t = text.replace(/^[¿¡]/u, '').replace(/[.。!！?？]$/u, '');
  if (CASED.has(lang) && lang !== 'de') t = t.charAt(0).toLocaleLowerCase(lang) + t.slice(1);
  if (t !== text) styled++;
  return t;
}

function offer(text: string, label: 0 | 1, lang: OtherLang, kind: string): void {
  const t = style(text, lang).trim();
  const where = `${lang} ${label} ${kind}: ${t}`;
  const wrong = scriptProblem(t, lang);
  if (wrong !== undefined) problems.push(`${wrong} — ${where}`);
  if (existing.has(dedupKey(t))) problems.push(`already in another authored file — ${where}`);
  if (file.has(t)) problems.push(`repeated — ${where}`);
  const self = selfIndex[label].maxSimilarity(t);
  if (self >= MAX_SIM_SELF) problems.push(`near-duplicate (${self.toFixed(2)}) of an earlier row — ${where}`);
  const other = existingIndex.maxSimilarity(t);
  if (other >= MAX_SIM_OTHER)
    problems.push(`near-duplicate (${other.toFixed(2)}) of another file — ${where}`);
  if (file.add(t, label, lang, `injection:${kind}`)) selfIndex[label].add(t);
}

function addLanguage({ lang, benign, attack }: Language): void {
  for (const t of benign.everyday) offer(t, 0, lang, 'benign_everyday');
  for (const t of benign.trigger) offer(t, 0, lang, 'benign_trigger');
  for (const t of benign.mixed) offer(t, 0, lang, 'benign_mixed');
  for (const a of attack.attacks) offer(a.text, 1, lang, a.kind);
  for (const tw of attack.twins) {
    const ratio = size(tw.benign, lang) / size(tw.attack, lang);
    if (ratio < TWIN_LENGTH[0] || ratio > TWIN_LENGTH[1])
      problems.push(`twin ${ratio.toFixed(2)}× its attack's length — ${lang}: ${tw.benign}`);
    offer(tw.attack, 1, lang, tw.kind);
    offer(tw.benign, 0, lang, 'benign_twin');
  }
  const rows = file.rows.filter((row) => row.lang === lang);
  const benignShare = rows.filter((row) => row.label === 0).length / rows.length;
  const attacks = attack.attacks.length + attack.twins.length;
  if (rows.length < MIN_ROWS_PER_LANG)
    problems.push(`${lang}: ${rows.length} rows, fewer than ${MIN_ROWS_PER_LANG}`);
  if (benignShare < BENIGN_SHARE[0] || benignShare > BENIGN_SHARE[1])
    problems.push(`${lang}: ${(benignShare * 100).toFixed(0)} % benign, outside 50–70 %`);
  if (attack.twins.length < MIN_TWIN_SHARE * attacks)
    problems.push(`${lang}: ${attack.twins.length} twins for ${attacks} attacks, fewer than a third`);
}

for (const language of LANGUAGES) addLanguage(language);
if (styled > MAX_STYLED_SHARE * file.rows.length)
  problems.push(`${styled} seeded variations, more than ${MAX_STYLED_SHARE * 100} % of the rows`);
if (problems.length > 0) throw new Error(`${problems.length} problems:\n${problems.join('\n')}`);

file.write();
file.printCategories();
process.stdout.write(`${styled} rows made casual by the seed\n`);
