import type { FastifyInstance } from 'fastify';
import { buildOpenApi } from './openapi.js';
import type { AdminRoute } from './route.js';
import { auditRoutes } from './routes-audit.js';
import { keyRoutes } from './routes-keys.js';
import { policyRoutes } from './routes-policy.js';
import { tenantRoutes } from './routes-tenants.js';
import { type AdminDeps, callerOf } from './types.js';

export const ADMIN_PREFIX = '/admin';
export const ADMIN_ROUTES: readonly AdminRoute[] = [
  ...policyRoutes,
  ...tenantRoutes,
  ...keyRoutes,
  ...auditRoutes,
];

/**
 * The admin API as a Fastify plugin. Every route, the OpenAPI document included, requires an admin
 * or auditor key: authentication runs in this plugin's own onRequest hook (encapsulated, so the
 * proxy routes are unaffected), and user keys get 403 before any handler runs.
 */
export async function adminPlugin(app: FastifyInstance, deps: AdminDeps): Promise<void> {
  app.addHook('onRequest', async (request) => {
    request.principal = await deps.authenticate(request.headers, request.ip);
    callerOf(request.principal);
  });
  for (const route of ADMIN_ROUTES) route.register(app, deps);
  const document = buildOpenApi(ADMIN_ROUTES, ADMIN_PREFIX);
  app.get('/openapi.json', async () => document);
}

/** registerAdminRoutes for GatewayHooks. */
export function registerAdmin(app: FastifyInstance, deps: AdminDeps): void {
  app.register(adminPlugin, { prefix: ADMIN_PREFIX, ...deps });
}
