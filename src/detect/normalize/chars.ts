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
 * Confusables folded to Latin (a subset of Unicode's confusables.txt covering the Cyrillic, Greek
 * and IPA letters attackers actually use). NFKC already handles full-width, mathematical and
 * circled letters, so they are not listed.
 */
export const CONFUSABLES: Readonly<Record<string, string>> = {
  а: 'a',
  в: 'b',
  е: 'e',
  ё: 'e',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  ѕ: 's',
  і: 'i',
  ї: 'i',
  ј: 'j',
  ԁ: 'd',
  ԛ: 'q',
  ԝ: 'w',
  һ: 'h',
  ӏ: 'l',
  ɡ: 'g',
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
  α: 'a',
  β: 'b',
  ε: 'e',
  η: 'n',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
  ω: 'w',
  ς: 'c',
  ϲ: 'c',
  ϳ: 'j',
  ℓ: 'l',
  ı: 'i',
  ȷ: 'j',
};

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
