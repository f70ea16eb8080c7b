/** The writing systems the rows of injection-multilingual are checked against, and how to count them. */

export const SCRIPTS = {
  latin: /\p{Script=Latin}/gu,
  han: /\p{Script=Han}/gu,
  kana: /[\p{Script=Hiragana}\p{Script=Katakana}]/gu,
  hangul: /\p{Script=Hangul}/gu,
  cyrillic: /\p{Script=Cyrillic}/gu,
  arabic: /\p{Script=Arabic}/gu,
  devanagari: /\p{Script=Devanagari}/gu,
  thai: /\p{Script=Thai}/gu,
  hebrew: /\p{Script=Hebrew}/gu,
  greek: /\p{Script=Greek}/gu,
} as const;
export type Script = keyof typeof SCRIPTS;

/** Every script but Latin: none may appear in a Latin-script row. */
export const NOT_LATIN: Script[] = [
  'han',
  'kana',
  'hangul',
  'cyrillic',
  'arabic',
  'devanagari',
  'thai',
  'hebrew',
  'greek',
];

/** Letters of one script in a text. */
export const count = (text: string, s: Script): number => (text.match(SCRIPTS[s]) ?? []).length;

/** Runs of letters of one script: a Korean word, an English word, a stretch of kana or of Thai. */
export const runs = (text: string, s: Script): number =>
  (text.match(new RegExp(`(?:${SCRIPTS[s].source})+`, 'gu')) ?? []).length;
