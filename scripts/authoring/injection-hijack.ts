/**
 * Writes data/authored/train-injection-hijack.jsonl: hand-written Chinese (≈60 %) and English
 * prompt-injection and jailbreak attacks (label 1) of five shapes — goal hijacking inside a pasted
 * e-mail, review, résumé or web page; 反向诱导 (operational harm asked for "so I can prevent it");
 * criminal-mentor, insider, evil-AI and villain-monologue role-play; few-shot priming that ends in a
 * harmful question; task switches after chit-chat — and benign look-alikes (label 0, kinds `neg-…`):
 * requests about prompt injection that quote attack phrases, ordinary "new task" / 换个话题 requests,
 * harmless personas, documents that say system / 指令 / 规则 / 忽略 in their ordinary sense, genuinely
 * protective safety questions, benign few-shot lists and villain fiction without instructions. About a
 * third of the benign rows are near twins of attacks. Every row is hand-written in
 * scripts/authoring/injection-hijack/; the only seeded change is casing or a dropped end mark on a few
 * rows. Rows already in another data/authored train file or persona.jsonl are skipped, and
 * near-duplicates of a row with the same label (character-trigram Jaccard) are dropped.
 * Run: npx tsx scripts/authoring/injection-hijack.ts
 */
import { mulberry32 } from '../../src/detect/classifier/trainer.js';
import { AuthoredFile, dedupKey, type Lang } from './authored-file.js';
import { ABOUT_INJECTION } from './injection-hijack/about-injection.js';
import { EN_DOC_NEG } from './injection-hijack/en-doc-neg.js';
import { EN_FEWSHOT } from './injection-hijack/en-fewshot.js';
import { EN_HIJACK } from './injection-hijack/en-hijack.js';
import { EN_MORE } from './injection-hijack/en-more.js';
import { EN_ROLEPLAY } from './injection-hijack/en-roleplay.js';
import { PERSONA_NEG } from './injection-hijack/persona-neg.js';
import { REVERSE } from './injection-hijack/reverse.js';
import type { Block } from './injection-hijack/rows.js';
import { SWITCH } from './injection-hijack/switch.js';
import { ZH_DOC_NEG } from './injection-hijack/zh-doc-neg.js';
import { ZH_FEWSHOT } from './injection-hijack/zh-fewshot.js';
import { ZH_HIJACK } from './injection-hijack/zh-hijack.js';
import { ZH_LONG } from './injection-hijack/zh-long.js';
import { ZH_MORE } from './injection-hijack/zh-more.js';
import { ZH_ROLEPLAY } from './injection-hijack/zh-roleplay.js';
import { existingForNearDup, NearDupIndex } from './injection-lookalike/near-dup.js';
import type { Rng } from './seeded.js';

const OUT = 'train-injection-hijack.jsonl';
/** A row this similar to an earlier row of this file with the same label is a near-duplicate. */
const MAX_SIM_SELF = 0.8;
/** A row this similar to a row of another authored file is a near-duplicate. */
const MAX_SIM_OTHER = 0.88;

const { keys: existing, index: existingIndex } = existingForNearDup(OUT);

const file = new AuthoredFile(OUT, dedupKey);
/** One index per label: a benign twin may sit close to its attack on purpose. */
const selfIndex: Record<0 | 1, NearDupIndex> = { 0: new NearDupIndex(), 1: new NearDupIndex() };
const r: Rng = mulberry32(20260802);
const dropped = { exact: 0, nearSelf: 0, nearOther: 0 };
/** HIJACK_DEBUG=1 lists every dropped text on stderr. */
const debug = process.env.HIJACK_DEBUG === '1';
const report = (why: string, t: string): void => {
  if (debug) process.stderr.write(`drop ${why}: ${t}\n`);
};

/** The only seeded change: a few English rows lower-cased, a few rows without their end mark. */
function style(text: string, lang: Lang): string {
  const x = r();
  if (lang === 'en' && x < 0.05 && !text.includes('\n')) return text.toLowerCase().replace(/[.]$/, '');
  if (x > 0.96) return text.replace(/[。.？?！!]$/, '');
  return text;
}

function offer(text: string, label: 0 | 1, lang: Lang, kind: string): boolean {
  const t = style(text, lang).trim();
  if (existing.has(dedupKey(t))) {
    dropped.exact++;
    report('exact', t);
    return false;
  }
  if (selfIndex[label].maxSimilarity(t) >= MAX_SIM_SELF) {
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
  selfIndex[label].add(t);
  return true;
}

const BLOCKS: Block[] = [
  ...ZH_HIJACK,
  ...ZH_DOC_NEG,
  ...EN_HIJACK,
  ...EN_DOC_NEG,
  ...REVERSE,
  ...ZH_ROLEPLAY,
  ...EN_ROLEPLAY,
  ...PERSONA_NEG,
  ...ZH_FEWSHOT,
  ...EN_FEWSHOT,
  ...SWITCH,
  ...ABOUT_INJECTION,
  ...ZH_LONG,
  ...ZH_MORE,
  ...EN_MORE,
];
for (const b of BLOCKS) for (const text of b.texts) offer(text, b.label, b.lang, b.kind);

process.stderr.write(`dropped: ${JSON.stringify(dropped)}\n`);
file.write();
file.printCategories();
