import { z } from 'zod';
import { PalisadeError } from '../../core/errors.js';
import { defineRoute, pageOf, pageQuery } from './route.js';
import { createdKey, createKeyBody, keyIdParams, keyView, listKeysQuery } from './schemas.js';
import { inScope, notFound, requireWrite, scopedTenant } from './types.js';

export const keyRoutes = [
  defineRoute({
    method: 'GET',
    url: '/keys',
    summary: 'List API keys (newest first) of the caller’s tenant, or any tenant for system admins.',
    query: listKeysQuery.extend(pageQuery),
    response: pageOf(keyView),
    handler: async ({ caller, query, deps }) =>
      deps.keys.list({
        tenant: scopedTenant(caller, query.tenant),
        role: query.role,
        includeRevoked: query.includeRevoked === 'true',
        limit: query.limit,
        cursor: query.cursor,
      }),
  }),
  defineRoute({
    method: 'POST',
    url: '/keys',
    summary: 'Create an API key; the response holds the key, shown once.',
    body: createKeyBody,
    response: createdKey,
    status: 201,
    handler: async ({ caller, body, deps }) => {
      requireWrite(caller);
      scopedTenant(caller, body.tenant);
      const expiresAt = body.expiresAt === undefined ? undefined : Date.parse(body.expiresAt);
      if (expiresAt !== undefined && expiresAt <= Date.now()) {
        throw new PalisadeError('invalid_request', 'expiresAt is in the past.');
      }
      return deps.keys.create({ ...body, expiresAt });
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/keys/:id',
    summary: 'One API key (never the key itself).',
    params: keyIdParams,
    response: keyView,
    handler: async ({ caller, params, deps }) => {
      const view = await deps.keys.get(params.id);
      if (!view || !inScope(caller, view.tenant)) throw notFound('key');
      return view;
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/keys/:id/revoke',
    summary: 'Revoke a key; it stops working at once on this instance, within identity.cacheTtlMs elsewhere.',
    params: keyIdParams,
    response: z.object({ revoked: z.boolean() }),
    handler: async ({ caller, params, deps }) => {
      requireWrite(caller);
      const view = await deps.keys.get(params.id);
      if (!view || !inScope(caller, view.tenant)) throw notFound('key');
      return { revoked: await deps.keys.revoke(params.id) };
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/keys/:id/rotate',
    summary:
      'Issue a new secret for a live key (same id, tenant, role, models, limits); the old one stops working.',
    params: keyIdParams,
    response: createdKey,
    handler: async ({ caller, params, deps }) => {
      requireWrite(caller);
      const view = await deps.keys.get(params.id);
      if (!view || !inScope(caller, view.tenant)) throw notFound('key');
      const rotated = await deps.keys.rotate(params.id);
      if (!rotated)
        throw new PalisadeError('invalid_request', 'Only a live (not revoked) key can be rotated.');
      return rotated;
    },
  }),
];
