import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AuditRecord } from './hooks.js';
import type { GatewayDeps } from './runtime.js';

/** Routes that are not worth an audit event: liveness probes and metric scrapes. */
const UNAUDITED = new Set(['/healthz', '/metrics']);

/**
 * One audit event (and metric sample) per request, written when the response closes — finished,
 * failed, rejected before routing (401) or abandoned by the client — so no request goes unrecorded.
 */
export function auditOnClose(deps: GatewayDeps, request: FastifyRequest, reply: FastifyReply): void {
  if (!deps.hooks && !deps.metrics) return;
  const route = request.routeOptions.url;
  if (route !== undefined && UNAUDITED.has(route)) return;
  reply.raw.once('close', () => {
    const draft = request.audit;
    const record: AuditRecord = {
      time: new Date(),
      requestId: request.id,
      tenant: request.principal?.tenant,
      keyId: request.principal?.keyId,
      route: route ?? '(no route)',
      method: request.method,
      model: draft.model,
      upstream: draft.upstream,
      decision: draft.decision,
      findingCodes: draft.findingCodes,
      usage: draft.usage,
      latencyMs: performance.now() - draft.startedAt,
      status: draft.status ?? (reply.raw.writableFinished ? reply.statusCode : 499),
    };
    deps.metrics?.record(record);
    deps.hooks?.record(record);
  });
}
