import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createPiiDetector } from './detector.js';

const detector = createPiiDetector();
const pieces = fc.oneof(
  fc.string(),
  fc.constantFrom(
    '张伟',
    '11010519491231002X',
    '13812345678',
    'a@b.co',
    '4111 1111 1111 1111',
    'Elizabeth Hanson',
    '24 Clarke Avenue',
    '-----BEGIN PRIVATE KEY-----',
    '路88号',
    '\n',
    ' ',
  ),
);

describe('detector on arbitrary text', () => {
  it('never throws; spans are in range, non-empty, sorted and disjoint', () => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        const matches = detector.detect(text);
        let previousEnd = 0;
        for (const m of matches) {
          expect(m.start).toBeGreaterThanOrEqual(previousEnd);
          expect(m.end).toBeGreaterThan(m.start);
          expect(m.end).toBeLessThanOrEqual(text.length);
          expect(m.score).toBeGreaterThan(0);
          previousEnd = m.end;
        }
      }),
      { numRuns: 300 },
    );
  });

  it('is linear on long adversarial input', () => {
    const inputs = [
      '1 '.repeat(20_000),
      'A'.repeat(40_000),
      `${'a.'.repeat(10_000)}@`,
      '张'.repeat(30_000),
      'x:'.repeat(20_000),
    ];
    for (const text of inputs) {
      const started = performance.now();
      detector.detect(text);
      expect(performance.now() - started).toBeLessThan(2_000);
    }
  });
});
