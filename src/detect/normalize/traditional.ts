/**
 * Traditional Chinese read as Simplified: one character for one (亂 → 乱, 後 → 后, 裡 → 里), from
 * OpenCC's tables (data/traditional-chinese.json, built by scripts/build-traditional-chinese.ts).
 * Detectors, rules and lexicons are written and trained in Simplified, and Traditional text would
 * otherwise share few features with them. Simplified characters map to themselves.
 */
import table from './data/traditional-chinese.json' with { type: 'json' };

const FIRST = 0x3400;
const LAST = 0x9fff;
/** Simplified form per code point from FIRST to LAST; 0 where the character stays. */
const SIMPLIFIED = new Uint16Array(LAST - FIRST + 1);
for (let k = 0; k < table.traditional.length; k++) {
  const from = table.traditional.charCodeAt(k);
  if (from >= FIRST && from <= LAST) SIMPLIFIED[from - FIRST] = table.simplified.charCodeAt(k);
}

/** The Simplified form of a UTF-16 unit, or the unit itself. */
export function simplifiedOf(unit: number): number {
  return unit >= FIRST && unit <= LAST ? SIMPLIFIED[unit - FIRST] || unit : unit;
}

/** `text` with each Traditional character read as Simplified (what the normaliser does to CJK). */
export function simplifiedText(text: string): string {
  let out = '';
  for (let k = 0; k < text.length; k++) out += String.fromCharCode(simplifiedOf(text.charCodeAt(k)));
  return out;
}
