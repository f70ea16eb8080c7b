/** Context words: a cheap window look-up around a match, lower-cased once per window. */

const DEFAULT_BEFORE = 48;
const DEFAULT_AFTER = 24;

export function hasContext(
  text: string,
  start: number,
  end: number,
  words: readonly string[],
  before = DEFAULT_BEFORE,
  after = DEFAULT_AFTER,
): boolean {
  if (words.length === 0) return false;
  const window =
    `${text.slice(Math.max(0, start - before), start)} ${text.slice(end, end + after)}`.toLowerCase();
  for (const word of words) if (window.includes(word)) return true;
  return false;
}
