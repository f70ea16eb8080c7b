import { Redis } from 'ioredis';
import type { SecurityLogger } from '../logger.js';

/**
 * Redis for shared limits. No offline queue and one retry per command: while Redis is down a
 * limiter call must fail fast (then onStoreError decides), not wait for a reconnect.
 */
export function createLimitsRedis(url: string, commandTimeoutMs: number, logger: SecurityLogger): Redis {
  const client = new Redis(url, {
    enableOfflineQueue: false,
    // The parallel limit checks of one request go out in one write.
    enableAutoPipelining: true,
    maxRetriesPerRequest: 1,
    commandTimeout: commandTimeoutMs,
    connectTimeout: 2_000,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2_000),
  });
  let lastLog = 0;
  client.on('error', (error: Error) => {
    // Reconnect attempts repeat; log at most every 10 s. The URL may hold a password: never log it.
    if (Date.now() - lastLog > 10_000) {
      lastLog = Date.now();
      logger.error({ err: error.message }, 'redis connection error');
    }
  });
  return client;
}

/** Resolves when the client is ready, or rejects after timeoutMs. */
export async function redisReady(client: Redis, timeoutMs = 2_000): Promise<void> {
  if (client.status === 'ready') return;
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      client.off('ready', onReady);
      reject(new Error('redis not ready'));
    }, timeoutMs);
    const onReady = (): void => {
      clearTimeout(timer);
      resolve();
    };
    client.once('ready', onReady);
  });
}
