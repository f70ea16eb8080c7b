/** Character tables used by the normaliser. Kept as data so tests can iterate over them. */

export type HiddenKind = 'zero_width' | 'bidi' | 'unicode_tag' | 'variation_selector' | 'filler';

/** Classifies a code point that renders as nothing (or reorders text); undefined for visible ones. */
export function hiddenKind(cp: number): HiddenKind | undefined {
  if (cp < 0xad) return undefined;
  if (cp === 0xad || cp === 0x34f || cp === 0x180e || cp === 0xfeff) return 'zero_width';
  if (cp >= 0x200b && cp <= 0x200d) return 'zero_width';
  if (cp === 0x200e || cp === 0x200f || cp === 0x61c) return 'bidi';
  if (cp >= 0x202a && cp <= 0x202e) return 'bidi';
  if (cp >= 0x2060 && cp <= 0x2064) return 'zero_width';
  if (cp >= 0x2066 && cp <= 0x2069) return 'bidi';
  if (cp >= 0xe0000 && cp <= 0xe007f) return 'unicode_tag';
  if ((cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0xe0100 && cp <= 0xe01ef)) return 'variation_selector';
  if (cp === 0x115f || cp === 0x1160 || cp === 0x3164 || cp === 0xffa0) return 'filler';
  return undefined;
}

/**
 * Latin-script letters (IPA, small capitals, letterlike symbols) folded to the plain letters they
 * look like, in any text: a subset of Unicode's confusables.txt. NFKC already handles full-width,
 * mathematical and circled letters; Cyrillic and Greek look-alikes depend on the text (see
 * script-fold.ts).
 */
export const LATIN_LOOKALIKES: Readonly<Record<string, string>> = {
  ɡ: 'g',
  ɢ: 'g',
  ɴ: 'n',
  ʀ: 'r',
  ʙ: 'b',
  ʜ: 'h',
  ʟ: 'l',
  ꜰ: 'f',
  ꜱ: 's',
  ꞯ: 'q',
  ɑ: 'a',
  ɩ: 'i',
  ɪ: 'i',
  ʏ: 'y',
  ᴀ: 'a',
  ᴄ: 'c',
  ᴅ: 'd',
  ᴇ: 'e',
  ᴊ: 'j',
  ᴋ: 'k',
  ᴍ: 'm',
  ᴏ: 'o',
  ᴘ: 'p',
  ᴛ: 't',
  ᴜ: 'u',
  ᴠ: 'v',
  ᴡ: 'w',
  ᴢ: 'z',
  ℓ: 'l',
  ı: 'i',
  ȷ: 'j',
};

/**
 * Enclosed Latin capitals that NFKC leaves alone, as their lower-case letter: negative circled
 * (🅘), negative squared (🅸) and regional indicators (🇮, which pair into flags: 🇫🇷 reads "fr").
 */
export function enclosedLatinLetter(cp: number): string | undefined {
  for (const first of [0x1f150, 0x1f170, 0x1f1e6]) {
    if (cp >= first && cp < first + 26) return String.fromCharCode(0x61 + cp - first);
  }
  return undefined;
}

/** Leetspeak digits and symbols, folded only inside tokens that also contain letters. */
export const LEET: Readonly<Record<string, string>> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '8': 'b',
  '9': 'g',
  '@': 'a',
  $: 's',
  '!': 'i',
  '|': 'l',
  '+': 't',
};

export function isCjk(cp: number): boolean {
  return (
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0x20000 && cp <= 0x2ebef) ||
    (cp >= 0x3040 && cp <= 0x30ff)
  );
}

export function isAsciiLetter(code: number): boolean {
  return code >= 0x61 && code <= 0x7a;
}

export function isAsciiDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** Unicode combining marks (diacritics), dropped so "ïgnörë" matches "ignore". */
export function isCombiningMark(cp: number): boolean {
  return (
    (cp >= 0x300 && cp <= 0x36f) ||
    (cp >= 0x1ab0 && cp <= 0x1aff) ||
    (cp >= 0x1dc0 && cp <= 0x1dff) ||
    (cp >= 0x20d0 && cp <= 0x20ff)
  );
}
