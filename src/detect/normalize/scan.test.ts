import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textLang } from '../classifier/model.js';
import { HEX_SPACED_PROBE, scanText } from './decode.js';
import { normalizeText } from './normalize.js';
import { UnitScratch, unitsToString } from './units.js';

const units = new UnitScratch();

describe('units', () => {
  it('copies and rebuilds strings unit for unit, lone surrogates included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 3000 }), (s) => {
        expect(unitsToString(units.load(s), s.length)).toBe(s);
      }),
    );
  });
});

describe('scanText', () => {
  const pairs = (s: string) => (s.match(/(?=[0-9a-fA-F]{2} )/g) ?? []).length;
  it('finds spaced hex exactly when the count and the probe regex would (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'f', '0', '9', 'g', ' ', 'B'), maxLength: 80 }),
        (s) => {
          const expected = pairs(s) >= 8 && HEX_SPACED_PROBE.test(s);
          expect(scanText(units.load(s), s.length).spacedHex).toBe(expected);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('finds maximal base64 runs of 16 or more with their padding', () => {
    const s = 'x aGVsbG8gd29ybGQgaGVsbG8= y short';
    expect(scanText(units.load(s), s.length).base64Runs).toEqual([[2, 26]]);
  });
});

describe('normalizeText extras', () => {
  it('records the language of its output', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', ' ', '中', '文', '1'), maxLength: 2600 }), (s) => {
        const norm = normalizeText(s);
        expect(norm.lang).toBe(textLang(norm.text));
      }),
      { numRuns: 200 },
    );
  });

  it('replaces unpaired surrogates in the text, as before', () => {
    expect(normalizeText('a\ud800b').text).toBe('a\ufffdb');
    expect(normalizeText('a😀b').text).toBe('a😀b');
  });
});
