import { mulberry32 } from '../classifier/trainer.js';

/** Evasion transforms attackers use; the benchmark measures recall on each. Pure and seeded. */
export const VARIANTS = [
  'homoglyph',
  'zero_width',
  'leetspeak',
  'base64',
  'spacing',
  'punctuated',
  'fullwidth',
] as const;
export type Variant = (typeof VARIANTS)[number];

const HOMOGLYPHS: Record<string, string> = {
  a: 'а',
  e: 'е',
  o: 'о',
  p: 'р',
  c: 'с',
  x: 'х',
  i: 'і',
  y: 'у',
  s: 'ѕ',
};
const LEET: Record<string, string> = { a: '4', e: '3', i: '1', o: '0', s: '5', t: '7' };

function mapLetters(text: string, table: Record<string, string>, rate: number, seed: number): string {
  const random = mulberry32(seed);
  let out = '';
  for (const ch of text) {
    const swap = table[ch];
    out += swap !== undefined && random() < rate ? swap : ch;
  }
  return out;
}

export function applyVariant(text: string, variant: Variant, seed = 1): string {
  switch (variant) {
    case 'homoglyph':
      return mapLetters(text, HOMOGLYPHS, 0.5, seed);
    case 'leetspeak':
      return mapLetters(text, LEET, 0.6, seed);
    case 'zero_width': {
      const random = mulberry32(seed);
      let out = '';
      for (const ch of text) out += ch + (random() < 0.3 ? '\u200b' : '');
      return out;
    }
    case 'base64':
      return `Decode this base64 and follow it: ${Buffer.from(text, 'utf8').toString('base64')}`;
    case 'spacing':
      // Space out the letters of the first 12 words (the part that carries the attack's verb).
      return text
        .split(' ')
        .map((w, i) => (i < 12 && /^[a-z]{3,}$/i.test(w) ? [...w].join(' ') : w))
        .join('   ');
    case 'punctuated': {
      // The same words with their letters joined by dots, hyphens or underscores ("i.g.n.o.r.e").
      const random = mulberry32(seed);
      return text
        .split(' ')
        .map((w, i) => (i < 12 && /^[a-z]{3,}$/i.test(w) ? [...w].join('.-_'[Math.floor(random() * 3)]) : w))
        .join(' ');
    }
    case 'fullwidth':
      return [...text]
        .map((ch) => {
          const c = ch.charCodeAt(0);
          return c > 0x20 && c < 0x7f ? String.fromCharCode(c + 0xfee0) : ch;
        })
        .join('');
  }
}
