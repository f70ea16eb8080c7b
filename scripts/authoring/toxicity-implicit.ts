/**
 * Writes data/authored/train-toxicity-implicit.jsonl: toxicity carried by meaning rather than by
 * profanity or slurs, in EN and ZH, and non-toxic text on the same sensitive topics.
 *
 * Toxic rows (label 1): implicit hate (calm stereotypes and dehumanising generalisations about women, men
 * in care jobs, LGBT people, disabled and elderly people, religions, ethnic groups and nationalities,
 * immigrants and 外地人, rural people and 地域黑), pseudo-science, harassment of a named or @-mentioned
 * person, pile-ons and false mass reports, ban evasion, doxxing hints, threats without violent words,
 * threats against property, creative insults, 阴阳怪气 sarcasm and coded insults (nt, nc, sb, 🤡, 🐶).
 * Non-toxic rows (label 0, kinds `safe_*`): counter-speech, moderation talk, facts, culture, personal
 * experience and questions about the same groups, heated complaints about referees, service and
 * policies, blunt critique of work, caring reminders that read like threats, banter, self-deprecation,
 * quoting slurs to discuss them, and reports of having been harassed. About a third of them are direct
 * twins of toxic rows (the `*-twins.ts` modules).
 *
 * Every row is hand-written in scripts/authoring/toxicity-implicit/ (one row a line). The only generated
 * change is chat-style lower-casing of a seeded ~8 % of the English rows without acronyms, in place (no
 * extra rows).
 * The run fails unless: every English row has 4–60 words and every Chinese row 5–60 汉字; toxic kinds
 * have label 1 and `safe_*` kinds label 0; and no two rows here, nor a row here and a row of another
 * training file, are near duplicates (Jaccard ≥ NEAR over word sets for English, character bigrams for
 * Chinese). Texts already in another data/authored/train*.jsonl are skipped.
 * Deterministic (fixed seed): two runs write the same bytes.
 * Run: npx tsx scripts/authoring/toxicity-implicit.ts
 */
import { mulberry32 } from '../../src/detect/classifier/trainer.js';
import { AuthoredFile, existingRows, type Lang, dedupKey as norm } from './authored-file.js';
import { EN_HATE } from './toxicity-implicit/en-hate.js';
import { EN_INSULT } from './toxicity-implicit/en-insult.js';
import { EN_SAFE_GROUPS } from './toxicity-implicit/en-safe-groups.js';
import { EN_SAFE_HEAT } from './toxicity-implicit/en-safe-heat.js';
import { EN_SAFE_PLAY } from './toxicity-implicit/en-safe-play.js';
import { EN_SAFE_TALK } from './toxicity-implicit/en-safe-talk.js';
import { EN_TARGETED } from './toxicity-implicit/en-targeted.js';
import { EN_THREAT } from './toxicity-implicit/en-threat.js';
import { EN_TWINS } from './toxicity-implicit/en-twins.js';
import type { Block } from './toxicity-implicit/types.js';
import { ZH_HATE } from './toxicity-implicit/zh-hate.js';
import { ZH_INSULT } from './toxicity-implicit/zh-insult.js';
import { ZH_SAFE_GROUPS } from './toxicity-implicit/zh-safe-groups.js';
import { ZH_SAFE_HEAT } from './toxicity-implicit/zh-safe-heat.js';
import { ZH_SAFE_PLAY } from './toxicity-implicit/zh-safe-play.js';
import { ZH_SAFE_TALK } from './toxicity-implicit/zh-safe-talk.js';
import { ZH_TARGETED } from './toxicity-implicit/zh-targeted.js';
import { ZH_THREAT } from './toxicity-implicit/zh-threat.js';
import { ZH_TWINS } from './toxicity-implicit/zh-twins.js';

const OUT = 'train-toxicity-implicit.jsonl';
/** Share of English rows lower-cased (apostrophes dropped) the way people type in chat. */
const LOWER_SHARE = 0.08;
/** Jaccard at or above which two texts count as near duplicates. */
const NEAR = 0.6;
const LENGTH: Record<Lang, [number, number]> = { en: [4, 60], zh: [5, 60] };

const CONTENT: Record<Lang, Block[]> = {
  en: [
    ...EN_HATE,
    ...EN_TARGETED,
    ...EN_THREAT,
    ...EN_INSULT,
    ...EN_SAFE_TALK,
    ...EN_SAFE_GROUPS,
    ...EN_SAFE_HEAT,
    ...EN_SAFE_PLAY,
    ...EN_TWINS,
  ],
  zh: [
    ...ZH_HATE,
    ...ZH_TARGETED,
    ...ZH_THREAT,
    ...ZH_INSULT,
    ...ZH_SAFE_TALK,
    ...ZH_SAFE_GROUPS,
    ...ZH_SAFE_HEAT,
    ...ZH_SAFE_PLAY,
    ...ZH_TWINS,
  ],
};

/** Length in the unit the limits use: words for English, 汉字 for Chinese. */
const size = (text: string, lang: Lang) =>
  lang === 'en'
    ? text.split(/\s+/).filter((w) => /\p{L}|\p{N}/u.test(w)).length
    : (text.match(/\p{Script=Han}/gu) ?? []).length;

/** What near-duplicate detection compares: word set (English) or character bigrams (Chinese). */
function features(text: string, lang: Lang): Set<string> {
  if (lang === 'en') return new Set(text.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? []);
  const s = norm(text);
  const out = new Set<string>();
  for (let i = 0; i + 1 < s.length; i++) out.add(s.slice(i, i + 2));
  return out;
}

/** Texts of every other training file (never repeated here), and their rows by language (near duplicates). */
const existing = new Set<string>();
const existingByLang: Record<Lang, string[]> = { en: [], zh: [] };
for (const row of existingRows({ exclude: OUT })) {
  existing.add(norm(row.text));
  if (row.lang === 'en' || row.lang === 'zh') existingByLang[row.lang].push(row.text);
}

const random = mulberry32(20_260_707);
const file = new AuthoredFile(OUT, norm);
const problems: string[] = [];
const written: Record<Lang, string[]> = { en: [], zh: [] };
let skipped = 0;
let lowered = 0;
let twins = 0;

for (const lang of ['en', 'zh'] as const)
  for (const block of CONTENT[lang]) {
    if (block.kind.startsWith('safe_') !== (block.label === 0))
      problems.push(`kind ${block.kind} has label ${block.label}`);
    for (const line of block.lines.split('\n')) {
      let text = line.trim();
      if (text.length === 0) continue;
      const n = size(text, lang);
      const [min, max] = LENGTH[lang];
      if (n < min || n > max) problems.push(`${lang} row of ${n} (limit ${min}–${max}): ${text}`);
      if (existing.has(norm(text)) || file.has(text)) {
        skipped++;
        continue;
      }
      // Acronyms (IT, NHS) stay: lower-casing them makes other words.
      if (
        lang === 'en' &&
        random() < LOWER_SHARE &&
        text !== text.toLowerCase() &&
        !/\b[A-Z]{2,}\b/.test(text)
      ) {
        text = text.toLowerCase().replace(/'/g, '');
        lowered++;
      }
      file.add(text, block.label, lang, `toxicity:${block.kind}`);
      written[lang].push(text);
      if (block.twin) twins++;
    }
  }

// Near duplicates among the rows here and against the other training files, per language: an index
// from feature to texts finds, for each row here, how many features it shares with any other text.
for (const lang of ['en', 'zh'] as const) {
  const mine = written[lang];
  const texts = [...mine, ...existingByLang[lang]];
  const sets = texts.map((t) => features(t, lang));
  const index = new Map<string, number[]>();
  sets.forEach((set, id) => {
    for (const f of set) {
      const ids = index.get(f);
      if (ids) ids.push(id);
      else index.set(f, [id]);
    }
  });
  for (let i = 0; i < mine.length; i++) {
    const a = sets[i] as Set<string>;
    const shared = new Map<number, number>();
    for (const f of a) for (const j of index.get(f) ?? []) if (j > i) shared.set(j, (shared.get(j) ?? 0) + 1);
    for (const [j, both] of shared) {
      const b = sets[j] as Set<string>;
      if (both / (a.size + b.size - both) >= NEAR)
        problems.push(`near${j < mine.length ? '' : ' existing'} (${lang}): ${texts[i]} | ${texts[j]}`);
    }
  }
}

if (problems.length > 0) throw new Error(problems.join('\n'));

file.write();
file.printCategories();
const zero = file.rows.filter((r) => r.label === 0).length;
process.stdout.write(
  `${twins} of ${zero} non-toxic rows are twins of toxic rows; ${lowered} English rows lower-cased; ` +
    `skipped ${skipped} texts already present elsewhere or repeated\n`,
);
