import { randomBytes } from 'node:crypto';
import type { Store } from '../store/index.js';
import { isWellFormedKey } from './api-key.js';
import type { KeysService } from './keys-service.js';
import { SYSTEM_TENANT } from './model.js';
import { resolveSecretRef } from './secret-ref.js';
import { secretFingerprint } from './server-secret.js';

export interface BootstrapResult {
  /** Set only when this call generated the admin key: print it once, never log it. */
  generatedKey: string | undefined;
  createdKeyId: string | undefined;
}

/**
 * First start with no admin key: create one admin key in the system tenant, taken from
 * identity.bootstrapAdminKey (env:/file:) or generated. Never a default password. A meta row claimed
 * with insert-if-absent makes sure only one of several instances starting together does it.
 */
export async function bootstrapIdentity(
  store: Store,
  keys: KeysService,
  secret: Buffer,
  bootstrapRef: string | undefined,
): Promise<BootstrapResult> {
  const fingerprint = secretFingerprint(secret);
  const stored = await store.meta.setIfAbsent('secret_fingerprint', fingerprint);
  if (stored !== fingerprint) {
    throw new Error(
      'the server secret differs from the one this store was created with; every API key would fail',
    );
  }
  // Once per store, ever: revoking every admin later does not silently mint a new one (use the CLI).
  if ((await store.meta.get('bootstrap_claim')) !== undefined)
    return { generatedKey: undefined, createdKeyId: undefined };
  if ((await store.keys.list({ role: 'admin', limit: 1 })).items.length > 0) {
    return { generatedKey: undefined, createdKeyId: undefined };
  }
  const claim = randomBytes(8).toString('hex');
  if ((await store.meta.setIfAbsent('bootstrap_claim', claim)) !== claim) {
    return { generatedKey: undefined, createdKeyId: undefined };
  }
  const supplied = bootstrapRef ? resolveSecretRef(bootstrapRef) : undefined;
  if (supplied !== undefined && !isWellFormedKey(supplied)) {
    throw new Error('identity.bootstrapAdminKey must look like pal_ followed by 20-200 of [A-Za-z0-9_-]');
  }
  const created = await keys.create({
    tenant: SYSTEM_TENANT,
    role: 'admin',
    models: ['*'],
    name: 'bootstrap admin',
    key: supplied,
  });
  return { generatedKey: supplied ? undefined : created.key, createdKeyId: created.view.id };
}
