import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { referenceDocs } from '../scripts/reference-docs.js';

describe('generated reference docs are in sync (run `npm run docs` after changing errors or config)', () => {
  for (const [path, content] of Object.entries(referenceDocs())) {
    it(path, () => {
      expect(readFileSync(path, 'utf8')).toBe(content);
    });
  }
});
