/** Small string helpers shared by the authoring generators. */

/** The text with its first character upper-cased. */
export const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** The non-empty, trimmed lines of a hand-written block (one row a line). */
export const blockLines = (block: string): string[] =>
  block
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0);

/** Han characters in a text. */
export const hanCount = (s: string): number => (s.match(/\p{Script=Han}/gu) ?? []).length;

/** Whitespace-separated words in a text. */
export const wordCount = (s: string): number => s.split(/\s+/).filter((w) => w.length > 0).length;
