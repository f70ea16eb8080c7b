import type { LimitSet } from '../core/config-security.js';
import { PalisadeError } from '../core/errors.js';
import type { GatewayPrincipal } from '../gateway/hooks.js';
import type { Store } from '../store/index.js';
import { type HeaderBag, hashApiKey, hashesEqual, presentedKey } from './api-key.js';
import type { GuessGuard } from './guess-guard.js';
import { limitsOf, type RoleName } from './model.js';

/** What admit() needs beyond the public principal: the key's and tenant's own limits. */
export interface PrincipalContext {
  keyLimits: LimitSet;
  tenantLimits: LimitSet;
}

interface CacheEntry {
  principal: GatewayPrincipal;
  context: PrincipalContext;
  hash: string;
  expiresAt: number | null;
  cachedUntil: number;
}

const MAX_CACHE = 10_000;

/**
 * Resolves a key to a principal. The store is indexed by the HMAC of the key (an attacker cannot
 * steer it), and the stored and computed hashes are compared in constant time. Resolved keys are
 * cached for cacheTtlMs so the hot path costs one HMAC; revocations on this instance evict at once.
 */
export class Authenticator {
  readonly #cache = new Map<string, CacheEntry>();
  readonly #contexts = new WeakMap<GatewayPrincipal, PrincipalContext>();

  constructor(
    private readonly store: Store,
    private readonly hashKey: Buffer,
    private readonly guard: GuessGuard,
    private readonly cacheTtlMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  async authenticate(headers: HeaderBag, ip: string): Promise<GatewayPrincipal> {
    const presented = presentedKey(headers);
    if (presented.kind === 'none') throw new PalisadeError('authentication_required');
    await this.guard.check(ip);
    if (presented.kind === 'malformed') return this.#fail(ip, 'malformed');
    const hash = hashApiKey(this.hashKey, presented.key);
    const now = this.now();
    let entry = this.#cache.get(hash);
    if (!entry || entry.cachedUntil <= now) {
      entry = await this.#load(hash, now);
      if (!entry) return this.#fail(ip, 'unknown');
    }
    if (entry.expiresAt !== null && entry.expiresAt <= now) return this.#fail(ip, 'expired');
    return entry.principal;
  }

  contextOf(principal: GatewayPrincipal): PrincipalContext | undefined {
    return this.#contexts.get(principal);
  }

  /** Drops a key from the cache (revoke / rotate on this instance). */
  evict(keyId: string): void {
    for (const [hash, entry] of this.#cache) if (entry.principal.keyId === keyId) this.#cache.delete(hash);
  }

  async #load(hash: string, now: number): Promise<CacheEntry | undefined> {
    this.#cache.delete(hash);
    const row = await this.store.keys.findByHash(hash);
    if (!row || !hashesEqual(row.hash, hash) || row.revoked_at !== null) return undefined;
    const tenant = await this.store.tenants.get(row.tenant);
    const principal: GatewayPrincipal = Object.freeze({
      keyId: row.id,
      tenant: row.tenant,
      role: row.role as RoleName,
      models: Object.freeze(JSON.parse(row.models) as string[]),
    });
    const context: PrincipalContext = {
      keyLimits: limitsOf(row),
      tenantLimits: tenant ? limitsOf(tenant) : {},
    };
    this.#contexts.set(principal, context);
    const entry: CacheEntry = {
      principal,
      context,
      hash,
      expiresAt: row.expires_at,
      cachedUntil: now + this.cacheTtlMs,
    };
    if (this.cacheTtlMs > 0) {
      if (this.#cache.size >= MAX_CACHE) this.#cache.delete(this.#cache.keys().next().value as string);
      this.#cache.set(hash, entry);
    }
    return entry;
  }

  async #fail(ip: string, reason: string): Promise<never> {
    await this.guard.failed(ip, reason);
    throw new PalisadeError('invalid_api_key');
  }
}
