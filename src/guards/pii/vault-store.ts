import type { GuardContext, SharedState } from '../../core/index.js';
import type { PiiGuardConfig } from './config.js';
import { Vault } from './vault.js';

const REQUEST_KEY = 'pii.vault';

/** Where the vault of this request lives: always in requestState, and per conversation in shared state. */
function sharedKey(config: PiiGuardConfig, ctx: GuardContext): string | undefined {
  if (config.vault.scope !== 'conversation' || !ctx.conversationId) return undefined;
  return `pii:vault:${ctx.tenant ?? '-'}:${ctx.conversationId}`;
}

export async function loadVault(
  config: PiiGuardConfig,
  ctx: GuardContext,
  state: SharedState,
): Promise<Vault> {
  const cached = ctx.requestState.get(REQUEST_KEY);
  if (cached instanceof Vault) return cached;
  const key = sharedKey(config, ctx);
  const vault = key ? Vault.parse(await state.get(key)) : new Vault();
  ctx.requestState.set(REQUEST_KEY, vault);
  return vault;
}

export async function saveVault(
  config: PiiGuardConfig,
  ctx: GuardContext,
  state: SharedState,
  vault: Vault,
): Promise<void> {
  const key = sharedKey(config, ctx);
  if (key) await state.set(key, vault.serialize(), config.vault.ttlSeconds * 1000);
}
