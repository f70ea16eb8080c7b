/**
 * Writes data/authored/train-toxicity-zh-slang.jsonl: Chinese comments in the register of Weibo, Tieba,
 * Zhihu and Bilibili, toxic (label 1) and hard non-toxic (label 0), so the Chinese toxicity model learns
 * more than the COLD style it was mostly trained on.
 *
 * Toxic rows: pinyin abbreviations and homophones (nmsl, sb, cnm, tmd, wcnm, rnm, nt, 伞兵, 沙币, 傻哔,
 * 你马, 尼玛, 泥马, 特么, 孤儿 / 死妈 insults, dialect curses), gender-war slang (蝻, 郭楠, 普信男, 直男癌,
 * 女拳, 田园女权, 小仙女, 国女, 打拳), 地域黑, ethnic and racial slurs, LGBT slurs, disability mockery,
 * contempt for looks, class and age, 阴阳怪气 sarcasm and dog-whistles, curses, doxxing threats (开盒) and
 * dehumanising comparisons. Non-toxic rows use the same words: teasing among friends and pets, untargeted
 * exclamations, self-deprecation, questions about what a slang word means, reports of having been called
 * one, counter-speech, neutral talk about regions and groups, medical and disability facts, mild
 * complaints, sports banter, civil criticism, and homographs (伞兵 paratroopers, 草泥马 alpacas, TMD the
 * jaw disorder, 全家 the shop, 开盒 blind boxes, 尼玛次仁 …).
 *
 * Content: scripts/authoring/toxicity-zh-slang/ (hand-written blocks, one comment a line, and frame sets
 * whose toxic and non-toxic halves fill the same slot lists). Categories are `toxicity:zh-<kind>`.
 * The run fails unless: every row has 5–60 汉字; no frame fills more than 3 % of the file; no two
 * hand-written rows, and no hand-written row and a Chinese row of another training file, are near
 * duplicates (character-bigram Jaccard ≥ NEAR); and every tracked slang word used in a toxic row also
 * appears in a non-toxic one. Texts already in another data/authored/train*.jsonl are skipped.
 * Deterministic (fixed seed): two runs write the same bytes.
 * Run: npx tsx scripts/authoring/toxicity-zh-slang.ts
 */
import { mulberry32 } from '../../src/detect/classifier/trainer.js';
import { AuthoredFile, existingRows, dedupKey as norm } from './authored-file.js';
import { pick } from './seeded.js';
import { NEG_FRAMES, TOX_FRAMES } from './toxicity-zh-slang/frames.js';
import { NEG_COUNTER } from './toxicity-zh-slang/neg-counter.js';
import { NEG_DISCUSS } from './toxicity-zh-slang/neg-discuss.js';
import { NEG_EVERYDAY } from './toxicity-zh-slang/neg-everyday.js';
import { NEG_GROUPS } from './toxicity-zh-slang/neg-groups.js';
import { NEG_HOMOGRAPH } from './toxicity-zh-slang/neg-homograph.js';
import { NEG_MORE } from './toxicity-zh-slang/neg-more.js';
import { NEG_PLAYFUL } from './toxicity-zh-slang/neg-playful.js';
import { NEG_TALK } from './toxicity-zh-slang/neg-talk.js';
import { TOX_ABBREV } from './toxicity-zh-slang/tox-abbrev.js';
import { TOX_CURSE } from './toxicity-zh-slang/tox-curse.js';
import { TOX_EXTRA } from './toxicity-zh-slang/tox-extra.js';
import { TOX_GENDER } from './toxicity-zh-slang/tox-gender.js';
import { TOX_IDENTITY } from './toxicity-zh-slang/tox-identity.js';
import { TOX_MORE } from './toxicity-zh-slang/tox-more.js';
import { TOX_REGION } from './toxicity-zh-slang/tox-region.js';
import { TOX_STATUS } from './toxicity-zh-slang/tox-status.js';
import { TOX_YINYANG } from './toxicity-zh-slang/tox-yinyang.js';
import { TRACKED } from './toxicity-zh-slang/tracked.js';
import type { Block, FrameSet } from './toxicity-zh-slang/types.js';

const OUT = 'train-toxicity-zh-slang.jsonl';
/** No single frame may fill more than this share of the file. */
const MAX_FRAME_SHARE = 0.03;
/** Character-bigram Jaccard at or above which two hand-written texts count as near duplicates. */
const NEAR = 0.4;
const [MIN_HAN, MAX_HAN] = [5, 60];

const han = (s: string) => (s.match(/\p{Script=Han}/gu) ?? []).length;
function bigrams(t: string): Set<string> {
  const s = norm(t);
  const out = new Set<string>();
  for (let i = 0; i + 1 < s.length; i++) out.add(s.slice(i, i + 2));
  return out;
}

/** Texts of every other training file (never repeated here) and their Chinese rows (for near duplicates). */
const existing = new Set<string>();
const existingZh: string[] = [];
for (const row of existingRows({ exclude: OUT })) {
  existing.add(norm(row.text));
  if (row.lang === 'zh') existingZh.push(row.text);
}

const random = mulberry32(20_261_204);
const file = new AuthoredFile(OUT, norm);
const used = new Set<string>();
const handWritten: string[] = [];
/** Rows each frame produced, keyed by frame set and frame. */
const frameRows = new Map<string, number>();
const misshapen: string[] = [];
let skipped = 0;

/** Adds a row unless its text is here already or in another training file. */
function add(text: string, label: 0 | 1, kind: string): boolean {
  const n = han(text);
  if (n < MIN_HAN || n > MAX_HAN) misshapen.push(`${n}: ${text}`);
  const key = norm(text);
  if (used.has(key) || existing.has(key)) {
    skipped++;
    return false;
  }
  used.add(key);
  file.add(text, label, 'zh', `toxicity:zh-${kind}`);
  return true;
}

function addBlocks(blocks: readonly Block[]): void {
  for (const block of blocks)
    for (const line of block.lines.split('\n')) {
      const text = line.trim();
      if (text.length > 0 && add(text, block.label, block.kind)) handWritten.push(text);
    }
}

/** Fills each frame of the set with random slot values until it has `perFrame` new rows. */
function fill(set: FrameSet): void {
  for (const frame of set.frames) {
    const key = `${set.name} ${frame}`;
    let made = 0;
    for (let tries = 0; made < set.perFrame && tries < set.perFrame * 50; tries++) {
      const text = frame.replace(/\{([a-z])\}/g, (_, slot: string) => pick(random, set.slots[slot] ?? ['']));
      // A fill too short for the file is drawn again rather than failing the run.
      if (han(text) >= MIN_HAN && !used.has(norm(text)) && add(text, set.label, set.kind)) made++;
    }
    frameRows.set(key, made);
  }
}

addBlocks([...TOX_ABBREV, ...TOX_GENDER, ...TOX_REGION, ...TOX_IDENTITY, ...TOX_STATUS]);
addBlocks([...TOX_YINYANG, ...TOX_CURSE, ...TOX_EXTRA, ...TOX_MORE]);
for (const set of TOX_FRAMES) fill(set);
addBlocks([...NEG_PLAYFUL, ...NEG_DISCUSS, ...NEG_COUNTER, ...NEG_GROUPS, ...NEG_EVERYDAY, ...NEG_HOMOGRAPH]);
addBlocks([...NEG_TALK, ...NEG_MORE]);
for (const set of NEG_FRAMES) fill(set);

const problems: string[] = [];
if (misshapen.length > 0) problems.push(`rows outside ${MIN_HAN}–${MAX_HAN} 汉字:\n${misshapen.join('\n')}`);

const total = file.rows.length;
const widest = Math.max(...frameRows.values());
if (widest > MAX_FRAME_SHARE * total)
  problems.push(`a frame fills ${widest} of ${total} rows (limit ${MAX_FRAME_SHARE * 100} %)`);

// Near duplicates among the hand-written rows and against Chinese rows of the other training files:
// an index from bigram to texts finds, for each hand-written row, how many bigrams it shares with any other.
const texts = [...handWritten, ...existingZh];
const grams = texts.map(bigrams);
const index = new Map<string, number[]>();
grams.forEach((set, id) => {
  for (const g of set) index.set(g, [...(index.get(g) ?? []), id]);
});
for (let i = 0; i < handWritten.length; i++) {
  const a = grams[i] as Set<string>;
  const shared = new Map<number, number>();
  for (const g of a) for (const j of index.get(g) ?? []) if (j > i) shared.set(j, (shared.get(j) ?? 0) + 1);
  for (const [j, both] of shared) {
    const b = grams[j] as Set<string>;
    if (both / (a.size + b.size - both) >= NEAR)
      problems.push(`near${j < handWritten.length ? '' : ' existing'}: ${texts[i]} | ${texts[j]}`);
  }
}

// A tracked slang word seen only in toxic rows would teach the model the word, not the use.
const tokenCounts: string[] = [];
for (const token of TRACKED) {
  const re = /^[a-z]+$/i.test(token)
    ? new RegExp(`(?<![a-z])${token}(?![a-z])`, 'i')
    : new RegExp(token.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const [toxic, clean] = [1, 0].map(
    (label) => file.rows.filter((r) => r.label === label && re.test(r.text)).length,
  );
  tokenCounts.push(`${token} ${toxic}/${clean}`);
  if ((toxic ?? 0) > 0 && clean === 0) problems.push(`slang only in toxic rows: ${token} (${toxic})`);
}

if (problems.length > 0) throw new Error(problems.join('\n'));

file.write();
const byCategory = new Map<string, number>();
for (const r of file.rows)
  byCategory.set(`${r.label} ${r.category}`, (byCategory.get(`${r.label} ${r.category}`) ?? 0) + 1);
const framed = [...frameRows.values()].reduce((a, b) => a + b, 0);
process.stdout.write(
  `${[...byCategory].map(([k, v]) => `  ${k}: ${v}`).join('\n')}\n` +
    `${total - framed} hand-written rows, ${framed} frame fills (largest frame: ${widest} rows); ` +
    `skipped ${skipped} texts already present elsewhere or repeated\n` +
    `tracked slang (toxic/non-toxic rows): ${tokenCounts.join(', ')}\n`,
);
