import type { Redis } from 'ioredis';
import type { SharedState } from '../core/index.js';

/**
 * SharedState on Redis, for several gateway instances (pseudonym vaults, small per-conversation state).
 * Values expire with PX; keys are namespaced so one Redis can serve other features too.
 */
export class RedisSharedState implements SharedState {
  constructor(
    private readonly client: Redis,
    private readonly prefix = 'palisade:state:',
  ) {}

  async get(key: string): Promise<string | undefined> {
    const value = await this.client.get(this.prefix + key);
    return value ?? undefined;
  }

  async set(key: string, value: string, ttlMs: number): Promise<void> {
    await this.client.set(this.prefix + key, value, 'PX', Math.max(1, Math.ceil(ttlMs)));
  }

  async delete(key: string): Promise<void> {
    await this.client.del(this.prefix + key);
  }
}
