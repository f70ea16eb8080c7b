/**
 * Writes data/authored/train-injection.jsonl: hand-written prompt-injection / jailbreak positives and
 * hard negatives (EN, ZH) from scripts/authoring/injection/, plus a deterministic combinatorial minority
 * (planted instructions in documents, hijacks appended to ordinary requests, assembled persona
 * jailbreaks, and the matching benign shapes). Run: npx tsx scripts/authoring/injection.ts
 * The eval file (data/authored/eval-injection.jsonl) is written by hand and not generated here.
 */
import { mulberry32 } from '../../src/detect/classifier/trainer.js';
import { AuthoredFile, type Lang } from './authored-file.js';
import * as C from './injection/combos.js';
import { EN_INDIRECT } from './injection/en-indirect.js';
import { EN_LONG } from './injection/en-long.js';
import { EN_NEG } from './injection/en-neg.js';
import { EN_POS } from './injection/en-pos.js';
import { EN_LONG_NEG, ZH_LONG_NEG } from './injection/long-neg.js';
import { EN_NEG_2, EN_POS_2, ZH_NEG_2, ZH_POS_2 } from './injection/more.js';
import { EN_NEG_3, EN_POS_3, ZH_NEG_3, ZH_POS_3 } from './injection/more3.js';
import { EN_NEG_4, EN_POS_4, ZH_NEG_4, ZH_POS_4 } from './injection/more4.js';
import { ZH_LONG } from './injection/zh-long.js';
import { ZH_NEG } from './injection/zh-neg.js';
import { ZH_POS } from './injection/zh-pos.js';

const file = new AuthoredFile('train-injection.jsonl');

function add(text: string, label: 0 | 1, lang: Lang, family: string): void {
  // Negatives are tagged "neg-<kind>" so the family says what kind of look-alike they are.
  file.add(text, label, lang, `injection:${label ? family : `neg-${family}`}`);
}

function lines(block: string, label: 0 | 1, lang: Lang): void {
  for (const line of block.split('\n')) {
    const bar = line.indexOf('|');
    if (bar < 0) continue;
    add(line.slice(bar + 1).replaceAll('\\n', '\n'), label, lang, line.slice(0, bar));
  }
}

lines(EN_POS, 1, 'en');
lines(EN_INDIRECT, 1, 'en');
lines(EN_NEG, 0, 'en');
lines(ZH_POS, 1, 'zh');
lines(ZH_NEG, 0, 'zh');
lines(EN_POS_2, 1, 'en');
lines(EN_NEG_2, 0, 'en');
lines(ZH_POS_2, 1, 'zh');
lines(ZH_NEG_2, 0, 'zh');
lines(EN_POS_3, 1, 'en');
lines(EN_NEG_3, 0, 'en');
lines(ZH_POS_3, 1, 'zh');
lines(ZH_NEG_3, 0, 'zh');
lines(EN_NEG_4, 0, 'en');
lines(ZH_NEG_4, 0, 'zh');
lines(EN_POS_4, 1, 'en');
lines(ZH_POS_4, 1, 'zh');
for (const [f, t] of EN_LONG) add(t, 1, 'en', f);
for (const [f, t] of ZH_LONG) add(t, 1, 'zh', f);
for (const [f, t] of EN_LONG_NEG) add(t, 0, 'en', f);
for (const [f, t] of ZH_LONG_NEG) add(t, 0, 'zh', f);

const random = mulberry32(20261121);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;

// Planted instructions in documents, and the same documents with an ordinary sentence.
function documents(
  wrappers: string[],
  planted: string[],
  plain: string[],
  lang: Lang,
  perWrapper: number,
): void {
  wrappers.forEach((w, i) => {
    for (let k = 0; k < perWrapper; k++) {
      add(w.replace('{X}', planted[(i * 5 + k * 7) % planted.length] ?? ''), 1, lang, 'indirect');
      add(w.replace('{X}', plain[(i * 3 + k * 5) % plain.length] ?? ''), 0, lang, 'doc');
    }
  });
}
documents(C.EN_WRAPPERS, C.EN_PLANTED, C.EN_PLAIN, 'en', 4);
documents(C.ZH_WRAPPERS, C.ZH_PLANTED, C.ZH_PLAIN, 'zh', 4);

// Short hijacks appended to an ordinary request (the request alone is a negative too).
function hijacks(base: string[], link: string[], lang: Lang, n: number): void {
  for (const q of base) add(q, 0, lang, 'plain');
  for (let k = 0; k < n; k++) add(pick(base) + pick(link), 1, lang, 'hijack');
}
hijacks(C.EN_BASE_Q, C.EN_HIJACK_LINK, 'en', 50);
hijacks(C.ZH_BASE_Q, C.ZH_HIJACK_LINK, 'zh', 50);

// Persona jailbreaks assembled from interchangeable paragraphs.
function jailbreaks(p: typeof C.EN_JB, lang: Lang, n: number): void {
  const sep = lang === 'en' ? ' ' : '';
  for (let k = 0; k < n; k++) {
    const name = pick(p.names);
    const parts = [pick(p.intro), `${pick(p.traits)}${sep}${pick(p.traits)}`, pick(p.enforce), pick(p.ask)];
    const text = parts.join(random() < 0.5 ? '\n\n' : sep).replaceAll('{N}', name);
    add(text, 1, lang, 'persona-assembled');
  }
}
jailbreaks(C.EN_JB, 'en', 60);
jailbreaks(C.ZH_JB, 'zh', 80);

// Benign system prompts and role-play set-ups assembled the same way (who, two rules, how to start).
function systemPrompts(p: typeof C.EN_SYS, lang: Lang, n: number): void {
  const sep = lang === 'en' ? ' ' : '';
  for (let k = 0; k < n; k++) {
    const [a, b] = [pick(p.rules), pick(p.rules)];
    const rules = a === b ? a : `${a}${sep}${b}`;
    add(
      [pick(p.who), rules, pick(p.start)].join(random() < 0.5 ? '\n\n' : sep),
      0,
      lang,
      'persona-assembled',
    );
  }
}
systemPrompts(C.EN_SYS, 'en', 70);
systemPrompts(C.ZH_SYS, 'zh', 70);

// Benign "from now on / instead / new task" follow-ups.
for (const lead of C.EN_BENIGN_SHIFT.lead)
  for (const ask of C.EN_BENIGN_SHIFT.ask) if (random() < 0.5) add(`${lead} ${ask}`, 0, 'en', 'shift');
for (const lead of C.ZH_BENIGN_SHIFT.lead)
  for (const ask of C.ZH_BENIGN_SHIFT.ask) if (random() < 0.5) add(`${lead}${ask}`, 0, 'zh', 'shift');

file.write();
