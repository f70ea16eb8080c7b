import type { ContentCipher } from '../../audit/cipher.js';
import { PalisadeError } from '../../core/errors.js';
import type { KeysService } from '../../identity/keys-service.js';
import type { SecurityLogger } from '../../identity/logger.js';
import { SYSTEM_TENANT } from '../../identity/model.js';
import type { Store } from '../../store/index.js';
import type { GatewayHooks, GatewayPrincipal } from '../hooks.js';

/** What the gateway lends the admin API for the policy endpoints (it owns the policy). */
export interface AdminPolicyControl {
  /** The policy in force, as served to admins (no secrets in it). */
  current(): unknown;
  /** Re-reads and recompiles the policy; swaps it atomically or throws with the reason. */
  reload(): Promise<{ reloaded: boolean; detail?: string }>;
}

export interface AdminDeps {
  authenticate: GatewayHooks['authenticate'];
  store: Store;
  keys: KeysService;
  cipher: ContentCipher | undefined;
  /** Verifies the audit chains (needs the chain key, kept out of the routes). */
  verifyAudit: () => Promise<unknown>;
  policy: AdminPolicyControl | undefined;
  logger: SecurityLogger;
}

/**
 * Who may see what. Admins of the system tenant operate the whole gateway ('*'); every other
 * admin and every auditor is confined to its own tenant. User keys never reach the admin API.
 */
export interface AdminCaller {
  principal: GatewayPrincipal;
  scope: string | '*';
  canWrite: boolean;
}

export function callerOf(principal: GatewayPrincipal): AdminCaller {
  if (principal.role === 'user') throw new PalisadeError('forbidden', 'User keys cannot use the admin API.');
  const global = principal.role === 'admin' && principal.tenant === SYSTEM_TENANT;
  return { principal, scope: global ? '*' : principal.tenant, canWrite: principal.role === 'admin' };
}

export function inScope(caller: AdminCaller, tenant: string | null): boolean {
  return caller.scope === '*' || caller.scope === tenant;
}

/** The tenant filter to apply: the caller's own, or the requested one for global admins. */
export function scopedTenant(caller: AdminCaller, requested: string | undefined): string | undefined {
  if (caller.scope === '*') return requested;
  if (requested !== undefined && requested !== caller.scope) {
    throw new PalisadeError('forbidden', 'This key may only see its own tenant.');
  }
  return caller.scope;
}

export function requireWrite(caller: AdminCaller): void {
  if (!caller.canWrite) throw new PalisadeError('forbidden', 'Auditor keys are read-only.');
}

export function requireGlobal(caller: AdminCaller): void {
  if (caller.scope !== '*') throw new PalisadeError('forbidden', 'Only system-tenant admins may do this.');
}

/** Outside the caller's scope looks exactly like absent: no existence oracle across tenants. */
export function notFound(what: string): PalisadeError {
  return new PalisadeError('not_found', `No such ${what}.`);
}
