import type { HiddenRun } from './normalize.js';

function isPictographic(cp: number): boolean {
  return (
    (cp >= 0x1f000 && cp <= 0x1faff) ||
    (cp >= 0x2600 && cp <= 0x27bf) ||
    (cp >= 0x2300 && cp <= 0x23ff) ||
    (cp >= 0x2b00 && cp <= 0x2bff) ||
    cp === 0x2764 ||
    cp === 0xa9 ||
    cp === 0xae ||
    (cp >= 0x30 && cp <= 0x39) || // keycaps: 1️⃣
    cp === 0x23 ||
    cp === 0x2a ||
    cp === 0x20e3
  );
}

function codePointBefore(text: string, index: number): number {
  if (index <= 0) return 0;
  const low = text.charCodeAt(index - 1);
  if (low >= 0xdc00 && low <= 0xdfff && index >= 2) return text.codePointAt(index - 2) ?? 0;
  return low;
}

/**
 * True when a hidden run is part of a legitimate emoji sequence: ZWJ or VS16 next to a pictograph
 * (👩‍💻, ❤️), or tag characters after the black flag (subdivision flags such as 🏴 for Scotland).
 */
export function isEmojiContext(text: string, run: HiddenRun): boolean {
  const before = codePointBefore(text, run.start);
  if (run.kind === 'unicode_tag') return before === 0x1f3f4;
  if (run.kind === 'zero_width' || run.kind === 'variation_selector') {
    if (run.count > 2) return false;
    const chars = text.slice(run.start, run.end);
    const emojiJoiners = /^[\u200d\ufe0f\ufe0e]+$/u.test(chars);
    return emojiJoiners && (isPictographic(before) || (before >= 0x1f3fb && before <= 0x1f3ff));
  }
  return false;
}
