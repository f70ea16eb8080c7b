import { type DecodedPayload, decodePayloads } from './normalize/decode.js';
import { type NormalizedText, normalizeText } from './normalize/normalize.js';

/** A decoded payload with its own normalisation. */
export interface PayloadAnalysis {
  payload: DecodedPayload;
  norm: NormalizedText;
}

/** Everything the detectors need about one text, computed once and shared by every guard. */
export interface Analysis {
  norm: NormalizedText;
  payloads: PayloadAnalysis[];
}

const MAX_DEPTH = 2;
const CACHE_LIMIT = 512;
const CACHE_MAX_TEXT = 64 * 1024;
/** Total characters held by the cache (each costs ~12 bytes with its offset maps): bounded memory. */
const CACHE_MAX_CHARS = 2_000_000;
let cachedChars = 0;
// Guards run concurrently over the same segments: a small LRU keyed by the text lets them share one
// normalisation instead of each paying for it.
const cache = new Map<string, Analysis>();

/** Payloads of `text`, whose normalised form is `words` (the word games read it; see decodePayloads). */
function collectPayloads(
  text: string,
  words: string,
  tagPayload: string,
  depth: number,
  out: PayloadAnalysis[],
): void {
  for (const payload of decodePayloads(text, tagPayload, words)) {
    const norm = normalizeText(payload.text);
    out.push({ payload, norm });
    if (depth + 1 < MAX_DEPTH) {
      const nested: PayloadAnalysis[] = [];
      collectPayloads(payload.text, norm.text, '', depth + 1, nested);
      // Nested payloads point at the outer encoded span: that is what exists in the original text.
      for (const inner of nested)
        out.push({ payload: { ...inner.payload, span: payload.span }, norm: inner.norm });
    }
  }
}

export function analyze(text: string): Analysis {
  const hit = cache.get(text);
  if (hit) {
    cache.delete(text);
    cache.set(text, hit);
    return hit;
  }
  const norm = normalizeText(text);
  const payloads: PayloadAnalysis[] = [];
  collectPayloads(text, norm.text, norm.tagPayload, 0, payloads);
  const result: Analysis = { norm, payloads };
  if (text.length <= CACHE_MAX_TEXT) {
    cache.set(text, result);
    cachedChars += text.length;
    while (cache.size > CACHE_LIMIT || cachedChars > CACHE_MAX_CHARS) {
      const oldest = cache.keys().next();
      if (oldest.done) break;
      cache.delete(oldest.value);
      cachedChars -= oldest.value.length;
    }
  }
  return result;
}
