/** The script of a text, which picks the per-language decision thresholds. */
export type TextLang = 'en' | 'zh';

/** Units of a text's start that decide its language (a prefix: cheap and stable). */
export const LANG_PREFIX = 2000;

export function isCjkIdeograph(unit: number): boolean {
  return unit >= 0x3400 && unit <= 0x9fff;
}

/** Chinese when at least a fifth of the (first LANG_PREFIX) units are CJK ideographs. */
export function langFromCount(cjk: number, length: number): TextLang {
  const n = Math.min(length, LANG_PREFIX);
  return cjk * 5 >= n && cjk > 0 ? 'zh' : 'en';
}

/** The language of units[0, length) by the rule above. */
export function langOfUnits(units: Uint16Array, length: number): TextLang {
  const n = Math.min(length, LANG_PREFIX);
  let cjk = 0;
  for (let i = 0; i < n; i++) if (isCjkIdeograph(units[i] ?? 0)) cjk++;
  return langFromCount(cjk, length);
}
