/** Small text encoders for the cipher family: each maps a lower-case plain text to its disguise. */
import { pick, type Rng } from '../seeded.js';

const A = 'a'.charCodeAt(0);

export function caesar(text: string, k: number): string {
  return text.replace(/[a-z]/g, (c) => String.fromCharCode(((c.charCodeAt(0) - A + k) % 26) + A));
}

export const reverseChars = (text: string): string => [...text].reverse().join('');

export const reverseWords = (text: string): string => text.split(' ').reverse().join(' ');

export function pigLatin(text: string): string {
  return text
    .split(' ')
    .map((w) => {
      const m = /^([^aeiou]*)(.*)$/.exec(w);
      const head = m?.[1] ?? '';
      const rest = m?.[2] ?? '';
      return rest.length === 0 ? `${w}ay` : head.length === 0 ? `${w}way` : `${rest}${head}ay`;
    })
    .join(' ');
}

export const base64 = (text: string): string => Buffer.from(text, 'utf8').toString('base64');

export const hex = (text: string): string =>
  [...Buffer.from(text, 'utf8')].map((b) => b.toString(16).padStart(2, '0')).join(' ');

const LEET: Record<string, string> = { a: '4', e: '3', i: '1', o: '0', s: '5', t: '7' };
export const leet = (text: string): string => text.replace(/[aeiost]/g, (c) => LEET[c] ?? c);

/** A1Z26: letters as numbers joined by dashes, words by " / ". */
export const numbers = (text: string): string =>
  text
    .split(' ')
    .map((w) => [...w].map((c) => (/[a-z]/.test(c) ? String(c.charCodeAt(0) - A + 1) : c)).join('-'))
    .join(' / ');

const MORSE: Record<string, string> = {
  a: '.-',
  b: '-...',
  c: '-.-.',
  d: '-..',
  e: '.',
  f: '..-.',
  g: '--.',
  h: '....',
  i: '..',
  j: '.---',
  k: '-.-',
  l: '.-..',
  m: '--',
  n: '-.',
  o: '---',
  p: '.--.',
  q: '--.-',
  r: '.-.',
  s: '...',
  t: '-',
  u: '..-',
  v: '...-',
  w: '.--',
  x: '-..-',
  y: '-.--',
  z: '--..',
};
export const morse = (text: string): string =>
  text
    .split(' ')
    .map((w) => [...w].map((c) => MORSE[c] ?? '').join(' '))
    .join(' / ');

/** Splits words of five letters or more into two or three pieces with a space, hyphen or dot. */
export function split(text: string, r: Rng): string {
  const sep = pick(r, [' ', '-', '.', ' ']);
  return text
    .split(' ')
    .map((w) => {
      if (w.length < 5) return w;
      const cut = 2 + Math.floor(r() * (w.length - 3));
      return `${w.slice(0, cut)}${sep}${w.slice(cut)}`;
    })
    .join(' ');
}

/** Words whose first letters spell the text (letters only), drawn from a small word bank per letter. */
const BANK: Record<string, readonly string[]> = {
  a: ['Always', 'Apples', 'Around', 'Anna'],
  b: ['Bring', 'Blue', 'Before', 'Boats'],
  c: ['Carrots', 'Come', 'Clever', 'Cats'],
  d: ['Dogs', 'Daily', 'Dance', 'Down'],
  e: ['Every', 'Evening', 'Eagles', 'Easy'],
  f: ['Friday', 'Fresh', 'Forest', 'Find'],
  g: ['Green', 'Gardens', 'Go', 'Gentle'],
  h: ['Happy', 'Hills', 'Home', 'Horses'],
  i: ['In', 'Ice', 'Island', 'Ink'],
  j: ['July', 'Jam', 'Jolly', 'Jump'],
  k: ['Kites', 'Keep', 'Kind', 'Kettles'],
  l: ['Lemons', 'Light', 'Lazy', 'Lakes'],
  m: ['Morning', 'Mice', 'Maple', 'Mild'],
  n: ['Never', 'Nice', 'North', 'Noodles'],
  o: ['Orange', 'Over', 'Owls', 'Often'],
  p: ['Purple', 'Pears', 'Paint', 'Pretty'],
  q: ['Quiet', 'Quick', 'Quilts', 'Queens'],
  r: ['Red', 'Rivers', 'Rain', 'Rabbits'],
  s: ['Sunny', 'Seven', 'Sheep', 'Soft'],
  t: ['Tea', 'Trees', 'Today', 'Tiny'],
  u: ['Under', 'Umbrellas', 'Up', 'Usually'],
  v: ['Very', 'Violets', 'Valleys', 'Velvet'],
  w: ['Wind', 'Warm', 'Wolves', 'Winter'],
  x: ['Xylophones', 'Xmas'],
  y: ['Yellow', 'Yesterday', 'Young', 'Yaks'],
  z: ['Zebras', 'Zany', 'Zigzag'],
};
export function acrostic(text: string, r: Rng): string {
  return [...text.replace(/[^a-z]/g, '')].map((c) => pick(r, BANK[c] ?? [c.toUpperCase()])).join(' ');
}
