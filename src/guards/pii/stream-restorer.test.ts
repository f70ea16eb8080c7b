import { describe, expect, it } from 'vitest';
import { checkRegexSafety } from '../../detect/regex-safety.js';
import { PLACEHOLDER_PATTERN } from './labels.js';
import { restoreText } from './restore.js';
import { createStreamRestorer, PARTIAL } from './stream-restorer.js';
import { Vault } from './vault.js';

const vault = new Vault();
const person = vault.pseudonymize('PERSON', '张伟');
const id = vault.pseudonymize('ID_CARD', '11010519491231002X');
const email = vault.pseudonymize('EMAIL', 'zhang@example.com');
const RESPONSE = `您好${person}，已核对身份证${id}。<b>通知</b>将发到${email}，x<y 且 <UNKNOWN_9> 保持原样<`;
const EXPECTED = restoreText(RESPONSE, vault);
const PARTIAL_PLACEHOLDER = /<[A-Z][A-Z_]*(?:_[0-9]*)?$/;

function run(chunks: string[]): string[] {
  const restorer = createStreamRestorer(vault);
  const out = chunks.map((c) => restorer.push(c));
  out.push(restorer.flush());
  return out;
}

describe('createStreamRestorer', () => {
  it('restores a whole response', () => {
    expect(EXPECTED).toContain('张伟');
    expect(EXPECTED).toContain('11010519491231002X');
    expect(EXPECTED).toContain('<UNKNOWN_9>');
    expect(run([RESPONSE]).join('')).toBe(EXPECTED);
  });

  it('every split into two chunks gives the same text and never emits a partial placeholder', () => {
    for (let i = 0; i <= RESPONSE.length; i++) {
      const out = run([RESPONSE.slice(0, i), RESPONSE.slice(i)]);
      expect(out.join('')).toBe(EXPECTED);
      for (const piece of out.slice(0, -1)) expect(piece).not.toMatch(/<(?:PERSON|ID_CARD|EMAIL)_?[0-9]*$/);
    }
  });

  it('every split into three chunks', () => {
    for (let i = 0; i <= RESPONSE.length; i++) {
      for (let j = i; j <= RESPONSE.length; j++) {
        const out = run([RESPONSE.slice(0, i), RESPONSE.slice(i, j), RESPONSE.slice(j)]);
        expect(out.join('')).toBe(EXPECTED);
      }
    }
  });

  it('character by character, holding back at most one placeholder', () => {
    const out = run([...RESPONSE]);
    expect(out.join('')).toBe(EXPECTED);
    for (const piece of out.slice(0, -1)) expect(piece).not.toMatch(PARTIAL_PLACEHOLDER);
  });
});

describe('placeholder regexes', () => {
  it('are proven free of catastrophic backtracking', () => {
    for (const regex of [PLACEHOLDER_PATTERN, PARTIAL])
      expect(checkRegexSafety(regex.source, regex.flags).safe).toBe(true);
  });
});
