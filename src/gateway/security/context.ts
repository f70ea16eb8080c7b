import type { ContentCipher } from '../../audit/cipher.js';
import { loadContentCipher } from '../../audit/content-keys.js';
import type { PalisadeConfig } from '../../core/config.js';
import { KeysService } from '../../identity/keys-service.js';
import { resolveMaybeRef } from '../../identity/secret-ref.js';
import { deriveKey, loadServerSecret } from '../../identity/server-secret.js';
import { openStore, type Store } from '../../store/index.js';

/**
 * Store, secret-derived keys and services shared by the gateway and the CLI commands
 * (keys, tenants, audit, migrate). Opening it never starts timers or network listeners.
 */
export interface SecurityContext {
  store: Store;
  secret: Buffer;
  /** Subkey for API-key HMACs. */
  hashKey: Buffer;
  /** Subkey for the audit hash chain. */
  chainKey: Buffer;
  keys: KeysService;
  cipher: ContentCipher | undefined;
  close(): Promise<void>;
}

export function databaseUrl(
  config: PalisadeConfig,
  env: NodeJS.ProcessEnv = process.env,
): string | undefined {
  return env.PALISADE_DATABASE_URL || resolveMaybeRef(config.database.url, env);
}

export async function openSecurityContext(
  config: PalisadeConfig,
  options: { migrate?: boolean; env?: NodeJS.ProcessEnv } = {},
): Promise<SecurityContext> {
  const url = databaseUrl(config, options.env);
  // Secrets and keys first: a misconfiguration fails before anything touches the database.
  const secret = loadServerSecret({
    ref: config.identity.secret,
    dataDir: config.database.dataDir,
    shared: url !== undefined,
  });
  const cipher = loadContentCipher(config.audit);
  const store = await openStore({
    url,
    schema: config.database.schema,
    dataDir: config.database.dataDir,
    poolSize: config.database.poolSize,
    migrate: options.migrate ?? config.database.migrateOnStart,
  });
  const hashKey = deriveKey(secret, 'api-key');
  return {
    store,
    secret,
    hashKey,
    chainKey: deriveKey(secret, 'audit-chain'),
    keys: new KeysService(store, hashKey),
    cipher,
    close: () => store.close(),
  };
}
