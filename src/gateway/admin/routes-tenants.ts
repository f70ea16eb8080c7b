import { z } from 'zod';
import { PalisadeError } from '../../core/errors.js';
import { toTenantView } from '../../identity/keys-service.js';
import { limitColumns } from '../../identity/model.js';
import type { TenantLimits } from '../../store/index.js';
import { defineRoute, pageOf, pageQuery } from './route.js';
import { createTenantBody, tenantParams, tenantView, updateTenantBody } from './schemas.js';
import { inScope, notFound, requireGlobal } from './types.js';

export const tenantRoutes = [
  defineRoute({
    method: 'GET',
    url: '/tenants',
    summary: 'List tenants: all for system admins, else only the caller’s own.',
    query: z.object(pageQuery).strict(),
    response: pageOf(tenantView),
    handler: async ({ caller, query, deps }) => {
      const page = await deps.store.tenants.list({
        only: caller.scope === '*' ? undefined : caller.scope,
        limit: query.limit,
        cursor: query.cursor,
      });
      return { items: page.items.map(toTenantView), nextCursor: page.nextCursor };
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/tenants',
    summary: 'Create a tenant with optional limits (system admins).',
    body: createTenantBody,
    response: tenantView,
    status: 201,
    handler: async ({ caller, body, deps }) => {
      requireGlobal(caller);
      if (await deps.store.tenants.get(body.id))
        throw new PalisadeError('invalid_request', 'The tenant exists.');
      const row = {
        id: body.id,
        name: body.name ?? body.id,
        created_at: Date.now(),
        ...limitColumns(body.limits),
      };
      await deps.store.tenants.create(row);
      return toTenantView(row);
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/tenants/:id',
    summary: 'One tenant.',
    params: tenantParams,
    response: tenantView,
    handler: async ({ caller, params, deps }) => {
      const row = inScope(caller, params.id) ? await deps.store.tenants.get(params.id) : undefined;
      if (!row) throw notFound('tenant');
      return toTenantView(row);
    },
  }),
  defineRoute({
    method: 'PATCH',
    url: '/tenants/:id',
    summary: 'Change a tenant’s name or limits (system admins); null removes a limit.',
    params: tenantParams,
    body: updateTenantBody,
    response: tenantView,
    handler: async ({ caller, params, body, deps }) => {
      requireGlobal(caller);
      const patch: Partial<TenantLimits & { name: string }> = { ...body.limits };
      if (body.name !== undefined) patch.name = body.name;
      if (Object.keys(patch).length > 0 && !(await deps.store.tenants.update(params.id, patch)))
        throw notFound('tenant');
      const row = await deps.store.tenants.get(params.id);
      if (!row) throw notFound('tenant');
      return toTenantView(row);
    },
  }),
];
