import type { Kysely, Migration, MigrationProvider } from 'kysely';

/**
 * Migrations as code (no files to ship or find at runtime). Column types are chosen to mean the
 * same thing on SQLite and PostgreSQL: text, integer / bigint (epoch ms), no booleans, no JSON types.
 */
const initial: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('tenants')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('rpm', 'integer')
      .addColumn('tpm', 'bigint')
      .addColumn('tpd', 'bigint')
      .addColumn('concurrency', 'integer')
      .execute();

    await db.schema
      .createTable('api_keys')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('tenant', 'text', (c) => c.notNull().references('tenants.id'))
      .addColumn('role', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('hash', 'text', (c) => c.notNull().unique())
      .addColumn('prefix', 'text', (c) => c.notNull())
      .addColumn('models', 'text', (c) => c.notNull())
      .addColumn('rpm', 'integer')
      .addColumn('tpm', 'bigint')
      .addColumn('tpd', 'bigint')
      .addColumn('concurrency', 'integer')
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('expires_at', 'bigint')
      .addColumn('revoked_at', 'bigint')
      .execute();
    await db.schema.createIndex('api_keys_tenant').on('api_keys').columns(['tenant', 'created_at']).execute();

    await db.schema
      .createTable('audit_events')
      .addColumn('chain', 'text', (c) => c.notNull())
      .addColumn('seq', 'bigint', (c) => c.notNull())
      .addColumn('id', 'text', (c) => c.notNull().unique())
      .addColumn('time', 'bigint', (c) => c.notNull())
      .addColumn('request_id', 'text', (c) => c.notNull())
      .addColumn('tenant', 'text')
      .addColumn('key_id', 'text')
      .addColumn('route', 'text', (c) => c.notNull())
      .addColumn('method', 'text', (c) => c.notNull())
      .addColumn('model', 'text')
      .addColumn('upstream', 'text')
      .addColumn('decision', 'text', (c) => c.notNull())
      .addColumn('finding_codes', 'text', (c) => c.notNull())
      .addColumn('input_tokens', 'integer')
      .addColumn('output_tokens', 'integer')
      .addColumn('latency_ms', 'integer', (c) => c.notNull())
      .addColumn('status', 'integer', (c) => c.notNull())
      .addColumn('content_key_id', 'text')
      .addColumn('content', 'text')
      .addColumn('prev_hash', 'text', (c) => c.notNull())
      .addColumn('hash', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('audit_events_pk', ['chain', 'seq'])
      .execute();
    await db.schema.createIndex('audit_events_time').on('audit_events').columns(['time', 'id']).execute();
    await db.schema
      .createIndex('audit_events_tenant_time')
      .on('audit_events')
      .columns(['tenant', 'time', 'id'])
      .execute();

    await db.schema
      .createTable('audit_chains')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('instance', 'text', (c) => c.notNull())
      .addColumn('started_at', 'bigint', (c) => c.notNull())
      .addColumn('head_seq', 'bigint', (c) => c.notNull())
      .addColumn('head_hash', 'text', (c) => c.notNull())
      .addColumn('head_sig', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'bigint', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('audit_checkpoints')
      .addColumn('chain', 'text', (c) => c.primaryKey())
      .addColumn('seq', 'bigint', (c) => c.notNull())
      .addColumn('hash', 'text', (c) => c.notNull())
      .addColumn('sig', 'text', (c) => c.notNull())
      .addColumn('purged_before', 'bigint', (c) => c.notNull())
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('palisade_meta')
      .addColumn('key', 'text', (c) => c.primaryKey())
      .addColumn('value', 'text', (c) => c.notNull())
      .execute();
  },
  async down(db: Kysely<unknown>): Promise<void> {
    for (const table of [
      'palisade_meta',
      'audit_checkpoints',
      'audit_chains',
      'audit_events',
      'api_keys',
      'tenants',
    ]) {
      await db.schema.dropTable(table).ifExists().execute();
    }
  },
};

export const MIGRATIONS: Record<string, Migration> = { '0001_initial': initial };

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => MIGRATIONS,
};
