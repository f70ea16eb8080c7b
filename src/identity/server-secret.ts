import { createHmac, randomBytes } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readFileSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { resolveSecretRef } from './secret-ref.js';

/**
 * The server secret keys API-key hashes (HMAC-SHA-256) and the audit chain. Decision: take it from
 * `identity.secret` (env:/file:) when set — required with PostgreSQL so all instances share it —
 * else generate 32 random bytes once into <dataDir>/server-secret with mode 0600.
 */
export interface ServerSecretOptions {
  ref?: string | undefined;
  dataDir: string;
  /** With a shared database a per-machine generated secret would split the fleet: refuse it. */
  shared: boolean;
}

export const SECRET_FILE = 'server-secret';
const MIN_SECRET_BYTES = 32;

export function loadServerSecret(options: ServerSecretOptions): Buffer {
  if (options.ref) {
    const secret = Buffer.from(resolveSecretRef(options.ref), 'utf8');
    if (secret.length < MIN_SECRET_BYTES)
      throw new Error(`identity.secret must be at least ${MIN_SECRET_BYTES} bytes`);
    return secret;
  }
  if (options.shared) {
    throw new Error(
      'identity.secret (env:NAME or file:PATH) is required with PostgreSQL: every instance must share it',
    );
  }
  return loadOrCreateSecretFile(options.dataDir);
}

function loadOrCreateSecretFile(dataDir: string): Buffer {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const path = join(dataDir, SECRET_FILE);
  try {
    // 'wx' fails if the file exists: two processes starting together cannot both create one.
    const fd = openSync(path, 'wx', 0o600);
    try {
      writeSync(fd, randomBytes(MIN_SECRET_BYTES).toString('base64url'));
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  if ((statSync(path).mode & 0o077) !== 0) {
    throw new Error(`${path} is readable by group or others; chmod 600 it`);
  }
  const secret = Buffer.from(readFileSync(path, 'utf8').trim(), 'utf8');
  if (secret.length < MIN_SECRET_BYTES) throw new Error(`${path} is too short to be a server secret`);
  return secret;
}

/** Stable, non-reversible fingerprint: detects a changed secret (all keys would silently fail). */
export function secretFingerprint(secret: Buffer): string {
  return createHmac('sha256', secret).update('palisade:fingerprint').digest('hex').slice(0, 16);
}

/** Purpose-bound subkeys, so a leak of one use does not weaken another. */
export function deriveKey(secret: Buffer, purpose: 'api-key' | 'audit-chain' | 'shared-state'): Buffer {
  return createHmac('sha256', secret).update(`palisade:${purpose}`).digest();
}
