import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { SharedState } from '../core/index.js';

/**
 * SharedState whose values are sealed with AES-256-GCM before they leave the process, so a Redis
 * that is read by someone else (or dumped to disk) does not give away pseudonym vaults. The key name
 * is bound in as associated data: a value copied under another key does not open.
 */
export class EncryptedSharedState implements SharedState {
  constructor(
    private readonly inner: SharedState,
    private readonly key: Buffer,
  ) {
    if (key.length !== 32) throw new Error('EncryptedSharedState needs a 32-byte key');
  }

  async get(name: string): Promise<string | undefined> {
    const sealed = await this.inner.get(name);
    if (sealed === undefined) return undefined;
    const raw = Buffer.from(sealed, 'base64');
    if (raw.length < 28) return undefined;
    const decipher = createDecipheriv('aes-256-gcm', this.key, raw.subarray(0, 12));
    decipher.setAAD(Buffer.from(name, 'utf8'));
    decipher.setAuthTag(raw.subarray(12, 28));
    try {
      return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
    } catch {
      // Tampered, or sealed under another key: treat as absent rather than trust it.
      return undefined;
    }
  }

  async set(name: string, value: string, ttlMs: number): Promise<void> {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    cipher.setAAD(Buffer.from(name, 'utf8'));
    const body = Buffer.concat([cipher.update(value, 'utf8'), cipher.final()]);
    await this.inner.set(name, Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64'), ttlMs);
  }

  delete(name: string): Promise<void> {
    return this.inner.delete(name);
  }
}
