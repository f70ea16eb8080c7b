import type { FastifyInstance, FastifyRequest } from 'fastify';
import { matchesAny, PalisadeError } from '../../core/index.js';
import { isRecord } from '../json-path.js';
import type { GatewayDeps } from '../runtime.js';
import type { ApiFamily, Upstream } from '../upstream/upstreams.js';
import { parseUpstreamJson, readBounded } from './read-body.js';

const CATALOG_LIMIT = 8 * 1024 * 1024;

async function fetchJson(
  deps: GatewayDeps,
  upstream: Upstream,
  path: string,
  signal: AbortSignal,
): Promise<unknown> {
  const response = await deps.upstreams.send([upstream], { method: 'GET', path, signal });
  const raw = await readBounded(response.body, CATALOG_LIMIT);
  if (response.statusCode >= 400)
    throw new PalisadeError(
      'upstream_bad_response',
      `Upstream ${upstream.config.name} answered ${response.statusCode}.`,
    );
  return parseUpstreamJson(raw);
}

/** Asks every upstream of a family, merges the lists; fails only when none answers. */
async function mergedList(
  deps: GatewayDeps,
  request: FastifyRequest,
  family: ApiFamily,
  path: string,
  listKey: string,
  idKey: string,
): Promise<Record<string, unknown>[]> {
  const upstreams = deps.upstreams.candidates(family, undefined);
  const controller = new AbortController();
  const settled = await Promise.allSettled(upstreams.map((u) => fetchJson(deps, u, path, controller.signal)));
  if (settled.every((s) => s.status === 'rejected')) {
    const first = settled[0] as PromiseRejectedResult;
    throw first.reason instanceof PalisadeError ? first.reason : new PalisadeError('upstream_unavailable');
  }
  const seen = new Map<string, Record<string, unknown>>();
  settled.forEach((result, i) => {
    if (result.status !== 'fulfilled' || !isRecord(result.value)) return;
    const list = result.value[listKey];
    if (!Array.isArray(list)) return;
    for (const item of list) {
      if (!isRecord(item) || typeof item[idKey] !== 'string') continue;
      const id = item[idKey] as string;
      // Only models the upstream is configured to serve, and only those the caller may use.
      if (!matchesAny(upstreams[i]!.config.models, id)) continue;
      if (request.principal && !matchesAny(request.principal.models, id)) continue;
      if (!seen.has(id)) seen.set(id, item);
    }
  });
  return [...seen.values()];
}

export function registerCatalogRoutes(app: FastifyInstance, deps: GatewayDeps): void {
  app.get('/v1/models', async (request) => ({
    object: 'list',
    data: await mergedList(deps, request, 'openai', '/v1/models', 'data', 'id'),
  }));
  app.get('/api/tags', async (request) => ({
    models: await mergedList(deps, request, 'ollama', '/api/tags', 'models', 'name'),
  }));
  app.get('/api/ps', async (request) => ({
    models: await mergedList(deps, request, 'ollama', '/api/ps', 'models', 'name'),
  }));
  app.get('/api/version', async () => {
    const [first] = deps.upstreams.candidates('ollama', undefined);
    return fetchJson(deps, first!, '/api/version', new AbortController().signal);
  });
  app.post('/api/show', async (request, reply) => {
    const body = isRecord(request.body) ? request.body : {};
    const model =
      typeof body.model === 'string' ? body.model : typeof body.name === 'string' ? body.name : undefined;
    if (!model) throw new PalisadeError('model_required');
    if (request.principal && !matchesAny(request.principal.models, model))
      throw new PalisadeError('model_not_allowed');
    const response = await deps.upstreams.send(deps.upstreams.candidates('ollama', model), {
      method: 'POST',
      path: '/api/show',
      body: JSON.stringify(body),
      signal: new AbortController().signal,
    });
    const raw = await readBounded(response.body, CATALOG_LIMIT);
    return reply.code(response.statusCode).type('application/json').send(raw);
  });
}
