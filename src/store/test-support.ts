import { randomBytes } from 'node:crypto';
import pg from 'pg';

/**
 * Helpers for tests that need real servers. In CI (CI=true) a missing server is a failure, never a
 * skip; locally the suite skips with a message.
 */
export const TEST_PG_URL = process.env.PALISADE_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
export const TEST_REDIS_URL = process.env.PALISADE_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379/0';
export const IN_CI = process.env.CI === 'true';

export async function postgresReachable(url = TEST_PG_URL): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1_500 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** A schema name no other test run uses; drop it with dropSchema. */
export function uniqueSchema(label: string): string {
  return `t_${label}_${process.pid}_${randomBytes(4).toString('hex')}`;
}

export async function dropSchema(schema: string, url = TEST_PG_URL): Promise<void> {
  if (!/^t_[a-z0-9_]+$/.test(schema)) throw new Error(`refusing to drop ${schema}`);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`drop schema if exists "${schema}" cascade`);
  } finally {
    await client.end();
  }
}

/** Decides skip vs fail for a missing server; logs why it skips. */
export function serverGate(name: string, reachable: boolean): { skip: boolean; failure?: string } {
  if (reachable) return { skip: false };
  if (IN_CI) return { skip: false, failure: `${name} is unreachable and CI=true: this suite must not skip` };
  process.stderr.write(`[skip] ${name} unreachable; set CI=true to make this a failure\n`);
  return { skip: true };
}
