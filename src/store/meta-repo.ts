import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

/** Small key-value table for store-wide facts (bootstrap done, secret fingerprint). */
export class MetaRepo {
  constructor(private readonly db: Kysely<Database>) {}

  async get(key: string): Promise<string | undefined> {
    const row = await this.db
      .selectFrom('palisade_meta')
      .select('value')
      .where('key', '=', key)
      .executeTakeFirst();
    return row?.value;
  }

  /** Inserts only if absent; returns the value now stored (first writer wins across instances). */
  async setIfAbsent(key: string, value: string): Promise<string> {
    await this.db
      .insertInto('palisade_meta')
      .values({ key, value })
      .onConflict((oc) => oc.column('key').doNothing())
      .execute();
    return (await this.get(key)) ?? value;
  }
}
