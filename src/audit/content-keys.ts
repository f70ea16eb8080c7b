import type { AuditConfig } from '../core/config-security.js';
import { resolveSecretRef } from '../identity/secret-ref.js';
import { ContentCipher, parseContentKey } from './cipher.js';

/**
 * Builds the content cipher from audit.encryption. storeContent without a key is a startup error:
 * content is never written in clear.
 */
export function loadContentCipher(config: AuditConfig): ContentCipher | undefined {
  const { keys, activeKeyId } = config.encryption;
  if (keys.length === 0) {
    if (config.storeContent)
      throw new Error('audit.storeContent needs at least one audit.encryption.keys entry');
    return undefined;
  }
  const map = new Map<string, Buffer>();
  for (const entry of keys) map.set(entry.id, parseContentKey(resolveSecretRef(entry.key)));
  return new ContentCipher(map, activeKeyId ?? keys[0]!.id);
}
