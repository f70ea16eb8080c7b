/**
 * Writes data/authored/train-protective-security.jsonl: ordinary users asking how to protect themselves,
 * their family or their company (leaked personal data, passwords, scams, breaches, security rules), with
 * harmful contrast prompts in the same words, in English and Chinese.
 *
 * Why: the hashed n-gram prompt-injection and harmful-request models lean "attack" on words such as 泄露,
 * 个人信息, 身份证, 密码, 盗刷, 安全规则, 隐私, 被骗, 黑客, 权限, leak, password, hacked, scam, breach and
 * permissions, so they flag a parent hiding a child's details, a skimmed card, a request to follow the
 * company's security rules or a staff phishing course. The contrast rows keep that vocabulary but aim it
 * at someone else, so the model has to learn whose data and whose account rather than the words.
 *
 * Content: scripts/authoring/protective-security/, one file per family and language. Benign rows (label 0,
 * `harmful:safe_protective_<family>`): personal_info, account_security, scam_help, breach_response,
 * security_policy, family_privacy, attack_awareness; some start "Please follow…"/请遵守… and some use
 * leak/泄露 protectively. Contrast rows (label 1): `harmful:privacy`, `harmful:intrusion`, `harmful:fraud`.
 * Every row is hand-written; a seeded few English rows get lower case or a small typo (at most 10 %).
 * Checks: language and length (EN 5–60 words, ZH 6–80 汉字); each family once per language; no text
 * repeated or near-repeated (character trigram Jaccard) within one label of the file; at least 25 rows per
 * benign family and 20 per harm kind in each language; at least 6 benign "Please follow"/请遵守 rows and 6
 * benign leak/泄露 rows per language; 700–900 rows; label-1 share 25–35 %; Chinese share 50–60 %. Texts
 * already in, or near copies of a text in, another data/authored/train*.jsonl file or persona.jsonl are
 * skipped. Deterministic (fixed seed).
 * Run: npx tsx scripts/authoring/protective-security.ts
 */
import { mulberry32 } from '../../src/detect/classifier/trainer.js';
import { AuthoredFile, dedupKey, type Lang } from './authored-file.js';
import { addFamilies } from './family-twins.js';
import { lengthProblem, NearDupCollector } from './near-dup-collector.js';
import { EN_FAMILIES, FAMILIES, HARM_KINDS, ZH_FAMILIES } from './protective-security/families.js';
import type { Family, HarmKind } from './protective-security/types.js';

const OUT = 'train-protective-security.jsonl';
/** Length bounds per language: English words, Chinese Han characters. */
const LENGTH: Record<Lang, readonly [number, number]> = { en: [5, 60], zh: [6, 80] };
const MAX_VARIED_SHARE = 0.1;
const MIN_PER_FAMILY = 25;
const MIN_PER_HARM_KIND = 20;
/** Fewest benign rows per language that open with a rule to follow, or use leak/泄露 protectively. */
const MIN_FOLLOW_RULES = 6;
const MIN_PROTECTIVE_LEAK = 6;
const TOTAL: readonly [number, number] = [700, 900];
const HARMFUL_SHARE: readonly [number, number] = [0.25, 0.35];
const ZH_SHARE: readonly [number, number] = [0.5, 0.6];
const FOLLOW_RULES: Record<Lang, RegExp> = { en: /^please follow\b/i, zh: /^请遵守/ };
const PROTECTIVE_LEAK: Record<Lang, RegExp> = { en: /\bleak/i, zh: /泄露/ };

const file = new AuthoredFile(OUT, dedupKey);
const rows = new NearDupCollector({
  file,
  random: mulberry32(20_260_902),
  shapeProblem: lengthProblem(LENGTH),
});
const { problems, kept } = rows;

for (const [contents, lang] of [
  [EN_FAMILIES, 'en'],
  [ZH_FAMILIES, 'zh'],
] as const) {
  addFamilies<Family, HarmKind>(rows, contents, lang, {
    families: FAMILIES,
    harmKinds: HARM_KINDS,
    safeCategory: (family) => `harmful:safe_protective_${family}`,
    minPerFamily: MIN_PER_FAMILY,
    minPerHarmKind: MIN_PER_HARM_KIND,
    onSafeKept: (text) => {
      if (FOLLOW_RULES[lang].test(text)) rows.count(`${lang} follow`);
      if (PROTECTIVE_LEAK[lang].test(text)) rows.count(`${lang} leak`);
    },
  });
  const follow = kept.get(`${lang} follow`) ?? 0;
  if (follow < MIN_FOLLOW_RULES)
    problems.push(`${lang}: only ${follow} benign rows open with a rule to follow`);
  const leak = kept.get(`${lang} leak`) ?? 0;
  if (leak < MIN_PROTECTIVE_LEAK)
    problems.push(`${lang}: only ${leak} benign rows use leak/泄露 protectively`);
}

rows.writeChecked('protective-security', {
  total: TOTAL,
  maxVaried: MAX_VARIED_SHARE,
  harmful: HARMFUL_SHARE,
  zh: ZH_SHARE,
});
