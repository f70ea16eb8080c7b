import { inspect } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { restoreText } from './restore.js';
import { Vault } from './vault.js';

describe('Vault', () => {
  it('is consistent: the same original gets the same placeholder, numbered per label', () => {
    const vault = new Vault();
    expect(vault.pseudonymize('PERSON', 'Alice')).toBe('<PERSON_1>');
    expect(vault.pseudonymize('PERSON', 'Bob')).toBe('<PERSON_2>');
    expect(vault.pseudonymize('PERSON', 'Alice')).toBe('<PERSON_1>');
    expect(vault.pseudonymize('EMAIL', 'a@b.co')).toBe('<EMAIL_1>');
  });

  it('survives serialisation and keeps numbering', () => {
    const vault = new Vault();
    vault.pseudonymize('PERSON', 'Alice');
    vault.markSeen('13812345678');
    const copy = Vault.parse(vault.serialize());
    expect(copy.original('<PERSON_1>')).toBe('Alice');
    expect(copy.pseudonymize('PERSON', 'Carol')).toBe('<PERSON_2>');
    expect(copy.introducedByUser('138 1234 5678')).toBe(true);
  });

  it('never prints its contents', () => {
    const vault = new Vault();
    vault.pseudonymize('PERSON', 'Alice');
    expect(JSON.stringify({ vault })).not.toContain('Alice');
    expect(inspect({ vault })).not.toContain('Alice');
  });

  it('restore(pseudonymise(x)) = x for random originals', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom('PERSON', 'EMAIL', 'ID_CARD'), fc.string({ minLength: 1 })), {
          maxLength: 20,
        }),
        (items) => {
          const vault = new Vault();
          const text = items.map(([label, value]) => `[${vault.pseudonymize(label, value)}]`).join(' ');
          const expected = items.map(([, value]) => `[${value}]`).join(' ');
          expect(restoreText(text, vault)).toBe(expected);
        },
      ),
    );
  });
});
