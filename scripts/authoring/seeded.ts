/**
 * Seeded choices shared by the authoring generators: with the same generator state they make the
 * same choices, so every generated file is reproducible byte for byte.
 */
export type Rng = () => number;

export function pick<T>(r: Rng, items: readonly T[]): T {
  return items[Math.floor(r() * items.length)] as T;
}

/** Fisher–Yates, from the last position down. */
export function shuffle<T>(r: Rng, items: readonly T[]): T[] {
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** A small typo in one lower-case word of at least `minLetters`: swap two adjacent letters or drop one. */
export function typo(r: Rng, text: string, minLetters: number): string {
  const spots = [...text.matchAll(new RegExp(`[a-z]{${minLetters},}`, 'g'))];
  const m = spots.length > 0 ? pick(r, spots) : undefined;
  if (!m || m.index === undefined) return text;
  const i = m.index + 1 + Math.floor(r() * (m[0].length - 2));
  return r() < 0.5
    ? text.slice(0, i) + (text[i + 1] ?? '') + (text[i] ?? '') + text.slice(i + 2)
    : text.slice(0, i) + text.slice(i + 1);
}

/**
 * English register noise on a few rows: below `lowerBelow` (if the text has capitals) lower case
 * without apostrophes, below `typoBelow` one small typo, else the text unchanged. Draws once, plus
 * the typo's draws.
 */
export function registerNoise(r: Rng, text: string, lowerBelow: number, typoBelow: number): string {
  const x = r();
  if (x < lowerBelow && /[A-Z]/.test(text)) return text.toLowerCase().replace(/'/g, '');
  if (x < typoBelow) return typo(r, text, 6);
  return text;
}
