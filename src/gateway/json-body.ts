import { PalisadeError } from '../core/index.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Decodes and parses a JSON request body. Invalid UTF-8 and excessive nesting are rejected before
 * JSON.parse runs, so a hostile body never builds a deep object graph.
 */
export function parseJsonBody(raw: Buffer, maxDepth: number): unknown {
  let text: string;
  try {
    text = utf8.decode(raw);
  } catch {
    throw new PalisadeError('invalid_encoding');
  }
  if (text.trim() === '') throw new PalisadeError('invalid_json', 'The request body is empty.');
  const depth = jsonNestingDepth(text);
  if (depth > maxDepth) {
    throw new PalisadeError(
      'json_too_deep',
      `The request body nests JSON ${depth} levels deep; the limit is ${maxDepth}.`,
    );
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new PalisadeError(
      'invalid_json',
      `The request body is not valid JSON: ${(error as Error).message}`,
    );
  }
}

/** Deepest bracket nesting of a JSON text, skipping string contents; linear, no allocation. */
export function jsonNestingDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 /* { */ || c === 91 /* [ */) {
      if (++depth > max) max = depth;
    } else if (c === 125 /* } */ || c === 93 /* ] */) depth--;
  }
  return max;
}
