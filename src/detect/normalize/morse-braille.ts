/**
 * Letters written in Morse code (".. --. -. --- .-. ." for "ignore") or in Braille cells ("⠊⠛⠝⠕⠗⠑"):
 * encodings that red-team tools try on every model (garak's InjectMorse and InjectBraille) and that a
 * filter reading words sees as punctuation or symbols. Each run is written out as letters in place.
 */
import { wordRank } from './english-words.js';
import { replaceDecoded } from './replace-decoded.js';

const MORSE_LETTERS: Readonly<Record<string, string>> = {
  '.-': 'a',
  '-...': 'b',
  '-.-.': 'c',
  '-..': 'd',
  '.': 'e',
  '..-.': 'f',
  '--.': 'g',
  '....': 'h',
  '..': 'i',
  '.---': 'j',
  '-.-': 'k',
  '.-..': 'l',
  '--': 'm',
  '-.': 'n',
  '---': 'o',
  '.--.': 'p',
  '--.-': 'q',
  '.-.': 'r',
  '...': 's',
  '-': 't',
  '..-': 'u',
  '...-': 'v',
  '.--': 'w',
  '-..-': 'x',
  '-.--': 'y',
  '--..': 'z',
  '-----': '0',
  '.----': '1',
  '..---': '2',
  '...--': '3',
  '....-': '4',
  '.....': '5',
  '-....': '6',
  '--...': '7',
  '---..': '8',
  '----.': '9',
};

/** Braille cells of English Grade 1 letters (U+2801 "⠁" = a …). */
const BRAILLE_LETTERS: ReadonlyMap<string, string> = new Map(
  [...'⠁⠃⠉⠙⠑⠋⠛⠓⠊⠚⠅⠇⠍⠝⠕⠏⠟⠗⠎⠞⠥⠧⠺⠭⠽⠵'].map((cell, i) => [cell, String.fromCharCode(0x61 + i)]),
);

export const MORSE_BRAILLE_PATTERNS = {
  /**
   * Six Morse letters or more: codes of dots and dashes, letters split by a space, words by a slash
   * or three spaces; nothing of a word or number joined to either end.
   */
  morse: /(?<![\w.-])[.-]{1,6}(?:(?: \/ | {3}| )[.-]{1,6}){5,4000}(?![\w.-])/g,
  /** A run of Braille cells, spaces between words. */
  braille: /[\u2800-\u28ff]+(?: [\u2800-\u28ff]+)*/g,
  brailleCell: /[\u2800-\u28ff]/,
  wordSeparator: / \/ | {3}/,
} as const;

/** Fewest English words of three letters or more a decoded run must hold. */
const MIN_ENGLISH = 2;

/** Whether decoded text reads as English: two or more words of three letters that are words, and half of them. */
function readsAsEnglish(text: string): boolean {
  const words = text.split(' ').filter((w) => w.length >= 3);
  const english = words.filter((w) => Number.isFinite(wordRank(w))).length;
  return english >= MIN_ENGLISH && english * 2 >= words.length;
}

function decodeMorse(run: string): string | undefined {
  let unknown = 0;
  const words = run.split(MORSE_BRAILLE_PATTERNS.wordSeparator).map((word) =>
    word
      .split(' ')
      .map((code) => {
        const letter = MORSE_LETTERS[code];
        if (letter === undefined) unknown++;
        return letter ?? '?';
      })
      .join(''),
  );
  const text = words.join(' ');
  return unknown * 10 <= text.length && readsAsEnglish(text) ? text : undefined;
}

function decodeBraille(run: string): string | undefined {
  let letters = 0;
  const text = [...run]
    .map((cell) => {
      if (cell === ' ') return ' ';
      const letter = BRAILLE_LETTERS.get(cell);
      if (letter !== undefined) letters++;
      return letter ?? '?';
    })
    .join('');
  return letters * 10 >= text.replace(/ /g, '').length * 9 && readsAsEnglish(text) ? text : undefined;
}

/** `text` with the runs of `pattern` that `decode` reads written out; undefined when none is read. */
function decodeRuns(
  text: string,
  pattern: RegExp,
  decode: (run: string) => string | undefined,
): string | undefined {
  const out = replaceDecoded(text, pattern, decode);
  return out.replaced > 0 ? out.text : undefined;
}

/** The text with its Morse runs written as letters, when it has one; otherwise undefined. */
export function morsePayload(text: string): string | undefined {
  if (!text.includes('.-') && !text.includes('-.')) return undefined;
  return decodeRuns(text, MORSE_BRAILLE_PATTERNS.morse, decodeMorse);
}

/** The text with its Braille runs written as letters, when it has one; otherwise undefined. */
export function braillePayload(text: string): string | undefined {
  if (!MORSE_BRAILLE_PATTERNS.brailleCell.test(text)) return undefined;
  return decodeRuns(text, MORSE_BRAILLE_PATTERNS.braille, decodeBraille);
}
