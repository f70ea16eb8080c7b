import { chmodSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.js';

export type Engine = 'sqlite' | 'postgres';

export interface StoreOptions {
  /** PostgreSQL URL (already resolved from any secret reference). Unset: SQLite. */
  url?: string | undefined;
  /** PostgreSQL schema to use (created if missing). */
  schema?: string | undefined;
  /** SQLite: directory holding palisade.db. */
  dataDir: string;
  /** SQLite: explicit file (':memory:' for tests). Overrides dataDir. */
  sqliteFile?: string | undefined;
  poolSize?: number | undefined;
}

export interface Db {
  readonly kysely: Kysely<Database>;
  readonly engine: Engine;
  /** Schema the tables live in (PostgreSQL), for the migrator. */
  readonly schema: string | undefined;
  close(): Promise<void>;
}

const INT8_OID = 20;

/** Opens the one store: PostgreSQL when a URL is given, else the embedded SQLite file. */
export async function openDatabase(options: StoreOptions): Promise<Db> {
  if (options.url) return openPostgres(options.url, options.schema, options.poolSize ?? 10);
  return openSqlite(options.sqliteFile ?? sqlitePath(options.dataDir));
}

export function sqlitePath(dataDir: string): string {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  return join(dataDir, 'palisade.db');
}

function openSqlite(file: string): Db {
  const database = new SQLite(file);
  // Key hashes and the audit log: owner-only. The WAL and shm files inherit the database's mode.
  if (file !== ':memory:') chmodSync(file, 0o600);
  // WAL: readers never block the batched audit writer. synchronous=NORMAL: a committed transaction
  // survives a process crash (the durability we document); an OS crash may lose the last commits.
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = NORMAL');
  database.pragma('busy_timeout = 5000');
  database.pragma('foreign_keys = ON');
  const kysely = new Kysely<Database>({ dialect: new SqliteDialect({ database }) });
  return { kysely, engine: 'sqlite', schema: undefined, close: () => kysely.destroy() };
}

async function openPostgres(url: string, schema: string | undefined, max: number): Promise<Db> {
  const pool = new pg.Pool({
    connectionString: url,
    max,
    // search_path per connection: every unqualified table resolves to our schema.
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
    // bigint columns hold epoch ms, well inside Number's safe range.
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        oid === INT8_OID
          ? (value: string) => Number(value)
          : pg.types.getTypeParser(oid, format ?? 'text')) as typeof pg.types.getTypeParser,
    },
  });
  const kysely = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  if (schema) await sql`create schema if not exists ${sql.id(schema)}`.execute(kysely);
  return { kysely, engine: 'postgres', schema, close: () => kysely.destroy() };
}
