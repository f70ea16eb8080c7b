/**
 * Writes data/authored/train-injection-zh-long.jsonl: long (300–2,000 characters) Chinese jailbreak
 * prompts in the shapes real collections are dominated by (DAN / 开发者模式 / dual answers / 猫娘 / AIM /
 * 沉浸式角色扮演 / fake system configs / token games / novel frames / 奶奶漏洞), plus long benign
 * look-alikes (GM rules, tutor personas, bot system prompts, prompt templates, defender articles,
 * Android/Chrome 开发者模式 docs …). Blocks are hand-written in scripts/authoring/injection-zh-long/;
 * this script assembles them deterministically and keeps any two rows from sharing more than one
 * sentence. Run: npx tsx scripts/authoring/injection-zh-long.ts
 */
import { mulberry32 } from '../../src/detect/classifier/trainer.js';
import { AuthoredFile } from './authored-file.js';
import { ATTACK_FAMILIES, attackVars } from './injection-zh-long/attacks.js';
import type { Ctx } from './injection-zh-long/engine.js';
import { withAttackExtras, withNegExtras } from './injection-zh-long/extras.js';
import { NEG_KINDS } from './injection-zh-long/negatives.js';
import { toTraditional } from './injection-zh-long/trad.js';

const MIN = 300;
const MAX = 2000;
const ATTACKS_PER_FAMILY = 22;
const NEGS_PER_KIND = 18;
/** Every how-many-th row of a family is written in traditional characters. */
const TRAD_EVERY_ATTACK = 11;
const TRAD_EVERY_NEG = 9;

const file = new AuthoredFile('train-injection-zh-long.jsonl');
const r = mulberry32(20240611);
const sentenceSets: Set<string>[] = [];

function sentences(text: string): Set<string> {
  return new Set(
    text
      .split(/[。！？!?\n；]/)
      .map((s) => s.replace(/\s+/g, '').replace(/^[-•#【】\d.、（）()①-⑮]+/, ''))
      .filter((s) => s.length >= 8 && (s.match(/[\u4e00-\u9fff]/g)?.length ?? 0) >= 4),
  );
}

function sharesTooMuch(s: Set<string>): boolean {
  for (const other of sentenceSets) {
    let n = 0;
    for (const x of s) if (other.has(x) && ++n > 1) return true;
  }
  return false;
}

function generate(
  make: (c: Ctx, long: boolean) => string,
  label: 0 | 1,
  category: string,
  count: number,
  longShare: number,
  tradEvery: number,
): void {
  let made = 0;
  for (let i = 0; made < count && i < count * 60; i++) {
    const c: Ctx = { r, v: {} };
    if (label === 1) attackVars(c);
    const long = r() < longShare;
    const raw = make(c, long);
    let text = (label === 1 ? withAttackExtras(c, raw, long) : withNegExtras(c, raw, long)).trim();
    if (text.length < MIN || text.length > MAX) continue;
    if (made % tradEvery === tradEvery - 1) text = toTraditional(text);
    const s = sentences(text);
    if (sharesTooMuch(s)) continue;
    if (!file.add(text, label, 'zh', category)) continue;
    sentenceSets.push(s);
    made++;
  }
  if (made < count) process.stderr.write(`${category}: only ${made}/${count}\n`);
}

for (const [family, make] of ATTACK_FAMILIES)
  generate(make, 1, `injection:${family}`, ATTACKS_PER_FAMILY, 0.72, TRAD_EVERY_ATTACK);
/** Kinds with fewer fixed-sentence variants get fewer rows so rows stay distinct. */
const NEG_COUNTS: Record<string, number> = { 'security-article': 12, 'devmode-docs': 16 };
for (const [kind, make] of NEG_KINDS)
  generate(make, 0, `injection:neg-long-${kind}`, NEG_COUNTS[kind] ?? NEGS_PER_KIND, 0.75, TRAD_EVERY_NEG);

file.write();
