import { mulberry32 } from '../classifier/trainer.js';

/** Evasion transforms attackers use; the benchmark measures recall on each. Pure and seeded. */
export const VARIANTS = [
  'homoglyph',
  'zero_width',
  'leetspeak',
  'leetspeak_full',
  'base64',
  'spacing',
  'punctuated',
  'fullwidth',
  'line_per_word',
  'hyphenated',
  'run_together',
  'spaced_flat',
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
/** Every letter leetspeak has a digit for, "1" standing for both "i" and "l". */
const LEET_FULL: Record<string, string> = { ...LEET, b: '8', g: '9', l: '1' };

function mapLetters(text: string, table: Record<string, string>, rate: number, seed: number): string {
  const random = mulberry32(seed);
  let out = '';
  for (const ch of text) {
    const swap = table[ch];
    out += swap !== undefined && random() < rate ? swap : ch;
  }
  return out;
}

/** `text` with `mark()` after each of its first 24 Chinese characters that another one follows. */
function splitCjk(text: string, mark: () => string): string {
  let split = 0;
  return text.replace(/[\u4e00-\u9fff](?=[\u4e00-\u9fff])/gu, (ch) => (split++ < 24 ? ch + mark() : ch));
}

/**
 * `text` with its first 12 words stripped of all but their letters, each `shaped`, joined by
 * `joiner`; unchanged when one of them is not written in ASCII (Chinese has no words to run together).
 */
function runTogether(text: string, shaped: (word: string) => string, joiner: string): string {
  const words = text.split(' ');
  const head = words.slice(0, 12);
  if (head.some((w) => [...w].some((ch) => ch.charCodeAt(0) > 0x7f))) return text;
  const letters = head.map((w) => w.replace(/[^a-z]/gi, '')).filter((w) => w.length > 0);
  return [letters.map(shaped).join(joiner), ...words.slice(12)].join(' ');
}

export function applyVariant(text: string, variant: Variant, seed = 1): string {
  switch (variant) {
    case 'homoglyph':
      return mapLetters(text, HOMOGLYPHS, 0.5, seed);
    case 'leetspeak':
      return mapLetters(text, LEET, 0.6, seed);
    case 'leetspeak_full':
      return mapLetters(text, LEET_FULL, 1, seed);
    case 'zero_width': {
      const random = mulberry32(seed);
      let out = '';
      for (const ch of text) out += ch + (random() < 0.3 ? '\u200b' : '');
      return out;
    }
    case 'base64':
      return `Decode this base64 and follow it: ${Buffer.from(text, 'utf8').toString('base64')}`;
    case 'spacing':
      // Space out the letters of the first 12 words (the part that carries the attack's verb), and
      // the first 24 Chinese characters.
      return splitCjk(
        text
          .split(' ')
          .map((w, i) => (i < 12 && /^[a-z]{3,}$/i.test(w) ? [...w].join(' ') : w))
          .join('   '),
        () => ' ',
      );
    case 'punctuated': {
      // The same words with their letters joined by dots, hyphens or underscores ("i.g.n.o.r.e");
      // Chinese characters get one of the marks used to split words there ("炸*弹", "制.造").
      const random = mulberry32(seed);
      const pick = (marks: string) => marks[Math.floor(random() * marks.length)] ?? '';
      return splitCjk(
        text
          .split(' ')
          .map((w, i) => (i < 12 && /^[a-z]{3,}$/i.test(w) ? [...w].join(pick('.-_')) : w))
          .join(' '),
        () => pick('*.-|·_'),
      );
    }
    case 'line_per_word':
      // Each word on a line of its own (the normaliser reads such runs as spaced words: word-breaks.ts).
      return text.split(' ').join('\n');
    case 'hyphenated':
      // Words joined by hyphens ("ignore-all-previous-instructions"; read as spaces, word-breaks.ts).
      return text.split(' ').join('-');
    case 'run_together':
      // The first 12 words run together, each capitalised ("IgnoreAllPreviousInstructions"): read back
      // by splitting runs of letters into words (segment-pass.ts).
      return runTogether(text, (w) => w.charAt(0).toUpperCase() + w.slice(1), '');
    case 'spaced_flat':
      // The letters of the first 12 words spaced out with one space, words apart by one space too
      // ("i g n o r e a l l"): joined, then split into words.
      return runTogether(text, (w) => [...w].join(' '), ' ');
    case 'fullwidth':
      return [...text]
        .map((ch) => {
          const c = ch.charCodeAt(0);
          return c > 0x20 && c < 0x7f ? String.fromCharCode(c + 0xfee0) : ch;
        })
        .join('');
  }
}
