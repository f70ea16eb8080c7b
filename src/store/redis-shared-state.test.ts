import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { MemorySharedState, type SharedState } from '../core/index.js';
import { RedisSharedState } from './redis-shared-state.js';

const URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const IN_CI = process.env.CI === 'true';

async function connect(): Promise<Redis | undefined> {
  const client = new Redis(URL, {
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    connectTimeout: 1_000,
    retryStrategy: () => null,
  });
  client.on('error', () => {});
  try {
    await client.connect();
    await client.ping();
    return client;
  } catch (error) {
    client.disconnect();
    // In CI a missing Redis is a broken environment, not a reason to skip.
    if (IN_CI) throw new Error(`Redis at ${URL} is unreachable in CI: ${(error as Error).message}`);
    return undefined;
  }
}

const client = await connect();
const prefix = `palisade:test:${process.pid}:${Date.now()}:`;

/** One conformance suite for every SharedState implementation. */
function conformance(name: string, make: () => SharedState) {
  describe(name, () => {
    it('stores, reads and deletes', async () => {
      const state = make();
      expect(await state.get('a')).toBeUndefined();
      await state.set('a', '{"v":1}', 10_000);
      expect(await state.get('a')).toBe('{"v":1}');
      await state.delete('a');
      expect(await state.get('a')).toBeUndefined();
    });
    it('expires after the TTL', async () => {
      const state = make();
      await state.set('ttl', 'x', 50);
      expect(await state.get('ttl')).toBe('x');
      await new Promise((resolve) => setTimeout(resolve, 120));
      expect(await state.get('ttl')).toBeUndefined();
    });
  });
}

conformance('MemorySharedState', () => new MemorySharedState());

describe.skipIf(!client)('RedisSharedState (real Redis)', () => {
  afterAll(async () => {
    if (!client) return;
    const keys = await client.keys(`${prefix}*`);
    if (keys.length > 0) await client.del(...keys);
    client.disconnect();
  });
  conformance('conformance', () => new RedisSharedState(client!, prefix));
  it('two instances see the same value (two gateway processes)', async () => {
    const a = new RedisSharedState(client!, prefix);
    const b = new RedisSharedState(client!, prefix);
    await a.set('shared', 'vault', 10_000);
    expect(await b.get('shared')).toBe('vault');
  });
});
