/**
 * Writes data/authored/train-benign-lookalike.jsonl: safe prompts (EN, ZH), label 0, that use harm
 * vocabulary without being harmful, the exaggerated-safety pattern: homonyms (kill a process, 杀进程),
 * idioms (kill time, 笑死), safe targets (kill weeds, 灭蟑螂), games and fiction (Hitman, 狼人杀),
 * definitions of crimes, history and news, public figures and organisations, buying ordinary things,
 * protective and help-seeking questions, and harmless tasks in "step-by-step instructions" frames.
 * Hand-written rows from scripts/authoring/benign-lookalike/ plus a deterministic combinatorial share
 * (fixed seed) that tops each kind up to a target count. Rows already in data/authored/train*.jsonl are
 * skipped.
 * Run: npx tsx scripts/authoring/benign-lookalike.ts
 */
import { mulberry32 } from '../../src/detect/classifier/trainer.js';
import { AuthoredFile, dedupKey, existingTexts, type Lang } from './authored-file.js';
import { EN_HAND } from './benign-lookalike/en-hand.js';
import { EN_PARTS, type Part, ZH_PARTS } from './benign-lookalike/parts.js';
import { ZH_HAND } from './benign-lookalike/zh-hand.js';
import { shuffle } from './seeded.js';

const OUT = 'train-benign-lookalike.jsonl';
/** Rows per kind after topping up with combinations. */
const TARGET: Record<Lang, number> = { en: 90, zh: 60 };

const existing = existingTexts({ exclude: OUT, key: dedupKey });

const file = new AuthoredFile(OUT, dedupKey);
const perKind = new Map<string, number>();
const add = (text: string, lang: Lang, kind: string): void => {
  if (!existing.has(dedupKey(text)) && file.add(text, 0, lang, `benign:${kind}`))
    perKind.set(`${lang}:${kind}`, (perKind.get(`${lang}:${kind}`) ?? 0) + 1);
};

const random = mulberry32(20260611);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;

/** Light register noise for English: openers, closers, lower case, dropped question mark. */
function styleEn(text: string): string {
  let t = text;
  const r = random();
  if (r < 0.1)
    t = pick(['hey, ', 'quick q: ', 'so ', 'Hi! ', 'ok ']) + t.charAt(0).toLowerCase() + t.slice(1);
  else if (r < 0.18) t = t.replace(/[.?!]$/, '') + pick([' thanks', '??', ' pls', ' :)', ' — any ideas?']);
  if (random() < 0.15) t = t.toLowerCase().replace(/[.?]$/, '');
  return t;
}
function styleZh(text: string): string {
  const r = random();
  if (r < 0.12) return pick(['请问', '问一下，', '想知道', '大家好，']) + text;
  if (r < 0.22) return text.replace(/[。？?]$/u, '') + pick(['？谢谢', '，急', '，有懂的吗', '？？']);
  return text;
}

function hand(block: string, lang: Lang): void {
  for (const line of block.split('\n')) {
    const bar = line.indexOf('|');
    if (bar > 0) add(line.slice(bar + 1), lang, line.slice(0, bar));
  }
}

/**
 * Tops each kind up to TARGET with frame × filler combinations, spreading over fillers first
 * (every filler once before any filler twice).
 */
function topUp(parts: Part[], lang: Lang): void {
  const kinds = [...new Set(parts.map(([k]) => k))];
  for (const kind of kinds) {
    const combos: { text: string; rank: number }[] = [];
    for (const [k, frames, fillers] of parts) {
      if (k !== kind) continue;
      const uses = new Map<string, number>();
      for (const [frame, filler] of shuffle(
        random,
        frames.flatMap((f) => fillers.map((x) => [f, x] as const)),
      )) {
        const n = uses.get(filler) ?? 0;
        uses.set(filler, n + 1);
        combos.push({ text: frame.replace('{X}', filler), rank: n + random() });
      }
    }
    combos.sort((a, b) => a.rank - b.rank);
    for (const { text } of combos) {
      if ((perKind.get(`${lang}:${kind}`) ?? 0) >= TARGET[lang]) break;
      add(lang === 'en' ? styleEn(text) : styleZh(text), lang, kind);
    }
  }
}

hand(EN_HAND, 'en');
topUp(EN_PARTS, 'en');
hand(ZH_HAND, 'zh');
topUp(ZH_PARTS, 'zh');

file.write();
for (const [k, n] of [...perKind].sort()) process.stdout.write(`  ${k}: ${n}\n`);
