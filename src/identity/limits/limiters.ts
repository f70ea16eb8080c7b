import type { Redis } from 'ioredis';
import { type RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis } from 'rate-limiter-flexible';

export type Dimension = 'rpm' | 'tpm' | 'tpd' | 'concurrency';

export interface LimiterStoreOptions {
  backend: 'memory' | 'redis';
  redis?: Redis | undefined;
  keyPrefix: string;
  /** 'memory': per-instance limits stand in while Redis fails (rate-limiter-flexible insurance). */
  insurance: boolean;
  concurrencyTtlSec: number;
}

const WINDOW_SEC: Record<Exclude<Dimension, 'concurrency'>, number> = { rpm: 60, tpm: 60, tpd: 86_400 };

/**
 * One rate-limiter-flexible instance per (dimension, points): a key's limit is per key, the library's
 * is per instance. Instances with the same dimension share the store key space, so changing a key's
 * limit keeps its counters.
 */
export class LimiterCache {
  readonly #limiters = new Map<string, RateLimiterAbstract>();

  constructor(private readonly options: LimiterStoreOptions) {}

  get(dimension: Dimension, points: number): RateLimiterAbstract {
    const id = `${dimension}:${points}`;
    let limiter = this.#limiters.get(id);
    if (!limiter) {
      limiter = this.#create(dimension, points);
      this.#limiters.set(id, limiter);
    }
    return limiter;
  }

  #create(dimension: Dimension, points: number): RateLimiterAbstract {
    // A concurrency slot is a counter consumed on admit and rewarded on release; the TTL frees slots
    // of a crashed instance.
    const duration = dimension === 'concurrency' ? this.options.concurrencyTtlSec : WINDOW_SEC[dimension];
    const keyPrefix = `${this.options.keyPrefix}rl:${dimension}`;
    if (this.options.backend === 'memory') return new RateLimiterMemory({ points, duration, keyPrefix });
    if (!this.options.redis) throw new Error('limits.backend is redis but no Redis client was given');
    return new RateLimiterRedis({
      storeClient: this.options.redis,
      points,
      duration,
      keyPrefix,
      // Fail fast while disconnected instead of queueing behind a dead connection.
      rejectIfRedisNotReady: true,
      ...(this.options.insurance
        ? { insuranceLimiter: new RateLimiterMemory({ points, duration, keyPrefix }) }
        : {}),
    });
  }
}
