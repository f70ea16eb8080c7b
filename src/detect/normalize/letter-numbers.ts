/**
 * Letters written as their place in the alphabet (the A1Z26 cipher): "9-7-14-15-18-5 18-21-12-5-19"
 * reads "ignore rules". A prompt gives the key ("1=a, 2=b…") and asks the model to decode and follow;
 * a filter that reads words sees numbers. Read back only when most of the decoded words are English.
 */
import { wordRank } from './english-words.js';

/** Fewest English words of three letters or more a payload has ("ignore rules"). */
const MIN_ENGLISH = 2;

/** A number from 1 to 26. */
const LETTER = '(?:2[0-6]|1[0-9]|[1-9])';

export const LETTER_NUMBER_PATTERNS = {
  /** A word: two to 30 letter numbers joined by dashes, not inside a longer run of digits or dashes. */
  word: new RegExp(`(?<![0-9-])${LETTER}(?:-${LETTER}){1,29}(?![0-9-])`, 'g'),
  /** Three letter numbers joined by dashes: texts without one are not read at all. */
  probe: new RegExp(`(?<![0-9])${LETTER}-${LETTER}-${LETTER}(?![0-9])`),
} as const;

/** Whether the numbers count up by one ("1-2-3", "7-8-9"): counting, not a word ("abc", "ghi"). */
function isCount(numbers: readonly number[]): boolean {
  return numbers.every((n, i) => i === 0 || n === (numbers[i - 1] ?? 0) + 1);
}

/** The text with its words of letter numbers read as letters, when most are English; otherwise undefined. */
export function letterNumbersPayload(text: string): string | undefined {
  if (!LETTER_NUMBER_PATTERNS.probe.test(text)) return undefined;
  let words = 0;
  let english = 0;
  const out = text.replace(LETTER_NUMBER_PATTERNS.word, (run) => {
    const numbers = run.split('-').map(Number);
    const word = String.fromCharCode(...numbers.map((n) => 0x60 + n));
    words++;
    if (word.length >= 3 && !isCount(numbers) && Number.isFinite(wordRank(word))) english++;
    return word;
  });
  // Scores and ranges ("3-1", "12-24-7") decode to letters too, but seldom to words.
  return english >= MIN_ENGLISH && english * 3 >= words * 2 ? out : undefined;
}
