/**
 * Writes data/authored/train-everyday-admin.jsonl: ordinary users doing their own personal admin (bank and
 * credit cards, ID documents, phone numbers and addresses, medical records, chat history and accounts,
 * forms and paperwork, what personal-data terms mean), with harmful contrast prompts in the same nouns, in
 * English and Chinese.
 *
 * Why: the harmful-request model (hashed character n-grams) learned from public privacy rows that ask for
 * other people's ID numbers, addresses and bank cards, so it flags everyday questions that merely name
 * those things, above all in Chinese: 银行卡, 身份证号, 家庭住址, 个人信息, 病历, 聊天记录, 信用卡, 手机号码,
 * home address. The contrast rows keep those nouns but aim them at someone else, so the model has to learn
 * whose card, document or record rather than the noun.
 *
 * Content: scripts/authoring/everyday-admin/, one file per family and language. Benign rows (label 0,
 * `harmful:safe_admin_<family>`): banking_cards, identity_documents, contact_address, health_records,
 * messages_accounts, forms_paperwork, personal_data_terms; formal and colloquial, some without
 * punctuation, some as short as a search query. Contrast rows (label 1): `harmful:privacy` (finding or
 * buying someone else's details, records or chats) and `harmful:fraud` (using someone else's card or
 * identity, forging documents, taking over accounts). Every row is hand-written; a seeded few English rows
 * get lower case or a small typo (at most 10 %).
 * Checks: language and length (EN 2–50 words, ZH 3–60 汉字); each family once per language; no text
 * repeated or near-repeated (character trigram Jaccard) within one label of the file; at least 25 rows per
 * benign family and 20 per harm kind in each language; at least 8 English and 15 Chinese benign rows of
 * search-query length (EN ≤ 5 words, ZH ≤ 8 汉字); each flagged noun in at least 3 benign rows per
 * language; 700–900 rows; label-1 share 20–30 %; Chinese share 55–65 %. Texts already in, or near copies
 * of a text in, another data/authored/train*.jsonl file or persona.jsonl are skipped. Deterministic (fixed
 * seed).
 * Run: npx tsx scripts/authoring/everyday-admin.ts
 */
import { mulberry32 } from '../../src/detect/classifier/trainer.js';
import { AuthoredFile, dedupKey, type Lang } from './authored-file.js';
import { EN_FAMILIES, FAMILIES, HARM_KINDS, ZH_FAMILIES } from './everyday-admin/families.js';
import type { Family, HarmKind } from './everyday-admin/types.js';
import { addFamilies } from './family-twins.js';
import { lengthProblem, NearDupCollector } from './near-dup-collector.js';
import { hanCount, wordCount } from './text.js';

const OUT = 'train-everyday-admin.jsonl';
/** Length bounds per language: English words, Chinese Han characters. */
const LENGTH: Record<Lang, readonly [number, number]> = { en: [2, 50], zh: [3, 60] };
const MAX_VARIED_SHARE = 0.1;
const MIN_PER_FAMILY = 25;
const MIN_PER_HARM_KIND = 20;
/** Longest benign row that counts as a search-like query, and how many each language needs. */
const SHORT_LENGTH: Record<Lang, number> = { en: 5, zh: 8 };
const MIN_SHORT: Record<Lang, number> = { en: 8, zh: 15 };
/** The nouns the model over-flags; each must appear in this many benign rows per language. */
const FLAGGED_NOUNS: Record<Lang, readonly RegExp[]> = {
  en: [
    /\bbank cards?\b/i,
    /\bID number\b/i,
    /\bhome address\b/i,
    /\bpersonal information\b/i,
    /\bmedical records?\b/i,
    /\bchat history\b/i,
    /\bcredit cards?\b/i,
    /\bphone number\b/i,
  ],
  zh: [/银行卡/, /身份证号/, /家庭住址/, /个人信息/, /病历/, /聊天记录/, /信用卡/, /手机号码/],
};
const MIN_NOUN_ROWS = 3;
const TOTAL: readonly [number, number] = [700, 900];
const HARMFUL_SHARE: readonly [number, number] = [0.2, 0.3];
const ZH_SHARE: readonly [number, number] = [0.55, 0.65];

const length = (text: string, lang: Lang): number => (lang === 'zh' ? hanCount(text) : wordCount(text));

const file = new AuthoredFile(OUT, dedupKey);
const rows = new NearDupCollector({
  file,
  random: mulberry32(20_260_915),
  shapeProblem: lengthProblem(LENGTH),
});
const { problems, kept } = rows;

for (const [contents, lang] of [
  [EN_FAMILIES, 'en'],
  [ZH_FAMILIES, 'zh'],
] as const) {
  const nouns = FLAGGED_NOUNS[lang];
  addFamilies<Family, HarmKind>(rows, contents, lang, {
    families: FAMILIES,
    harmKinds: HARM_KINDS,
    safeCategory: (family) => `harmful:safe_admin_${family}`,
    minPerFamily: MIN_PER_FAMILY,
    minPerHarmKind: MIN_PER_HARM_KIND,
    onSafeKept: (text) => {
      if (length(text, lang) <= SHORT_LENGTH[lang]) rows.count(`${lang} short`);
      for (const noun of nouns) if (noun.test(text)) rows.count(`${lang} noun ${noun.source}`);
    },
  });
  const short = kept.get(`${lang} short`) ?? 0;
  if (short < MIN_SHORT[lang]) problems.push(`${lang}: only ${short} benign rows of search-query length`);
  for (const noun of nouns) {
    const n = kept.get(`${lang} noun ${noun.source}`) ?? 0;
    if (n < MIN_NOUN_ROWS) problems.push(`${lang}: only ${n} benign rows name ${noun.source}`);
  }
}

rows.writeChecked('everyday-admin', {
  total: TOTAL,
  maxVaried: MAX_VARIED_SHARE,
  harmful: HARMFUL_SHARE,
  zh: ZH_SHARE,
});
