import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { MemorySharedState } from '../core/index.js';
import { EncryptedSharedState } from './encrypted-shared-state.js';

describe('EncryptedSharedState', () => {
  const inner = new MemorySharedState();
  const state = new EncryptedSharedState(inner, randomBytes(32));

  it('round-trips values and stores only ciphertext', async () => {
    await state.set('pii:vault:c1', '{"<PERSON_1>":"张三"}', 60_000);
    expect(await state.get('pii:vault:c1')).toBe('{"<PERSON_1>":"张三"}');
    const stored = (await inner.get('pii:vault:c1'))!;
    expect(Buffer.from(stored, 'base64').toString('utf8')).not.toContain('张三');
  });

  it('refuses tampered values, values moved to another key, and values sealed under another key', async () => {
    await state.set('a', 'secret value', 60_000);
    const sealed = (await inner.get('a'))!;
    const bytes = Buffer.from(sealed, 'base64');
    bytes[bytes.length - 1]! ^= 1;
    await inner.set('a', bytes.toString('base64'), 60_000);
    expect(await state.get('a')).toBeUndefined();
    await inner.set('b', sealed, 60_000);
    expect(await state.get('b')).toBeUndefined();
    await new EncryptedSharedState(inner, randomBytes(32)).set('c', 'x', 60_000);
    expect(await state.get('c')).toBeUndefined();
  });
});
