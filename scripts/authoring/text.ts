/** Small string helpers shared by the authoring generators. */

/** The text with its first character upper-cased. */
export const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
