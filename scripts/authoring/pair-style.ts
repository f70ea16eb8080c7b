/**
 * Register noise for frame-filled pairs, the same kind for both halves so it carries no label: a small
 * typo, all lower case without the final stop, or a chatty opener (EN); a polite opener or an urgent
 * tail (ZH). Each generator brings its own openers and tails; the draws are the same for all.
 */
import type { Lang } from './authored-file.js';
import type { Pair } from './pairs.js';
import { pick, type Rng, typo } from './seeded.js';

export interface PairStyle {
  enOpeners: readonly string[];
  zhOpeners: readonly string[];
  zhTails: readonly string[];
}

export function stylePair(random: Rng, [h, b]: Pair, lang: Lang, lists: PairStyle): Pair {
  const r = random();
  if (lang === 'en') {
    if (r < 0.07) return [typo(random, h, 5), typo(random, b, 5)];
    if (r < 0.14) {
      const low = (s: string) => s.toLowerCase().replace(/[.?!]$/, '');
      return [low(h), low(b)];
    }
    if (r < 0.2) {
      const opener = pick(random, lists.enOpeners);
      const open = (s: string) =>
        opener + (/^[A-Z][a-z]/.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s);
      return [open(h), open(b)];
    }
    return [h, b];
  }
  if (r < 0.1 && !h.startsWith('请') && !b.startsWith('请')) {
    const opener = pick(random, lists.zhOpeners);
    return [opener + h, opener + b];
  }
  if (r < 0.2) {
    const tail = pick(random, lists.zhTails);
    const end = (s: string) => s.replace(/[。？?]$/u, '') + tail;
    return [end(h), end(b)];
  }
  return [h, b];
}
