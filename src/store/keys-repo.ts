import type { Kysely, Selectable } from 'kysely';
import { decodeCursor, encodeCursor, type Page } from './cursor.js';
import type { ApiKeysTable, Database } from './schema.js';

export type ApiKeyRow = Selectable<ApiKeysTable>;

export interface KeyFilter {
  tenant?: string | undefined;
  role?: string | undefined;
  /** Include revoked keys (default false). */
  includeRevoked?: boolean | undefined;
  limit: number;
  cursor?: string | undefined;
}

export class KeysRepo {
  constructor(private readonly db: Kysely<Database>) {}

  async insert(row: ApiKeyRow): Promise<void> {
    await this.db.insertInto('api_keys').values(row).execute();
  }

  async findByHash(hash: string): Promise<ApiKeyRow | undefined> {
    return this.db.selectFrom('api_keys').selectAll().where('hash', '=', hash).executeTakeFirst();
  }

  async get(id: string): Promise<ApiKeyRow | undefined> {
    return this.db.selectFrom('api_keys').selectAll().where('id', '=', id).executeTakeFirst();
  }

  async count(): Promise<number> {
    const row = await this.db
      .selectFrom('api_keys')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  /** Newest first, keyset pagination on (created_at, id). */
  async list(filter: KeyFilter): Promise<Page<ApiKeyRow>> {
    let query = this.db
      .selectFrom('api_keys')
      .selectAll()
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(filter.limit + 1);
    if (filter.tenant !== undefined) query = query.where('tenant', '=', filter.tenant);
    if (filter.role !== undefined) query = query.where('role', '=', filter.role);
    if (!filter.includeRevoked) query = query.where('revoked_at', 'is', null);
    const after = decodeCursor(filter.cursor);
    if (after) {
      query = query.where((eb) =>
        eb.or([
          eb('created_at', '<', after.t),
          eb.and([eb('created_at', '=', after.t), eb('id', '<', after.id)]),
        ]),
      );
    }
    const rows = await query.execute();
    const items = rows.slice(0, filter.limit);
    const last = items.at(-1);
    return {
      items,
      nextCursor:
        rows.length > filter.limit && last ? encodeCursor({ t: last.created_at, id: last.id }) : undefined,
    };
  }

  /** Marks a live key revoked; false if it does not exist or was already revoked. */
  async revoke(id: string, at: number): Promise<boolean> {
    const result = await this.db
      .updateTable('api_keys')
      .set({ revoked_at: at })
      .where('id', '=', id)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  /** Replaces the secret of a live key (rotation keeps id, tenant, role, models and limits). */
  async replaceSecret(id: string, hash: string, prefix: string): Promise<boolean> {
    const result = await this.db
      .updateTable('api_keys')
      .set({ hash, prefix })
      .where('id', '=', id)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }
}
