import type { FastifyReply, FastifyRequest } from 'fastify';
import { matchesAny, PalisadeError, type Segment } from '../../core/index.js';
import { formatIssues } from '../config-loader.js';
import type { Admission, TokenUsage } from '../hooks.js';
import { setStringAt } from '../json-path.js';
import { conversationIdOf } from '../request-context.js';
import { RequestGuards } from '../request-guards.js';
import type { GatewayDeps } from '../runtime.js';
import { estimateTokens, usageOf } from '../usage.js';
import { parseUpstreamJson, readBounded } from './read-body.js';
import { streamGuardedResponse } from './stream-response.js';
import type { GuardedRoute } from './table.js';

const DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024;

/** Writes edited segment texts back into the JSON body; false when one cannot be written (fail closed). */
function writeBack(body: unknown, segments: readonly Segment[]): boolean {
  return segments.every((segment) => setStringAt(body, segment.path, segment.text));
}

export function decisionHeaders(reply: FastifyReply, deps: GatewayDeps, guards: RequestGuards): void {
  if (!deps.config.server.exposeDecisionHeaders) return;
  reply.header('x-palisade-decision', guards.action);
  const exposed = guards.exposed();
  if (exposed && exposed.length > 0)
    reply.header('x-palisade-findings', [...new Set(exposed.map((f) => f.code))].join(','));
}

/**
 * The lifecycle of a guarded model call: validate → authorise model → input + tool stages → admit
 * (limits) → upstream (with fallback) → output stage (whole or streamed) → release usage → audit.
 */
export function guardedHandler(route: GuardedRoute, deps: GatewayDeps) {
  return async (request: FastifyRequest, reply: FastifyReply): Promise<unknown> => {
    const parsed = route.schema.safeParse(request.body);
    if (!parsed.success) {
      throw new PalisadeError(
        'invalid_request',
        `Invalid request body: ${formatIssues(parsed.error.issues).slice(0, 5).join('; ')}`,
      );
    }
    const body = parsed.data;
    const model = body.model as string;
    request.audit.model = model;
    const principal = request.principal;
    if (principal && !matchesAny(principal.models, model)) throw new PalisadeError('model_not_allowed');

    const { guards: compiled, policy } = deps.pipeline();
    const controller = new AbortController();
    const guards = new RequestGuards(compiled, policy, {
      requestId: request.id,
      requestState: new Map(),
      tenant: principal?.tenant,
      model,
      conversationId: conversationIdOf(request),
      signal: controller.signal,
    });
    let status = 200;
    let usage: TokenUsage | undefined;
    let upstreamName: string | undefined;
    let admission: Admission | undefined;
    let streaming = false;
    const finish = () => {
      admission?.release(usage);
      Object.assign(request.audit, {
        upstream: upstreamName,
        decision: guards.action,
        findingCodes: guards.findings.map((f) => f.code),
        usage,
        status,
      });
    };

    try {
      const segments = route.adapter.requestSegments(body);
      const verdict = await guards.runRequest(segments);
      if (verdict.blocked)
        throw new PalisadeError('input_blocked', undefined, { details: { findings: guards.exposed() } });
      if (verdict.changed && !writeBack(body, verdict.segments)) {
        throw new PalisadeError(
          'input_blocked',
          'A redaction could not be applied to the request, so it was blocked.',
        );
      }
      if (principal && deps.hooks) {
        admission = await deps.hooks.admit(principal, {
          model,
          estimatedInputTokens: estimateTokens(segments),
        });
      }

      const wantsStream = route.adapter.wantsStream(body) && route.adapter.stream !== undefined;
      let stripUsage = false;
      let bodyChanged = verdict.changed;
      if (wantsStream && route.streamUsageOption) {
        bodyChanged = true;
        const options =
          typeof body.stream_options === 'object' && body.stream_options !== null
            ? (body.stream_options as Record<string, unknown>)
            : {};
        stripUsage = options.include_usage !== true;
        body.stream_options = { ...options, include_usage: true };
      }
      const candidates = deps.upstreams.candidates(route.family, model);
      reply.raw.on('close', () => {
        if (!reply.raw.writableFinished) controller.abort(new Error('client disconnected'));
      });
      const response = await deps.upstreams.send(candidates, {
        method: 'POST',
        path: route.url,
        // Unchanged requests go upstream byte for byte: no re-serialisation on the hot path.
        body: bodyChanged || !request.rawBody ? JSON.stringify(body) : request.rawBody,
        accept: wantsStream
          ? 'text/event-stream, application/x-ndjson, application/json'
          : 'application/json',
        signal: controller.signal,
      });
      upstreamName = response.upstream.config.name;
      status = response.statusCode;
      reply.header('x-palisade-upstream', upstreamName);
      const contentType = String(response.headers['content-type'] ?? '');
      const maxBytes = deps.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;

      if (status >= 400) {
        // Upstream errors pass through with their status (OpenAI SDKs parse the upstream's envelope).
        const raw = await readBounded(response.body, maxBytes);
        decisionHeaders(reply, deps, guards);
        return reply
          .code(status)
          .type(contentType || 'application/json')
          .send(raw);
      }
      if (wantsStream && /event-stream|ndjson/.test(contentType)) {
        streaming = true;
        decisionHeaders(reply, deps, guards);
        return streamGuardedResponse(reply, {
          adapter: route.adapter.stream!,
          upstreamBody: response.body,
          contentType,
          guards,
          config: deps.config,
          stripUsage,
          onUsage: (u) => {
            usage = u;
          },
          onEnd: (endStatus) => {
            status = endStatus;
            controller.abort(new Error('stream finished'));
            finish();
          },
        });
      }

      const raw = await readBounded(response.body, maxBytes);
      const json = parseUpstreamJson(raw);
      usage = usageOf(json);
      const output = await guards.runResponse(route.adapter.responseSegments(json));
      if (output.blocked)
        throw new PalisadeError('output_blocked', undefined, { details: { findings: guards.exposed() } });
      if (output.changed && !writeBack(json, output.segments)) {
        throw new PalisadeError(
          'output_blocked',
          'A redaction could not be applied to the response, so it was blocked.',
        );
      }
      decisionHeaders(reply, deps, guards);
      return reply
        .code(status)
        .type('application/json')
        .send(output.changed ? JSON.stringify(json) : raw);
    } catch (error) {
      status = error instanceof PalisadeError ? error.status : 500;
      if (error instanceof PalisadeError) decisionHeaders(reply, deps, guards);
      throw error;
    } finally {
      if (!streaming) finish();
    }
  };
}
