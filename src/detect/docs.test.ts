import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HARM_CATEGORIES } from './harm-categories.js';
import { ALL_RULES, TOKEN_FLOOD_CODE } from './rules/engine.js';

const doc = readFileSync(new URL('../../docs/reference/guards-detection.md', import.meta.url), 'utf8');

describe('docs/reference/guards-detection.md', () => {
  const codes = [
    ...new Set(ALL_RULES.map((r) => r.code)),
    TOKEN_FLOOD_CODE,
    ...HARM_CATEGORIES.map((c) => c.code),
    'injection.classifier',
    'injection.indirect',
    'jailbreak.classifier',
    'injection.quoted_mention',
    'jailbreak.quoted_mention',
    'toxicity.toxic',
    'hidden.unicode_tag',
  ];
  it.each(codes)('documents %s', (code) => {
    expect(doc).toContain(`\`${code}\``);
  });
});
