/** The script of a text, which picks the per-language decision thresholds. */
export type TextLang = 'en' | 'zh';

/** Units of a text's start that decide its language (a prefix: cheap and stable). */
export const LANG_PREFIX = 2000;

export function isCjkIdeograph(unit: number): boolean {
  return unit >= 0x3400 && unit <= 0x9fff;
}

/** Hiragana and katakana: Japanese writes them between its kanji, Chinese almost never. */
export function isKana(unit: number): boolean {
  return unit >= 0x3040 && unit <= 0x30ff;
}

/**
 * Chinese when at least a fifth of the (first LANG_PREFIX) units are CJK ideographs and kana are
 * under an eighth of them: kanji-heavy Japanese ("東京都庁の所在地は新宿区です") is not Chinese and
 * must not take the Chinese thresholds, while a Chinese post with a playful "の" still is.
 */
export function langFromCount(cjk: number, kana: number, length: number): TextLang {
  const n = Math.min(length, LANG_PREFIX);
  return cjk * 5 >= n && cjk > 0 && kana * 8 < cjk ? 'zh' : 'en';
}

/** The language of units[0, length) by the rule above. */
export function langOfUnits(units: Uint16Array, length: number): TextLang {
  const n = Math.min(length, LANG_PREFIX);
  let cjk = 0;
  let kana = 0;
  for (let i = 0; i < n; i++) {
    const unit = units[i] ?? 0;
    if (isCjkIdeograph(unit)) cjk++;
    else if (isKana(unit)) kana++;
  }
  return langFromCount(cjk, kana, length);
}
