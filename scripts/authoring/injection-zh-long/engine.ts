/**
 * A tiny deterministic template language for the long Chinese jailbreak file:
 * «a|b|c» picks one alternative (nestable), $X inserts a per-row variable.
 */
import { pick, type Rng, shuffle } from '../seeded.js';

export { pick, type Rng, shuffle };

export interface Ctx {
  r: Rng;
  v: Record<string, string>;
}

export function pickN<T>(r: Rng, arr: readonly T[], n: number): T[] {
  return shuffle(r, arr).slice(0, Math.min(n, arr.length));
}

export function int(r: Rng, lo: number, hi: number): number {
  return lo + Math.floor(r() * (hi - lo + 1));
}

/** Expands «a|b» alternations (depth-aware) and $X variables. */
export function ex(c: Ctx, t: string): string {
  let out = '';
  let i = 0;
  while (i < t.length) {
    const ch = t[i] as string;
    if (ch === '«') {
      let depth = 1;
      let j = i + 1;
      const parts: string[] = [];
      let start = j;
      while (j < t.length && depth > 0) {
        const cj = t[j];
        if (cj === '«') depth++;
        else if (cj === '»') {
          depth--;
          if (depth === 0) break;
        } else if (cj === '|' && depth === 1) {
          parts.push(t.slice(start, j));
          start = j + 1;
        }
        j++;
      }
      parts.push(t.slice(start, j));
      out += ex(c, pick(c.r, parts));
      i = j + 1;
    } else if (ch === '$' && /[A-Z]/.test(t[i + 1] ?? '')) {
      const name = t[i + 1] as string;
      const val = c.v[name];
      out += val === undefined ? `$${name}` : ex(c, val);
      i += 2;
    } else {
      out += ch;
      i++;
    }
  }
  return out;
}

const CN_NUM = [
  '一',
  '二',
  '三',
  '四',
  '五',
  '六',
  '七',
  '八',
  '九',
  '十',
  '十一',
  '十二',
  '十三',
  '十四',
  '十五',
];
const CIRCLED = ['①', '②', '③', '④', '⑤', '⑥', '⑦', '⑧', '⑨', '⑩', '⑪', '⑫', '⑬', '⑭', '⑮'];

type Bullet = (i: number) => string;
const BULLETS: Bullet[] = [
  (i) => `${i + 1}. `,
  (i) => `${i + 1}）`,
  (i) => `${i + 1}、`,
  (i) => `${CN_NUM[i]}、`,
  (i) => `${CIRCLED[i]} `,
  (i) => `【规则${CN_NUM[i]}】`,
  (i) => `第${CN_NUM[i]}条：`,
  () => '- ',
  () => '• ',
  (i) => `Rule ${i + 1}：`,
  (i) => `(${i + 1}) `,
  (i) => `${i + 1}⃣ `,
];

/** Formats expanded items as a list in a randomly chosen bullet style. */
export function list(c: Ctx, items: readonly string[], bullets: Bullet[] = BULLETS): string {
  const b = pick(c.r, bullets);
  return items.map((it, i) => `${b(i)}${ex(c, it)}`).join('\n');
}

/** Expands n random templates from a pool. */
export function some(c: Ctx, pool: readonly string[], n: number): string[] {
  return pickN(c.r, pool, n).map((t) => ex(c, t));
}

const HEADINGS: ((s: string) => string)[] = [
  (s) => `【${s}】`,
  (s) => `## ${s}`,
  (s) => `### ${s}`,
  (s) => `〔${s}〕`,
  (s) => `==== ${s} ====`,
  (s) => `▶ ${s}`,
  (s) => `# ${s}`,
  (s) => `${s}：`,
  (s) => `【${s}】——`,
  (s) => `✦ ${s} ✦`,
];

/** Returns a heading function fixed for one row, so all headings in a row share a style. */
export function headingStyle(c: Ctx): (s: string) => string {
  const h = pick(c.r, HEADINGS);
  return (s) => h(ex(c, s));
}
