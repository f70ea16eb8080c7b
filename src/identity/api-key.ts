import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export const KEY_PREFIX = 'pal_';
/** Accepts generated keys (43 chars after the prefix) and operator-supplied bootstrap keys. */
const KEY_FORMAT = /^pal_[A-Za-z0-9_-]{20,200}$/;
const DISPLAY_CHARS = 12;

export function generateApiKey(): string {
  return `${KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
}

export function isWellFormedKey(key: string): boolean {
  return KEY_FORMAT.test(key);
}

/** Stored instead of the key: HMAC-SHA-256 under the api-key subkey of the server secret. */
export function hashApiKey(hashKey: Buffer, key: string): string {
  return createHmac('sha256', hashKey).update(key, 'utf8').digest('hex');
}

export function displayPrefix(key: string): string {
  return key.slice(0, DISPLAY_CHARS);
}

export function hashesEqual(a: string, b: string): boolean {
  const left = Buffer.from(a, 'hex');
  const right = Buffer.from(b, 'hex');
  return left.length === right.length && timingSafeEqual(left, right);
}

export type HeaderBag = Record<string, string | string[] | undefined>;

export type PresentedKey = { kind: 'none' } | { kind: 'malformed' } | { kind: 'key'; key: string };

/** Longer headers are rejected before any hashing (a key is ~47 characters). */
const MAX_HEADER_CHARS = 512;

/**
 * Reads the key from `Authorization: Bearer …` or `x-api-key`. Repeated headers, both headers with
 * different values, huge values and non-keys are `malformed` (→ invalid_api_key), never guessed at.
 */
export function presentedKey(headers: HeaderBag): PresentedKey {
  const auth = headers.authorization;
  const xKey = headers['x-api-key'];
  if (auth === undefined && xKey === undefined) return { kind: 'none' };
  if (Array.isArray(auth) || Array.isArray(xKey)) return { kind: 'malformed' };
  if ((auth?.length ?? 0) > MAX_HEADER_CHARS || (xKey?.length ?? 0) > MAX_HEADER_CHARS)
    return { kind: 'malformed' };
  let fromAuth: string | undefined;
  if (auth !== undefined) {
    const match = /^Bearer +(\S+) *$/i.exec(auth);
    if (!match) return { kind: 'malformed' };
    fromAuth = match[1];
  }
  const fromX = xKey?.trim();
  if (fromAuth !== undefined && fromX !== undefined && fromAuth !== fromX) return { kind: 'malformed' };
  const key = fromAuth ?? fromX ?? '';
  return isWellFormedKey(key) ? { kind: 'key', key } : { kind: 'malformed' };
}
