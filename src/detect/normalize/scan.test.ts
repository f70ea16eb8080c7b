import { isUtf8 } from 'node:buffer';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textLang } from '../classifier/model.js';
import { HEX_SEPARATED_PROBE, scanText } from './decode.js';
import { normalizeText, normalizeTextGeneral } from './normalize.js';
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
  const pairs = (s: string) => (s.match(/(?=[0-9a-fA-F]{2}[ :,-])/g) ?? []).length;
  it('finds separated hex exactly when the count and the probe regex would (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'f', '0', '9', 'g', ' ', ':', '-', ',', 'B'), maxLength: 80 }),
        (s) => {
          const expected = pairs(s) >= 8 && HEX_SEPARATED_PROBE.test(s);
          expect(scanText(units.load(s), s.length).separatedHex).toBe(expected);
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

describe('fast paths match the general path', () => {
  // ASCII letters and spacing, digits and symbols read as leetspeak, full-width forms, homoglyphs,
  // invisible characters, CJK (common and extension A), kana, a lone surrogate and an astral letter.
  const unit = fc.constantFrom(
    ...'aeioxyzAEZ013457892@$!|+ .-_*/\t\r\n',
    'Ａ',
    'ｚ',
    '１',
    '　',
    'а',
    'е',
    'ο',
    'ж',
    'λ',
    'ℓ',
    'ﬁ',
    'é',
    '\u0301',
    '\u200b',
    '\u202e',
    '\ufe0f',
    '\u{e0069}',
    '中',
    '文',
    '\u3400',
    'ア',
    '，',
    '\ud800',
    '𝐢',
  );

  it('normalizeText equals its general path (property)', () => {
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 120 }), (parts) => {
        const s = parts.join('');
        const fast = normalizeText(s);
        const general = normalizeTextGeneral(s);
        expect({ ...fast, starts: [...fast.starts], ends: [...fast.ends] }).toEqual({
          ...general,
          starts: [...general.starts],
          ends: [...general.ends],
        });
      }),
      { numRuns: 3000 },
    );
  });

  it('handles spaced-out and leet text after a folded token (property)', () => {
    const leetish = fc.constantFrom(...'ab1!c2 |+0', '  ', 'i g n o r e ', '4ll ', '7h3 ');
    fc.assert(
      fc.property(fc.array(leetish, { maxLength: 40 }), (parts) => {
        const s = parts.join('');
        expect(normalizeText(s).text).toBe(normalizeTextGeneral(s).text);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('scanText base64 runs', () => {
  /** The definition: maximal runs of 16..65536 base64 units, each with up to two '=' after it. */
  function referenceRuns(s: string): [number, number][] {
    const runs: [number, number][] = [];
    for (const m of s.matchAll(/[A-Za-z0-9+/_-]+/g)) {
      const length = m[0].length;
      if (length < 16 || length > 65_536) continue;
      let end = m.index + length;
      while (end < s.length && end - (m.index + length) < 2 && s[end] === '=') end++;
      runs.push([m.index, end]);
    }
    return runs;
  }

  it('finds exactly the maximal runs (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'Z', '0', '+', '_', '=', ' ', '.', '中'), maxLength: 200 }),
        (s) => {
          expect(scanText(units.load(s), s.length).base64Runs).toEqual(referenceRuns(s));
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe('UTF-8 validity check', () => {
  const fatal = new TextDecoder('utf-8', { fatal: true });
  it('agrees with the fatal decoder (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 24 }), (bytes) => {
        let decodes = true;
        try {
          fatal.decode(bytes);
        } catch {
          decodes = false;
        }
        expect(isUtf8(bytes)).toBe(decodes);
      }),
      { numRuns: 5000 },
    );
  });
});
