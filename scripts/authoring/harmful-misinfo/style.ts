/**
 * Register noise for frame fills, the same kind for both halves of a pair: a small typo, all lower case
 * without the final stop, or a chatty opener (EN); a polite opener or an urgent tail (ZH).
 */
import type { Lang } from '../authored-file.js';
import { pick, type Rng, typo } from '../seeded.js';
import type { Pair } from './types.js';

const EN_OPENERS = ['hey, ', 'quick question: ', 'ok so ', 'hi, ', 'real question - '];
const ZH_OPENERS = ['请问', '问一下，', '大家好，', '想请教一下，'];
const ZH_TAILS = ['，急', '，在线等', '？谢谢', '，有懂的吗'];

export function style(random: Rng, [h, b]: Pair, lang: Lang): Pair {
  const r = random();
  if (lang === 'en') {
    if (r < 0.07) return [typo(random, h, 5), typo(random, b, 5)];
    if (r < 0.14) {
      const low = (s: string) => s.toLowerCase().replace(/[.?!]$/, '');
      return [low(h), low(b)];
    }
    if (r < 0.2) {
      const opener = pick(random, EN_OPENERS);
      const open = (s: string) =>
        opener + (/^[A-Z][a-z]/.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s);
      return [open(h), open(b)];
    }
    return [h, b];
  }
  if (r < 0.1 && !h.startsWith('请') && !b.startsWith('请')) {
    const opener = pick(random, ZH_OPENERS);
    return [opener + h, opener + b];
  }
  if (r < 0.2) {
    const tail = pick(random, ZH_TAILS);
    const end = (s: string) => s.replace(/[。？?]$/u, '') + tail;
    return [end(h), end(b)];
  }
  return [h, b];
}
