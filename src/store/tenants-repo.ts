import type { Kysely, Selectable } from 'kysely';
import { type Cursor, decodeCursor, encodeCursor, type Page } from './cursor.js';
import type { Database, TenantsTable } from './schema.js';

export type TenantRow = Selectable<TenantsTable>;
export type TenantLimits = Pick<TenantRow, 'rpm' | 'tpm' | 'tpd' | 'concurrency'>;

export class TenantsRepo {
  constructor(private readonly db: Kysely<Database>) {}

  async create(row: TenantRow): Promise<void> {
    await this.db.insertInto('tenants').values(row).execute();
  }

  /** Creates the tenant if missing; returns whether it was created. */
  async ensure(id: string, now: number): Promise<boolean> {
    const result = await this.db
      .insertInto('tenants')
      .values({ id, name: id, created_at: now, rpm: null, tpm: null, tpd: null, concurrency: null })
      .onConflict((oc) => oc.column('id').doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
  }

  async get(id: string): Promise<TenantRow | undefined> {
    return this.db.selectFrom('tenants').selectAll().where('id', '=', id).executeTakeFirst();
  }

  async update(id: string, patch: Partial<TenantLimits & { name: string }>): Promise<boolean> {
    const result = await this.db.updateTable('tenants').set(patch).where('id', '=', id).executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  /** Ordered by id; `only` restricts to one tenant (the caller's scope). */
  async list(options: {
    only?: string | undefined;
    limit: number;
    cursor?: string | undefined;
  }): Promise<Page<TenantRow>> {
    let query = this.db
      .selectFrom('tenants')
      .selectAll()
      .orderBy('id')
      .limit(options.limit + 1);
    if (options.only !== undefined) query = query.where('id', '=', options.only);
    const after: Cursor | undefined = decodeCursor(options.cursor);
    if (after) query = query.where('id', '>', after.id);
    const rows = await query.execute();
    const items = rows.slice(0, options.limit);
    const last = items.at(-1);
    return {
      items,
      nextCursor: rows.length > options.limit && last ? encodeCursor({ t: 0, id: last.id }) : undefined,
    };
  }
}
