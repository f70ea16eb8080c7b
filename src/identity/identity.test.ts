import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PalisadeError } from '../core/errors.js';
import { openStore, type Store } from '../store/index.js';
import { generateApiKey, presentedKey } from './api-key.js';
import { Authenticator } from './authenticator.js';
import { bootstrapIdentity } from './bootstrap.js';
import { parseDuration } from './duration.js';
import { GuessGuard } from './guess-guard.js';
import { KeysService } from './keys-service.js';
import type { SecurityLogger } from './logger.js';
import { deriveKey, loadServerSecret } from './server-secret.js';

const secret = Buffer.from('x'.repeat(48));
const hashKey = deriveKey(secret, 'api-key');

async function code(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'ok';
  } catch (error) {
    if (error instanceof PalisadeError) return error.code;
    throw error;
  }
}

describe('presented key', () => {
  const key = generateApiKey();
  it('reads Bearer and x-api-key, rejects malformed, repeated, conflicting and huge headers', () => {
    expect(presentedKey({})).toEqual({ kind: 'none' });
    expect(presentedKey({ authorization: `Bearer ${key}` })).toEqual({ kind: 'key', key });
    expect(presentedKey({ 'x-api-key': key })).toEqual({ kind: 'key', key });
    expect(presentedKey({ authorization: `bearer ${key}`, 'x-api-key': key })).toEqual({ kind: 'key', key });
    for (const headers of [
      { authorization: key },
      { authorization: `Basic ${key}` },
      { authorization: [`Bearer ${key}`, `Bearer ${key}`] },
      { authorization: `Bearer ${key}`, 'x-api-key': generateApiKey() },
      { authorization: `Bearer ${key}${'a'.repeat(20_000)}` },
      { 'x-api-key': "pal_' OR 1=1 --" },
      { 'x-api-key': 'sk-not-ours' },
      { authorization: 'Bearer \u0000pal_aaaaaaaaaaaaaaaaaaaaaaaa' },
    ]) {
      expect(presentedKey(headers)).toEqual({ kind: 'malformed' });
    }
  });
  it('keys are random, prefixed and long', () => {
    expect(generateApiKey()).toMatch(/^pal_[A-Za-z0-9_-]{43}$/);
    expect(generateApiKey()).not.toBe(generateApiKey());
  });
});

describe('durations', () => {
  it('parses units and rejects junk', () => {
    expect(parseDuration('30d')).toBe(30 * 86_400_000);
    expect(parseDuration('15m')).toBe(900_000);
    for (const bad of ['', '0d', '30', 'd', '1y', '-1d']) expect(() => parseDuration(bad)).toThrow();
  });
});

describe('server secret', () => {
  it('is generated once with 0600 and reused; refused for a shared store without a reference', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pal-secret-'));
    const first = loadServerSecret({ dataDir: dir, shared: false });
    expect(statSync(join(dir, 'server-secret')).mode & 0o777).toBe(0o600);
    expect(loadServerSecret({ dataDir: dir, shared: false }).equals(first)).toBe(true);
    expect(() => loadServerSecret({ dataDir: dir, shared: true })).toThrow(/required with PostgreSQL/);
    const file = join(dir, 'ref');
    writeFileSync(file, 'short');
    expect(() => loadServerSecret({ ref: `file:${file}`, dataDir: dir, shared: true })).toThrow(/at least/);
  });
});

describe('keys and authentication', () => {
  let store: Store;
  let keys: KeysService;
  let auth: Authenticator;
  let now = Date.parse('2026-01-01T00:00:00Z');
  const warnings: string[] = [];
  const logger: SecurityLogger = {
    info: () => undefined,
    warn: (_o, msg) => warnings.push(msg ?? ''),
    error: () => undefined,
  };

  beforeAll(async () => {
    store = await openStore({ dataDir: '', sqliteFile: ':memory:' });
    keys = new KeysService(store, hashKey, () => now);
    const guard = new GuessGuard({ freeFailuresPerMinute: 3, delayMs: 5, blockAfterPerMinute: 6 }, logger);
    auth = new Authenticator(store, hashKey, guard, 60_000, () => now);
    keys.onChange((id) => auth.evict(id));
  });
  afterAll(() => store.close());

  it('bootstrap creates one admin key on an empty store, printed once, and checks the secret', async () => {
    const result = await bootstrapIdentity(store, keys, secret, undefined);
    expect(result.generatedKey).toMatch(/^pal_/);
    const principal = await auth.authenticate({ authorization: `Bearer ${result.generatedKey}` }, '10.0.0.1');
    expect(principal).toMatchObject({ tenant: 'system', role: 'admin', models: ['*'] });
    expect((await bootstrapIdentity(store, keys, secret, undefined)).generatedKey).toBeUndefined();
    await expect(bootstrapIdentity(store, keys, Buffer.from('y'.repeat(48)), undefined)).rejects.toThrow(
      /secret differs/,
    );
  });

  it('stores only a hash and a short prefix', async () => {
    const created = await keys.create({
      tenant: 'acme',
      role: 'user',
      models: ['llama3*'],
      limits: { rpm: 5 },
    });
    const row = await store.keys.get(created.view.id);
    expect(row?.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(row)).not.toContain(created.key);
    expect(created.view.prefix).toBe(created.key.slice(0, 12));
    expect(created.view.limits).toEqual({ rpm: 5 });
    expect(auth.contextOf(await auth.authenticate({ 'x-api-key': created.key }, 'ip'))?.keyLimits).toEqual({
      rpm: 5,
    });
  });

  it('unknown, expired, revoked and rotated-away keys are invalid_api_key; missing is authentication_required', async () => {
    expect(await code(auth.authenticate({}, 'a'))).toBe('authentication_required');
    expect(await code(auth.authenticate({ 'x-api-key': generateApiKey() }, 'a'))).toBe('invalid_api_key');
    const expiring = await keys.create({
      tenant: 'acme',
      role: 'user',
      models: ['*'],
      expiresAt: now + 1_000,
    });
    expect(await code(auth.authenticate({ 'x-api-key': expiring.key }, 'b'))).toBe('ok');
    now += 2_000;
    expect(await code(auth.authenticate({ 'x-api-key': expiring.key }, 'b'))).toBe('invalid_api_key');
    expect((await keys.get(expiring.view.id))?.status).toBe('expired');
    const revoked = await keys.create({ tenant: 'acme', role: 'user', models: ['*'] });
    expect(await code(auth.authenticate({ 'x-api-key': revoked.key }, 'c'))).toBe('ok');
    expect(await keys.revoke(revoked.view.id)).toBe(true);
    expect(await code(auth.authenticate({ 'x-api-key': revoked.key }, 'c'))).toBe('invalid_api_key');
    const rotating = await keys.create({ tenant: 'acme', role: 'auditor', models: ['*'] });
    const rotated = await keys.rotate(rotating.view.id);
    expect(rotated?.view.id).toBe(rotating.view.id);
    expect(await code(auth.authenticate({ 'x-api-key': rotating.key }, 'd'))).toBe('invalid_api_key');
    expect(await code(auth.authenticate({ 'x-api-key': rotated!.key }, 'd'))).toBe('ok');
    expect(await keys.rotate(revoked.view.id)).toBeUndefined();
  });

  it('a key-guessing burst is slowed, logged, then blocked even for a valid key', async () => {
    const valid = await keys.create({ tenant: 'acme', role: 'user', models: ['*'] });
    const ip = '203.0.113.9';
    const codes: string[] = [];
    for (let i = 0; i < 8; i++)
      codes.push(await code(auth.authenticate({ 'x-api-key': generateApiKey() }, ip)));
    expect(codes.slice(0, 6).every((c) => c === 'invalid_api_key')).toBe(true);
    expect(codes.slice(6)).toEqual(['rate_limited', 'rate_limited']);
    expect(warnings.some((w) => w.includes('slowing'))).toBe(true);
    expect(warnings.some((w) => w.includes('blocked'))).toBe(true);
    expect(await code(auth.authenticate({ 'x-api-key': valid.key }, ip))).toBe('rate_limited');
    expect(await code(auth.authenticate({ 'x-api-key': valid.key }, '198.51.100.1'))).toBe('ok');
  });

  it('rejects bad tenants, roles and model lists', async () => {
    await expect(keys.create({ tenant: "acme'; --", role: 'user', models: ['*'] })).rejects.toThrow();
    await expect(keys.create({ tenant: 'acme', role: 'root' as 'user', models: ['*'] })).rejects.toThrow();
    await expect(keys.create({ tenant: 'acme', role: 'user', models: [] })).rejects.toThrow();
  });
});
