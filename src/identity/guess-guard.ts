import { setTimeout as sleep } from 'node:timers/promises';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { PalisadeError } from '../core/errors.js';
import type { SecurityLogger } from './logger.js';

export interface GuessGuardOptions {
  freeFailuresPerMinute: number;
  delayMs: number;
  blockAfterPerMinute: number;
}

/**
 * Slows down and then blocks a client IP that presents many bad keys (per instance). A blocked IP
 * is refused before its key is checked, so a burst cannot keep using the valid/invalid oracle.
 */
export class GuessGuard {
  readonly #failures: RateLimiterMemory;

  constructor(
    private readonly options: GuessGuardOptions,
    private readonly logger: SecurityLogger,
  ) {
    this.#failures = new RateLimiterMemory({ points: options.blockAfterPerMinute, duration: 60 });
  }

  /** Throws rate_limited while the IP is blocked. */
  async check(ip: string): Promise<void> {
    const state = await this.#failures.get(ip);
    if (state && state.consumedPoints > this.options.blockAfterPerMinute) throw blocked(state);
  }

  /** Records one failure; delays it past the free allowance; throws rate_limited past the block line. */
  async failed(ip: string, reason: string): Promise<void> {
    let state: RateLimiterRes;
    try {
      state = await this.#failures.consume(ip, 1);
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      if (rejection.consumedPoints === this.options.blockAfterPerMinute + 1) {
        this.logger.warn({ ip, failures: rejection.consumedPoints }, 'key-guessing burst: client blocked');
      }
      throw blocked(rejection);
    }
    if (state.consumedPoints > this.options.freeFailuresPerMinute) {
      if (state.consumedPoints === this.options.freeFailuresPerMinute + 1) {
        this.logger.warn(
          { ip, failures: state.consumedPoints, reason },
          'key-guessing burst: slowing client down',
        );
      }
      if (this.options.delayMs > 0) await sleep(this.options.delayMs);
    }
  }
}

function blocked(state: RateLimiterRes): PalisadeError {
  const seconds = Math.max(1, Math.ceil(state.msBeforeNext / 1000));
  return new PalisadeError('rate_limited', 'Too many invalid API keys from this address.', {
    headers: { 'retry-after': String(seconds) },
  });
}
