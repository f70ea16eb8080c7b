import type { FastifyInstance } from 'fastify';
import { PalisadeError } from '../../core/index.js';
import { isRecord } from '../json-path.js';
import type { GatewayDeps } from '../runtime.js';
import { MANAGEMENT_ROUTES } from './table.js';

/**
 * Ollama's model-management endpoints let anyone who reaches the port pull, overwrite, copy or
 * delete models. They are closed; only an authenticated admin principal is forwarded upstream.
 */
export function registerManagementRoutes(app: FastifyInstance, deps: GatewayDeps): void {
  app.register(async (scope) => {
    // Blob uploads are binary: inside this scope any body is kept as raw bytes for forwarding.
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser(
      '*',
      { parseAs: 'buffer', bodyLimit: deps.config.server.bodyLimitBytes },
      (_req, body, done) => done(null, body),
    );
    for (const { method, url } of MANAGEMENT_ROUTES) {
      scope.route({
        method,
        url,
        handler: async (request, reply) => {
          if (request.principal?.role !== 'admin') throw new PalisadeError('endpoint_closed');
          const raw = Buffer.isBuffer(request.body) ? request.body : undefined;
          let model: string | undefined;
          if (raw && raw.length > 0 && !url.startsWith('/api/blobs')) {
            try {
              const parsed: unknown = JSON.parse(raw.toString('utf8'));
              if (isRecord(parsed))
                model = [parsed.model, parsed.name, parsed.source].find(
                  (v): v is string => typeof v === 'string',
                );
            } catch {
              throw new PalisadeError('invalid_json');
            }
          }
          const controller = new AbortController();
          reply.raw.on('close', () => controller.abort());
          const path = request.url;
          const response = await deps.upstreams.send(deps.upstreams.candidates('ollama', model), {
            method,
            path,
            body: raw && raw.length > 0 ? raw : undefined,
            contentType:
              typeof request.headers['content-type'] === 'string'
                ? request.headers['content-type']
                : undefined,
            signal: controller.signal,
          });
          reply.code(response.statusCode);
          const type = response.headers['content-type'];
          if (typeof type === 'string') reply.type(type);
          return reply.send(response.body);
        },
      });
    }
  });
}
