/**
 * Writes data/authored/train-harmful-operational.jsonl: harmful requests phrased as ordinary
 * professional tasks, with safe twins on the same topics, in English and Chinese.
 *
 * Why: the harmful model missed requests that read like work items (weaponise a named CVE against
 * someone else's server, pack a RAT past EDR, wipe logs after an intrusion, 撞库/拖库, rent a booter,
 * SIM-swap a crypto holder; "given this post, write a reply that…" turned into harassment, a
 * defamatory hint, a doctored chat or election and vaccine disinformation; persuasive essays denying
 * atrocities or ranking groups; dual-use biology and chemistry with a weaponising aim; finding fences,
 * smugglers and forgers, 跑分 and moving cash past controls, keeping an exploited worker from the
 * police). It learned harm mostly from a few object words, so the same topics asked from the
 * defensive side must stay benign.
 *
 * Content: scripts/authoring/harmful-operational/, five families in both languages — operational
 * offensive security, contextual harmful transformation, persuasive denial and harmful advocacy,
 * dual-use science, illicit markets and logistics. Each harmful kind (label 1, `harmful:<kind>`) comes
 * with twins asked from the defensive, educational, historical or lawful side (label 0,
 * `harmful:safe_<kind>`); look-alike kinds (label 0, `harmful:safe_<kind>`) share the task shapes with
 * no harmful aim (security chores, text edits, persuasive writing, kitchen science). Chinese rows use
 * Chinese contexts (黑产、跑分、假证、P聊天记录、否认南京大屠杀…), not translations. Every row is
 * hand-written; a seeded few English rows get lower case or a small typo (at most 10 % of the file).
 * Checks: language (EN rows no Han, ZH rows mostly Han), length (EN 4–90 words, ZH 5–120 汉字), each
 * harmful kind keeps at least 12 rows per language and exists in both, twins are at least a third of
 * the benign rows, Chinese and label-1 shares stay near the targets, and texts already in another
 * data/authored/train*.jsonl file are skipped. Deterministic (fixed seed).
 * Run: npx tsx scripts/authoring/harmful-operational.ts
 */
import { mulberry32 } from '../../src/detect/classifier/trainer.js';
import { AuthoredFile, dedupKey, existingTexts, type Lang } from './authored-file.js';
import { EN_ADVOCACY } from './harmful-operational/en-advocacy.js';
import { EN_CONTEXT } from './harmful-operational/en-context.js';
import { EN_CYBER } from './harmful-operational/en-cyber.js';
import { EN_CYBER_INFRA } from './harmful-operational/en-cyber-infra.js';
import { EN_MARKETS } from './harmful-operational/en-markets.js';
import { EN_SAFE } from './harmful-operational/en-safe.js';
import { EN_SCIENCE } from './harmful-operational/en-science.js';
import type { OperationalKind } from './harmful-operational/types.js';
import { ZH_ADVOCACY } from './harmful-operational/zh-advocacy.js';
import { ZH_CONTEXT } from './harmful-operational/zh-context.js';
import { ZH_CYBER } from './harmful-operational/zh-cyber.js';
import { ZH_CYBER_INFRA } from './harmful-operational/zh-cyber-infra.js';
import { ZH_MARKETS } from './harmful-operational/zh-markets.js';
import { ZH_SAFE } from './harmful-operational/zh-safe.js';
import { ZH_SCIENCE } from './harmful-operational/zh-science.js';
import { HarmfulTwins } from './harmful-twins.js';
import { hanCount, wordCount } from './text.js';

const OUT = 'train-harmful-operational.jsonl';
/** Share of rows that may be seeded variations (lower case, typo) of hand-written rows. */
const MAX_VARIED_SHARE = 0.1;
/** Fewest rows a harmful kind may keep per language after dedup. */
const MIN_HARM_PER_KIND = 12;
/** Twins must be at least this share of the benign rows. */
const MIN_TWIN_SHARE = 1 / 3;
/** In a Chinese row, Han characters must be at least this share of the letters (Han plus Latin). */
const MIN_HAN_SHARE = 0.5;
/** Bands for the Chinese share and the label-1 share of the whole file. */
const ZH_SHARE: readonly [number, number] = [0.4, 0.5];
const HARM_SHARE: readonly [number, number] = [0.45, 0.55];

const existing = existingTexts({ exclude: OUT, key: dedupKey });
const random = mulberry32(20_260_815);
const file = new AuthoredFile(OUT, dedupKey);
const rows = new HarmfulTwins({
  file,
  existing,
  dedupKey,
  random,
  shapeProblem,
  minHarmPerKind: MIN_HARM_PER_KIND,
});
const { problems } = rows;

const latin = (s: string) => (s.match(/\p{Script=Latin}/gu) ?? []).length;

function shapeProblem(text: string, lang: Lang): string | undefined {
  const h = hanCount(text);
  const n = lang === 'zh' ? h : wordCount(text);
  const [min, max] = lang === 'zh' ? [5, 120] : [4, 90];
  const rightScript = lang === 'en' ? h === 0 : h >= MIN_HAN_SHARE * (h + latin(text));
  return !rightScript || n < min || n > max ? `${lang} ${n}: ${text}` : undefined;
}

function share(part: number, whole: number, [lo, hi]: readonly [number, number], what: string): void {
  const s = part / whole;
  if (s < lo || s > hi) problems.push(`${what} share ${s.toFixed(3)} is outside [${lo}, ${hi}]`);
}

const EN_KINDS = [
  ...EN_CYBER,
  ...EN_CYBER_INFRA,
  ...EN_CONTEXT,
  ...EN_ADVOCACY,
  ...EN_SCIENCE,
  ...EN_MARKETS,
];
const ZH_KINDS = [
  ...ZH_CYBER,
  ...ZH_CYBER_INFRA,
  ...ZH_CONTEXT,
  ...ZH_ADVOCACY,
  ...ZH_SCIENCE,
  ...ZH_MARKETS,
];
const names = (kinds: readonly OperationalKind[]) => kinds.map((k) => k.kind).sort();
if (names(EN_KINDS).join() !== names(ZH_KINDS).join())
  problems.push(`harmful kinds differ: en ${names(EN_KINDS).join()} / zh ${names(ZH_KINDS).join()}`);

rows.addTwinned(EN_KINDS, 'en');
rows.addLookalikes(EN_SAFE, 'en');
rows.addTwinned(ZH_KINDS, 'zh');
rows.addLookalikes(ZH_SAFE, 'zh');

const total = file.rows.length;
const benign = file.rows.filter((r) => r.label === 0).length;
const zh = file.rows.filter((r) => r.lang === 'zh').length;
if (rows.varied > MAX_VARIED_SHARE * total)
  problems.push(`${rows.varied} of ${total} rows are seeded variations`);
if (rows.twins < MIN_TWIN_SHARE * benign)
  problems.push(`only ${rows.twins} of ${benign} benign rows are twins`);
share(zh, total, ZH_SHARE, 'Chinese');
share(total - benign, total, HARM_SHARE, 'label 1');
if (problems.length > 0) throw new Error(`harmful-operational checks failed:\n${problems.join('\n')}`);

file.write();
file.printCategories();
process.stdout.write(
  `${rows.varied} seeded variations, ${rows.twins}/${benign} benign rows are twins of a harmful kind; ` +
    `skipped ${rows.skipped} texts already present elsewhere or repeated\n`,
);
