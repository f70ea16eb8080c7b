/**
 * Each match of `pattern` (a global regex) in `text` that `decode` reads, replaced by its reading;
 * the others kept. Returns the new text and how many were replaced: the payload decoders that write a
 * game's words out in place share it.
 */
export function replaceDecoded(
  text: string,
  pattern: RegExp,
  decode: (match: string) => string | undefined,
): { text: string; replaced: number } {
  let replaced = 0;
  const out = text.replace(pattern, (match) => {
    const reading = decode(match);
    if (reading === undefined) return match;
    replaced++;
    return reading;
  });
  return { text: out, replaced };
}
