/**
 * Writes data/authored/train-injection-lookalike.jsonl: short, everyday Chinese (≈70 %) and English
 * prompts that carry prompt-injection trigger words (密码, 系统, 扮演, 指令, 忽略, 绕过, 提示词, 越狱,
 * 开发者模式, 规则, 限制, 管理员, 权限, the API "system" role …) in ordinary senses (label 0), plus
 * matched genuine attacks (label 1) built from the same words, about two benign rows per attack, so
 * the classifier has to learn intent rather than vocabulary. Most rows are hand-written in
 * scripts/authoring/injection-lookalike/; a capped share comes from frames × slots. Choices use a fixed
 * seed, so the output is byte-identical run to run. Rows already in another data/authored train file or
 * persona.jsonl are skipped, and near-duplicates (character-trigram Jaccard) are dropped.
 * Run: npx tsx scripts/authoring/injection-lookalike.ts
 */
import { mulberry32 } from '../../src/detect/classifier/trainer.js';
import { AuthoredFile, dedupKey, type Lang } from './authored-file.js';
import { EN_ATTACK } from './injection-lookalike/en-attack.js';
import { EN_ATTACK_BALANCE, EN_NEG_BALANCE } from './injection-lookalike/en-balance.js';
import { EN_FRAMES } from './injection-lookalike/en-frames.js';
import { EN_NEG } from './injection-lookalike/en-neg.js';
import { EN_NEG_MORE } from './injection-lookalike/en-neg-more.js';
import { type HandRow, parseLines } from './injection-lookalike/lines.js';
import { existingForNearDup, NearDupIndex } from './injection-lookalike/near-dup.js';
import { ZH_ATTACK } from './injection-lookalike/zh-attack.js';
import { ZH_ATTACK_MORE } from './injection-lookalike/zh-attack-more.js';
import { ZH_ATTACK_BALANCE, ZH_NEG_BALANCE } from './injection-lookalike/zh-balance.js';
import { type Frame, ZH_FRAMES } from './injection-lookalike/zh-frames.js';
import { ZH_NEG_ACCOUNT } from './injection-lookalike/zh-neg-account.js';
import { ZH_NEG_EVERYDAY } from './injection-lookalike/zh-neg-everyday.js';
import { ZH_NEG_MORE } from './injection-lookalike/zh-neg-more.js';
import { ZH_NEG_QUOTED } from './injection-lookalike/zh-neg-quoted.js';
import { ZH_NEG_ROLEPLAY } from './injection-lookalike/zh-neg-roleplay.js';
import { ZH_NEG_SYSTEM } from './injection-lookalike/zh-neg-system.js';
import { toTraditional } from './injection-zh-long/trad.js';
import { pick, type Rng } from './seeded.js';

const OUT = 'train-injection-lookalike.jsonl';
/** A row this similar to an earlier row of this file is a near-duplicate. */
const MAX_SIM_SELF = 0.8;
/** A row this similar to a row of another authored file is a near-duplicate. */
const MAX_SIM_OTHER = 0.88;
/** Share of Chinese rows (either label) written in traditional characters. */
const TRAD_SHARE = 0.05;

/** Texts of the other training files and persona.jsonl, whole for the near-duplicate index. */
const { keys: existing, index: existingIndex } = existingForNearDup(OUT);

const file = new AuthoredFile(OUT, dedupKey);
const selfIndex = new NearDupIndex();
const r: Rng = mulberry32(20260721);
const dropped = { exact: 0, nearSelf: 0, nearOther: 0 };
/** LOOKALIKE_DEBUG=1 lists every dropped text on stderr. */
const debug = process.env.LOOKALIKE_DEBUG === '1';
const report = (why: string, t: string): void => {
  if (debug) process.stderr.write(`drop ${why}: ${t}\n`);
};

/** Same openers and closers on both labels, so none of them becomes a label cue. */
const ZH_OPEN = ['在吗？', '你好，', '问一下，', '那个，', '嗯，', '麻烦一下，', 'hi，'];
const ZH_CLOSE = ['谢谢', '，谢谢！', '～', '，快点', '，急'];
const EN_OPEN = ['hey, ', 'quick one: ', 'ok so ', 'hi! ', 'so, '];
const EN_CLOSE = [' thanks', ' pls', ' :)', '??'];

function style(text: string, lang: Lang): string {
  let t = text;
  const x = r();
  if (lang === 'zh') {
    if (x < 0.06) t = pick(r, ZH_OPEN) + t;
    else if (x < 0.1) t = t.replace(/[。？！]$/, '') + pick(r, ZH_CLOSE);
    if (r() < TRAD_SHARE) t = toTraditional(t);
    return t;
  }
  if (x < 0.06) t = pick(r, EN_OPEN) + t.charAt(0).toLowerCase() + t.slice(1);
  else if (x < 0.1) t = t.replace(/[.?!]$/, '') + pick(r, EN_CLOSE);
  if (r() < 0.08) t = t.toLowerCase().replace(/[.]$/, '');
  return t;
}

/** Adds one row unless it repeats (exactly or nearly) this file or another authored file. */
function offer(text: string, label: 0 | 1, lang: Lang, kind: string): boolean {
  const t = style(text, lang).trim();
  if (existing.has(dedupKey(t))) {
    dropped.exact++;
    report('exact', t);
    return false;
  }
  if (selfIndex.maxSimilarity(t) >= MAX_SIM_SELF) {
    dropped.nearSelf++;
    report('near-self', t);
    return false;
  }
  if (existingIndex.maxSimilarity(t) >= MAX_SIM_OTHER) {
    dropped.nearOther++;
    report('near-other', t);
    return false;
  }
  if (!file.add(t, label, lang, `injection:${kind}`)) return false;
  selfIndex.add(t);
  return true;
}

function addHand(rows: HandRow[], label: 0 | 1, lang: Lang): void {
  for (const row of rows) offer(row.text, label, lang, row.kind);
}

function addFrames(frames: Frame[], lang: Lang): void {
  for (const f of frames) {
    let made = 0;
    for (let i = 0; made < f.count && i < f.count * 40; i++)
      if (offer(f.make(r), f.label, lang, f.kind)) made++;
    if (made < f.count) process.stderr.write(`${lang} ${f.kind}: only ${made}/${f.count}\n`);
  }
}

for (const block of [
  ZH_NEG_ACCOUNT,
  ZH_NEG_SYSTEM,
  ZH_NEG_ROLEPLAY,
  ZH_NEG_QUOTED,
  ZH_NEG_EVERYDAY,
  ZH_NEG_MORE,
  ZH_NEG_BALANCE,
])
  addHand(parseLines(block), 0, 'zh');
for (const block of [ZH_ATTACK, ZH_ATTACK_MORE, ZH_ATTACK_BALANCE]) addHand(parseLines(block), 1, 'zh');
for (const block of [EN_NEG, EN_NEG_MORE, EN_NEG_BALANCE]) addHand(parseLines(block), 0, 'en');
for (const block of [EN_ATTACK, EN_ATTACK_BALANCE]) addHand(parseLines(block), 1, 'en');
addFrames(ZH_FRAMES, 'zh');
addFrames(EN_FRAMES, 'en');

process.stderr.write(`dropped: ${JSON.stringify(dropped)}\n`);
file.write();
