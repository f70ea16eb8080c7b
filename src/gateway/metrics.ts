import type { FastifyInstance } from 'fastify';
import { Counter, collectDefaultMetrics, Histogram, Registry } from 'prom-client';
import { PalisadeError } from '../core/index.js';
import type { AuditRecord } from './hooks.js';

/** Prometheus metrics of one gateway process, on its own registry (no global state). */
export class GatewayMetrics {
  readonly registry = new Registry();
  readonly #requests = new Counter({
    name: 'palisade_requests_total',
    help: 'Model requests by route, status class and policy decision.',
    labelNames: ['route', 'status', 'decision'] as const,
    registers: [this.registry],
  });
  readonly #duration = new Histogram({
    name: 'palisade_request_duration_seconds',
    help: 'Model request latency through the gateway (to the last byte for streams).',
    labelNames: ['route'] as const,
    buckets: [0.005, 0.01, 0.05, 0.1, 0.5, 1, 2, 5, 10, 30, 60, 120],
    registers: [this.registry],
  });
  readonly #findings = new Counter({
    name: 'palisade_findings_total',
    help: 'Findings that led to an action other than allow, by finding code.',
    labelNames: ['code'] as const,
    registers: [this.registry],
  });
  readonly #tokens = new Counter({
    name: 'palisade_tokens_total',
    help: 'Tokens reported by upstreams, by direction.',
    labelNames: ['direction'] as const,
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'palisade_' });
  }

  record(event: AuditRecord): void {
    this.#requests.inc({
      route: event.route,
      status: `${Math.floor(event.status / 100)}xx`,
      decision: event.decision,
    });
    this.#duration.observe({ route: event.route }, event.latencyMs / 1000);
    for (const code of new Set(event.findingCodes)) this.#findings.inc({ code });
    if (event.usage) {
      this.#tokens.inc({ direction: 'input' }, event.usage.inputTokens);
      this.#tokens.inc({ direction: 'output' }, event.usage.outputTokens);
    }
  }

  /** `GET /metrics`; with identity on, only admin and auditor keys may scrape. */
  register(app: FastifyInstance, identityOn: boolean): void {
    app.get('/metrics', async (request, reply) => {
      if (identityOn && request.principal?.role !== 'admin' && request.principal?.role !== 'auditor') {
        throw new PalisadeError('forbidden', 'Metrics are for admin and auditor keys.');
      }
      return reply.type(this.registry.contentType).send(await this.registry.metrics());
    });
  }
}
