/**
 * Letters spelt with the NATO phonetic alphabet ("india golf november oscar romeo echo" for
 * "ignore"), another encoding red-team tools try on every model (garak's InjectNato). A run of six
 * code words or more is written out as its letters; a run's letters join into one word, and the
 * normaliser splits a sentence run together back into words when the payload is normalised.
 */
import { replaceDecoded } from './replace-decoded.js';

const CODE_WORDS: Readonly<Record<string, string>> = {
  alfa: 'a',
  alpha: 'a',
  bravo: 'b',
  charlie: 'c',
  delta: 'd',
  echo: 'e',
  foxtrot: 'f',
  golf: 'g',
  hotel: 'h',
  india: 'i',
  juliet: 'j',
  juliett: 'j',
  kilo: 'k',
  lima: 'l',
  mike: 'm',
  november: 'n',
  oscar: 'o',
  papa: 'p',
  quebec: 'q',
  romeo: 'r',
  sierra: 's',
  tango: 't',
  uniform: 'u',
  victor: 'v',
  whiskey: 'w',
  whisky: 'w',
  xray: 'x',
  'x-ray': 'x',
  yankee: 'y',
  zulu: 'z',
};

const CODE =
  '(?:alfa|alpha|bravo|charlie|delta|echo|foxtrot|golf|hotel|india|juliett?|kilo|lima|mike|november|oscar|papa|quebec|romeo|sierra|tango|uniform|victor|whiske?y|x-?ray|yankee|zulu)';

export const NATO_PATTERNS = {
  /** Six code words or more in a row, joined by a space, a comma or a hyphen (lower-case text). */
  run: new RegExp(`(?<![a-z])${CODE}(?:(?:, ?| |-)${CODE}){5,2000}(?![a-z])`, 'g'),
  word: new RegExp(CODE, 'g'),
} as const;

/** The letters of a run of code words. */
function spell(run: string): string {
  return (run.match(NATO_PATTERNS.word) ?? []).map((word) => CODE_WORDS[word] ?? '').join('');
}

/** The (normalised, lower-case) text with its runs of NATO code words spelt out; otherwise undefined. */
export function natoPayload(text: string): string | undefined {
  // "e" and "t" are the commonest letters: a spelt sentence without either is rare.
  if (!text.includes('echo') && !text.includes('tango')) return undefined;
  const out = replaceDecoded(text, NATO_PATTERNS.run, spell);
  return out.replaced > 0 ? out.text : undefined;
}
