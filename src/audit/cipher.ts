import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

const NONCE_BYTES = 12;
const TAG_BYTES = 16;

/** Parses a 32-byte key given as 64 hex characters or base64 / base64url. */
export function parseContentKey(text: string): Buffer {
  const key = /^[0-9a-fA-F]{64}$/.test(text) ? Buffer.from(text, 'hex') : Buffer.from(text, 'base64');
  if (key.length !== 32)
    throw new Error('an audit encryption key must be 32 bytes (64 hex characters or base64)');
  return key;
}

/**
 * AES-256-GCM for prompt/response content. Every blob names its key id, so a rotated-out key stays
 * listed for reading while new events use the active one. The AAD binds a blob to its event id: a
 * ciphertext copied onto another event does not decrypt.
 */
export class ContentCipher {
  constructor(
    private readonly keys: ReadonlyMap<string, Buffer>,
    private readonly activeKeyId: string,
  ) {
    if (!keys.has(activeKeyId))
      throw new Error(`audit.encryption.activeKeyId ${activeKeyId} is not among the keys`);
  }

  encrypt(plaintext: string, aad: string): { keyId: string; blob: string } {
    const nonce = randomBytes(NONCE_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.keys.get(this.activeKeyId)!, nonce);
    cipher.setAAD(Buffer.from(aad, 'utf8'));
    const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return {
      keyId: this.activeKeyId,
      blob: Buffer.concat([nonce, body, cipher.getAuthTag()]).toString('base64'),
    };
  }

  /** Throws if the key id is unknown or the blob was altered. */
  decrypt(keyId: string, blob: string, aad: string): string {
    const key = this.keys.get(keyId);
    if (!key) throw new Error(`audit key ${keyId} is not configured`);
    const raw = Buffer.from(blob, 'base64');
    if (raw.length < NONCE_BYTES + TAG_BYTES) throw new Error('audit content blob is truncated');
    const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, NONCE_BYTES));
    decipher.setAAD(Buffer.from(aad, 'utf8'));
    decipher.setAuthTag(raw.subarray(raw.length - TAG_BYTES));
    return Buffer.concat([
      decipher.update(raw.subarray(NONCE_BYTES, raw.length - TAG_BYTES)),
      decipher.final(),
    ]).toString('utf8');
  }
}
