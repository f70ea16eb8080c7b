import { randomBytes } from 'node:crypto';
import type { LimitSet } from '../core/config-security.js';
import type { ApiKeyRow, Page, Store, TenantRow } from '../store/index.js';
import { displayPrefix, generateApiKey, hashApiKey } from './api-key.js';
import {
  type KeyView,
  limitColumns,
  limitsOf,
  modelGlobsSchema,
  ROLES,
  type RoleName,
  type TenantView,
  tenantIdSchema,
} from './model.js';

export interface CreateKeyInput {
  tenant: string;
  role: RoleName;
  models: string[];
  name?: string | undefined;
  expiresAt?: number | undefined;
  limits?: LimitSet | undefined;
  /** Operator-supplied key (bootstrap from env:); generated otherwise. */
  key?: string | undefined;
}

export interface CreatedKey {
  /** Shown once; never stored. */
  key: string;
  view: KeyView;
}

/** Listeners learn about revocations and rotations so auth caches drop the old entry at once. */
export type KeyChangeListener = (keyId: string) => void;

export class KeysService {
  readonly #listeners: KeyChangeListener[] = [];

  constructor(
    private readonly store: Store,
    private readonly hashKey: Buffer,
    private readonly now: () => number = Date.now,
  ) {}

  onChange(listener: KeyChangeListener): void {
    this.#listeners.push(listener);
  }

  async create(input: CreateKeyInput): Promise<CreatedKey> {
    const tenant = tenantIdSchema.parse(input.tenant);
    const models = modelGlobsSchema.parse(input.models);
    if (!ROLES.includes(input.role)) throw new Error(`unknown role ${String(input.role)}`);
    const key = input.key ?? generateApiKey();
    const now = this.now();
    await this.store.tenants.ensure(tenant, now);
    const row: ApiKeyRow = {
      id: `key_${randomBytes(9).toString('base64url')}`,
      tenant,
      role: input.role,
      name: input.name ?? '',
      hash: hashApiKey(this.hashKey, key),
      prefix: displayPrefix(key),
      models: JSON.stringify(models),
      ...limitColumns(input.limits),
      created_at: now,
      expires_at: input.expiresAt ?? null,
      revoked_at: null,
    };
    await this.store.keys.insert(row);
    return { key, view: toKeyView(row, now) };
  }

  async get(id: string): Promise<KeyView | undefined> {
    const row = await this.store.keys.get(id);
    return row ? toKeyView(row, this.now()) : undefined;
  }

  async list(filter: {
    tenant?: string | undefined;
    role?: string | undefined;
    includeRevoked?: boolean | undefined;
    limit: number;
    cursor?: string | undefined;
  }): Promise<Page<KeyView>> {
    const page = await this.store.keys.list(filter);
    const now = this.now();
    return { items: page.items.map((row) => toKeyView(row, now)), nextCursor: page.nextCursor };
  }

  async revoke(id: string): Promise<boolean> {
    const done = await this.store.keys.revoke(id, this.now());
    if (done) this.#emit(id);
    return done;
  }

  /** New secret for the same key id, tenant, role, models and limits; the old secret stops working. */
  async rotate(id: string): Promise<CreatedKey | undefined> {
    const key = generateApiKey();
    const done = await this.store.keys.replaceSecret(id, hashApiKey(this.hashKey, key), displayPrefix(key));
    if (!done) return undefined;
    this.#emit(id);
    const row = await this.store.keys.get(id);
    return row ? { key, view: toKeyView(row, this.now()) } : undefined;
  }

  #emit(id: string): void {
    for (const listener of this.#listeners) listener(id);
  }
}

export function toKeyView(row: ApiKeyRow, now: number): KeyView {
  const status =
    row.revoked_at !== null
      ? 'revoked'
      : row.expires_at !== null && row.expires_at <= now
        ? 'expired'
        : 'active';
  return {
    id: row.id,
    tenant: row.tenant,
    role: row.role as RoleName,
    name: row.name,
    prefix: row.prefix,
    models: JSON.parse(row.models) as string[],
    limits: limitsOf(row),
    createdAt: new Date(row.created_at).toISOString(),
    expiresAt: row.expires_at === null ? null : new Date(row.expires_at).toISOString(),
    revokedAt: row.revoked_at === null ? null : new Date(row.revoked_at).toISOString(),
    status,
  };
}

export function toTenantView(row: TenantRow): TenantView {
  return {
    id: row.id,
    name: row.name,
    createdAt: new Date(row.created_at).toISOString(),
    limits: limitsOf(row),
  };
}
