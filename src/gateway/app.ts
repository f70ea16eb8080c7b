import { randomUUID } from 'node:crypto';
import Fastify, {
  type FastifyBaseLogger,
  type FastifyInstance,
  type FastifyRequest,
  LogController,
} from 'fastify';
import { PalisadeError } from '../core/index.js';
import { auditOnClose } from './audit-trail.js';
import { installErrorHandlers } from './error-handler.js';
import { parseJsonBody } from './json-body.js';
import './request-context.js';
import { registerCatalogRoutes } from './routes/catalog.js';
import { guardedHandler } from './routes/guarded.js';
import { registerManagementRoutes } from './routes/management.js';
import { GUARDED_ROUTES } from './routes/table.js';
import type { GatewayDeps } from './runtime.js';

const REQUEST_ID = /^[\w.:-]{1,128}$/;
const JSON_TYPE = /^application\/(?:[\w.-]+\+)?json\b/i;

/** Builds the gateway app; it never listens itself (tests use inject() or listen on port 0). */
export function buildApp(deps: GatewayDeps, options: { logger?: FastifyBaseLogger } = {}): FastifyInstance {
  const { server } = deps.config;
  const app = Fastify({
    ...(options.logger ? { loggerInstance: options.logger } : { logger: false }),
    bodyLimit: server.bodyLimitBytes,
    // One audit event per request is the record; per-request access logs would double the cost.
    logController: new LogController({ disableRequestLogging: true }),
    // A client-supplied id is kept only when it is a safe token (no log injection).
    genReqId: (req) => {
      const incoming = req.headers['x-request-id'];
      return typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    },
    requestIdHeader: false,
    return503OnClosing: true,
  });

  app.decorateRequest('principal', undefined);
  app.decorateRequest('rawBody', undefined);
  app.decorateRequest('audit', undefined as unknown as FastifyRequest['audit']);
  app.addHook('onRequest', async (request, reply) => {
    request.audit = { startedAt: performance.now(), decision: 'allow', findingCodes: [] };
    auditOnClose(deps, request, reply);
    reply.header('x-request-id', request.id);
    if (deps.hooks && request.url !== '/healthz' && !request.url.startsWith('/admin')) {
      request.principal = await deps.hooks.authenticate(request.headers, request.ip);
    }
  });

  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer' }, (request, raw, done) => {
    const type = request.headers['content-type'];
    if (type !== undefined && !JSON_TYPE.test(type)) {
      done(
        new PalisadeError(
          'unsupported_media_type',
          `Content-Type ${JSON.stringify(type.slice(0, 100))} is not supported; send application/json.`,
        ),
        undefined,
      );
      return;
    }
    try {
      request.rawBody = raw as Buffer;
      done(null, parseJsonBody(raw as Buffer, server.maxJsonDepth));
    } catch (error) {
      done(error as Error, undefined);
    }
  });

  installErrorHandlers(app);
  app.get('/healthz', async () => ({ status: 'ok' }));
  for (const route of GUARDED_ROUTES) app.post(route.url, guardedHandler(route, deps));
  registerCatalogRoutes(app, deps);
  registerManagementRoutes(app, deps);
  deps.metrics?.register(app, deps.hooks !== undefined);
  deps.hooks?.registerAdminRoutes(app);
  return app;
}
