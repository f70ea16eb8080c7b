import { AuditRepo } from './audit-repo.js';
import { KeysRepo } from './keys-repo.js';
import { MetaRepo } from './meta-repo.js';
import { migrateToLatest } from './migrate.js';
import { type Db, openDatabase, type StoreOptions } from './open.js';
import { TenantsRepo } from './tenants-repo.js';

export type { AuditChainRow, AuditCheckpointRow, AuditEventRow, AuditFilter } from './audit-repo.js';
export type { Page } from './cursor.js';
export type { ApiKeyRow, KeyFilter } from './keys-repo.js';
export type { Db, Engine, StoreOptions } from './open.js';
export type { TenantLimits, TenantRow } from './tenants-repo.js';
export { migrateToLatest, openDatabase };

/** The store: one Kysely code path over SQLite or PostgreSQL, split into small repositories. */
export interface Store {
  readonly db: Db;
  readonly tenants: TenantsRepo;
  readonly keys: KeysRepo;
  readonly audit: AuditRepo;
  readonly meta: MetaRepo;
  close(): Promise<void>;
}

export function storeFrom(db: Db): Store {
  return {
    db,
    tenants: new TenantsRepo(db.kysely),
    keys: new KeysRepo(db.kysely),
    audit: new AuditRepo(db.kysely),
    meta: new MetaRepo(db.kysely),
    close: () => db.close(),
  };
}

/** Opens the database and (optionally) migrates it to the latest schema. */
export async function openStore(options: StoreOptions & { migrate?: boolean }): Promise<Store> {
  const db = await openDatabase(options);
  try {
    if (options.migrate !== false) await migrateToLatest(db);
  } catch (error) {
    await db.close();
    throw error;
  }
  return storeFrom(db);
}
