import { randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PalisadeError } from '../../core/errors.js';
import { serverGate, TEST_REDIS_URL } from '../../store/test-support.js';
import { silentLogger } from '../logger.js';
import { LimiterCache } from './limiters.js';
import { type LimitSubject, Limits } from './limits.js';
import { createLimitsRedis, redisReady } from './redis-client.js';

/** One limiter suite, every backend. */
async function redisReachable(): Promise<boolean> {
  const client = createLimitsRedis(TEST_REDIS_URL, 500, silentLogger);
  try {
    await redisReady(client, 1_500);
    return true;
  } catch {
    return false;
  } finally {
    client.disconnect();
  }
}

const redisGate = serverGate('Redis', await redisReachable());
const prefix = `paltest:${process.pid}:${randomBytes(3).toString('hex')}:`;
const tick = () => new Promise((r) => setTimeout(r, 30));

function subject(
  keyId: string,
  keyLimits: LimitSubject['keyLimits'],
  tenantLimits: LimitSubject['tenantLimits'] = {},
  tenant = 'acme',
): LimitSubject {
  return { keyId, tenant, keyLimits, tenantLimits };
}

async function refusal(promise: Promise<unknown>): Promise<PalisadeError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof PalisadeError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

const backends: {
  name: string;
  skip: boolean;
  failure?: string | undefined;
  redis: () => Redis | undefined;
}[] = [
  { name: 'memory', skip: false, redis: () => undefined },
  {
    name: 'redis',
    skip: redisGate.skip,
    failure: redisGate.failure,
    redis: () => createLimitsRedis(TEST_REDIS_URL, 500, silentLogger),
  },
];

for (const backend of backends) {
  describe.skipIf(backend.skip)(`limits: ${backend.name}`, () => {
    let redis: Redis | undefined;
    let limits: Limits;
    const run = randomBytes(3).toString('hex');

    beforeAll(async () => {
      if (backend.failure) throw new Error(backend.failure);
      redis = backend.redis();
      if (redis) await redisReady(redis);
      const limiters = new LimiterCache({
        backend: redis ? 'redis' : 'memory',
        redis,
        keyPrefix: prefix,
        insurance: false,
        concurrencyTtlSec: 60,
      });
      limits = new Limits({
        limiters,
        keyDefaults: {},
        tenantDefaults: {},
        onStoreError: 'closed',
        logger: silentLogger,
      });
    });
    afterAll(async () => {
      if (!redis) return;
      const keys = await redis.keys(`${prefix}*`);
      if (keys.length) await redis.del(...keys);
      redis.disconnect();
    });

    it('requests per minute: 429 rate_limited with Retry-After past the limit', async () => {
      const s = subject(`rpm-${run}`, { rpm: 3 });
      for (let i = 0; i < 3; i++) (await limits.admit(s, 1)).release(undefined);
      const error = await refusal(limits.admit(s, 1));
      expect(error.code).toBe('rate_limited');
      expect(error.status).toBe(429);
      expect(Number(error.headers['retry-after'])).toBeGreaterThanOrEqual(1);
      expect(Number(error.headers['retry-after'])).toBeLessThanOrEqual(60);
    });

    it('tokens per minute: estimate charged before, corrected from reported usage', async () => {
      const s = subject(`tpm-${run}`, { tpm: 100 });
      const first = await limits.admit(s, 60);
      expect((await refusal(limits.admit(s, 60))).code).toBe('quota_exceeded');
      first.release({ inputTokens: 5, outputTokens: 5 }); // really 10: gives 50 back
      await tick();
      (await limits.admit(s, 60)).release({ inputTokens: 60, outputTokens: 0 });
      await tick();
      // 10 + 60 used: 30 left; a 40-token estimate is refused, a 30 one fits.
      expect((await refusal(limits.admit(s, 40))).code).toBe('quota_exceeded');
      const last = await limits.admit(s, 30);
      last.release({ inputTokens: 30, outputTokens: 40 }); // output overran: penalty
      await tick();
      expect((await refusal(limits.admit(s, 0))).code).toBe('quota_exceeded');
    });

    it('tokens per day are enforced separately', async () => {
      const s = subject(`tpd-${run}`, { tpm: 1_000, tpd: 50 });
      (await limits.admit(s, 50)).release(undefined);
      const error = await refusal(limits.admit(s, 1));
      expect(error.code).toBe('quota_exceeded');
      expect(error.details).toEqual({ limit: 'key.tpd' });
    });

    it('concurrency: slots held until release; a refused request gives its tokens back', async () => {
      const s = subject(`conc-${run}`, { concurrency: 2, tpm: 100 });
      const a = await limits.admit(s, 10);
      const b = await limits.admit(s, 10);
      expect((await refusal(limits.admit(s, 10))).code).toBe('concurrency_limited');
      a.release(undefined);
      a.release(undefined); // idempotent
      await tick();
      const c = await limits.admit(s, 80); // 10 (b) + 80 = 90: the refused 10 were refunded
      b.release(undefined);
      c.release(undefined);
    });

    it('tenant limits are shared by all keys of the tenant, not across tenants', async () => {
      const tenant = `t-${run}`;
      (await limits.admit(subject(`k1-${run}`, {}, { rpm: 2 }, tenant), 1)).release(undefined);
      (await limits.admit(subject(`k2-${run}`, {}, { rpm: 2 }, tenant), 1)).release(undefined);
      const error = await refusal(limits.admit(subject(`k3-${run}`, {}, { rpm: 2 }, tenant), 1));
      expect(error.details).toEqual({ limit: 'tenant.rpm' });
      (await limits.admit(subject(`k1-${run}`, {}, { rpm: 2 }, `${tenant}-other`), 1)).release(undefined);
    });

    it('no limits configured: admitted without touching the store', async () => {
      const admission = await limits.admit(subject(`free-${run}`, {}), 1_000_000);
      admission.release({ inputTokens: 1, outputTokens: 1 });
    });
  });
}

describe('limits: Redis unreachable', () => {
  // Port 1 refuses connections: the client never becomes ready.
  const make = (onStoreError: 'closed' | 'open' | 'memory') => {
    const redis = createLimitsRedis('redis://127.0.0.1:1', 200, silentLogger);
    const limiters = new LimiterCache({
      backend: 'redis',
      redis,
      keyPrefix: prefix,
      insurance: onStoreError === 'memory',
      concurrencyTtlSec: 60,
    });
    return {
      redis,
      limits: new Limits({
        limiters,
        keyDefaults: { rpm: 1 },
        tenantDefaults: {},
        onStoreError,
        logger: silentLogger,
      }),
    };
  };

  it('fails closed by default: 503 limiter_unavailable', async () => {
    const { redis, limits } = make('closed');
    const error = await refusal(limits.admit(subject('down', {}), 1));
    expect(error.code).toBe('limiter_unavailable');
    expect(error.status).toBe(503);
    redis.disconnect();
  });

  it('open: admits without limits', async () => {
    const { redis, limits } = make('open');
    for (let i = 0; i < 3; i++) (await limits.admit(subject('down', {}), 1)).release(undefined);
    redis.disconnect();
  });

  it('memory: per-instance limits stand in', async () => {
    const { redis, limits } = make('memory');
    (await limits.admit(subject('down-mem', {}), 1)).release(undefined);
    expect((await refusal(limits.admit(subject('down-mem', {}), 1))).code).toBe('rate_limited');
    redis.disconnect();
  });
});
