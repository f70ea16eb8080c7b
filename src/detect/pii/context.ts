/**
 * Context words: a look-up in the window around a match. `lower` is the whole text lower-cased once
 * by the caller (same length as the text), so no window is lower-cased again.
 */

const DEFAULT_BEFORE = 48;
const DEFAULT_AFTER = 24;

export function hasContext(
  lower: string,
  start: number,
  end: number,
  words: readonly string[],
  before = DEFAULT_BEFORE,
  after = DEFAULT_AFTER,
): boolean {
  if (words.length === 0) return false;
  const from = Math.max(0, start - before);
  // The match itself is blanked out, so that only its surroundings count.
  const window = `${lower.slice(from, start)}\u0000${lower.slice(end, end + after)}`;
  for (const word of words) if (window.includes(word)) return true;
  return false;
}
