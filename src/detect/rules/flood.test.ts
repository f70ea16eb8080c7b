import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Span } from '../../core/index.js';
import { FLOOD_CHAR_RUN, FLOOD_WORD_RUN, findFlood } from './engine.js';

/** The flood definition written plainly (substrings, one unit at a time). */
function reference(text: string): Span | undefined {
  const floodChar = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c >= 0x3400;
  let run = 1;
  for (let i = 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === text.charCodeAt(i - 1) && floodChar(c)) {
      if (++run >= FLOOD_CHAR_RUN) {
        let end = i + 1;
        while (end < text.length && text.charCodeAt(end) === c) end++;
        return { start: i + 1 - run, end };
      }
    } else run = 1;
  }
  let prev: string | undefined;
  let repeats = 0;
  let runStart = 0;
  let start = 0;
  for (const word of text.split(' ')) {
    if (word.length > 0 && word === prev) {
      if (++repeats >= FLOOD_WORD_RUN) return { start: runStart, end: start + word.length };
    } else {
      repeats = 1;
      runStart = start;
    }
    prev = word;
    start += word.length + 1;
  }
  return undefined;
}

describe('findFlood', () => {
  it('agrees with the plain definition (property)', () => {
    const piece = fc.oneof(
      fc.string({ unit: fc.constantFrom('a', 'b', ' ', '-', '中'), maxLength: 6 }),
      fc.integer({ min: 1, max: 90 }).map((n) => 'x'.repeat(n)),
      fc.integer({ min: 1, max: 30 }).map((n) => 'ha '.repeat(n)),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        expect(findFlood(text)).toEqual(reference(text));
      }),
      { numRuns: 500 },
    );
  });
});
