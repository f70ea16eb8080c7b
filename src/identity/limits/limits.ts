import { RateLimiterRes } from 'rate-limiter-flexible';
import type { LimitSet } from '../../core/config-security.js';
import { type ErrorCode, PalisadeError } from '../../core/errors.js';
import type { Admission, TokenUsage } from '../../gateway/hooks.js';
import type { SecurityLogger } from '../logger.js';
import type { Dimension, LimiterCache } from './limiters.js';

export interface LimitSubject {
  keyId: string;
  tenant: string;
  keyLimits: LimitSet;
  tenantLimits: LimitSet;
}

export interface LimitsOptions {
  limiters: LimiterCache;
  keyDefaults: LimitSet;
  tenantDefaults: LimitSet;
  /** closed: reject with limiter_unavailable; open: admit; memory: handled by the limiters' insurance. */
  onStoreError: 'closed' | 'open' | 'memory';
  logger: SecurityLogger;
}

interface Step {
  dimension: Dimension;
  scope: 'key' | 'tenant';
  limiter: ReturnType<LimiterCache['get']>;
  id: string;
  amount: number;
}

const CODE: Record<Dimension, ErrorCode> = {
  rpm: 'rate_limited',
  tpm: 'quota_exceeded',
  tpd: 'quota_exceeded',
  concurrency: 'concurrency_limited',
};
const DIMENSIONS: readonly Dimension[] = ['rpm', 'tpm', 'tpd', 'concurrency'];
const noop: Admission = { release: () => undefined };

/**
 * Per-key and per-tenant limits: requests/min, tokens/min and /day, concurrency. Tokens are charged
 * with the input estimate on admit and corrected with the reported usage on release. All counters are
 * consumed in parallel (one round trip to Redis); if any limit refuses, the token and concurrency
 * charges of this request are given back, the request count is not (hammering counts).
 */
export class Limits {
  constructor(private readonly options: LimitsOptions) {}

  async admit(subject: LimitSubject, estimatedInputTokens: number): Promise<Admission> {
    const steps = this.#plan(subject, Math.max(0, Math.ceil(estimatedInputTokens)));
    if (steps.length === 0) return noop;
    const results = await Promise.allSettled(steps.map((s) => s.limiter.consume(s.id, s.amount)));
    let storeFailed = false;
    let refused: { step: Step; res: RateLimiterRes } | undefined;
    results.forEach((result, i) => {
      if (result.status === 'fulfilled') return;
      const step = steps[i]!;
      if (result.reason instanceof RateLimiterRes) refused ??= { step, res: result.reason };
      else storeFailed = true;
    });
    if (storeFailed) {
      this.options.logger.error(
        { keyId: subject.keyId, policy: this.options.onStoreError },
        'rate-limit store failed',
      );
      if (this.options.onStoreError !== 'open') {
        this.#refund(steps, results);
        throw new PalisadeError('limiter_unavailable');
      }
    }
    if (refused) {
      this.#refund(steps, results);
      const seconds = Math.max(1, Math.ceil(refused.res.msBeforeNext / 1000));
      throw new PalisadeError(CODE[refused.step.dimension], undefined, {
        headers: { 'retry-after': String(seconds) },
        details: { limit: `${refused.step.scope}.${refused.step.dimension}` },
      });
    }
    return this.#admission(steps, estimatedInputTokens);
  }

  #plan(subject: LimitSubject, tokens: number): Step[] {
    const steps: Step[] = [];
    const scopes = [
      {
        scope: 'key' as const,
        id: `k:${subject.keyId}`,
        limits: { ...this.options.keyDefaults, ...subject.keyLimits },
      },
      {
        scope: 'tenant' as const,
        id: `t:${subject.tenant}`,
        limits: { ...this.options.tenantDefaults, ...subject.tenantLimits },
      },
    ];
    for (const { scope, id, limits } of scopes) {
      for (const dimension of DIMENSIONS) {
        const points = limits[dimension];
        if (points === undefined) continue;
        const amount = dimension === 'tpm' || dimension === 'tpd' ? tokens : 1;
        // A zero-token estimate still checks the budget: a spent budget refuses the next request.
        steps.push({ dimension, scope, limiter: this.options.limiters.get(dimension, points), id, amount });
      }
    }
    return steps;
  }

  /** Gives back what this request charged to token and concurrency counters (never the request count). */
  #refund(steps: Step[], results: PromiseSettledResult<RateLimiterRes>[]): void {
    steps.forEach((step, i) => {
      const result = results[i]!;
      const charged = result.status === 'fulfilled' || result.reason instanceof RateLimiterRes;
      if (charged && step.dimension !== 'rpm' && step.amount > 0) this.#adjust(step, -step.amount);
    });
  }

  #admission(steps: Step[], estimated: number): Admission {
    let released = false;
    return {
      release: (usage: TokenUsage | undefined) => {
        if (released) return;
        released = true;
        const delta = usage ? usage.inputTokens + usage.outputTokens - Math.max(0, Math.ceil(estimated)) : 0;
        for (const step of steps) {
          if (step.dimension === 'concurrency') this.#adjust(step, -1);
          else if ((step.dimension === 'tpm' || step.dimension === 'tpd') && delta !== 0)
            this.#adjust(step, delta);
        }
      },
    };
  }

  /** Positive: charge more (penalty); negative: give back (reward). Off the request path. */
  #adjust(step: Step, points: number): void {
    const op = points > 0 ? step.limiter.penalty(step.id, points) : step.limiter.reward(step.id, -points);
    op.catch((error: unknown) =>
      this.options.logger.warn(
        { err: String(error), limit: `${step.scope}.${step.dimension}` },
        'limit adjustment failed',
      ),
    );
  }
}
