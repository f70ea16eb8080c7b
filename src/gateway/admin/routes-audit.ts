import { z } from 'zod';
import { toEventView } from '../../audit/view.js';
import { PalisadeError } from '../../core/errors.js';
import { defineRoute, pageOf, pageQuery } from './route.js';
import { auditEventView, auditQuery } from './schemas.js';
import { requireGlobal, scopedTenant } from './types.js';

export const auditRoutes = [
  defineRoute({
    method: 'GET',
    url: '/audit',
    summary: 'Query audit events (newest first) with filters; auditors see only their tenant.',
    query: auditQuery.extend(pageQuery),
    response: pageOf(auditEventView),
    handler: async ({ caller, query, deps }) => {
      const since = query.since === undefined ? undefined : Date.parse(query.since);
      const until = query.until === undefined ? undefined : Date.parse(query.until);
      const page = await deps.store.audit.query(
        {
          tenant: scopedTenant(caller, query.tenant),
          keyId: query.keyId,
          model: query.model,
          decision: query.decision,
          route: query.route,
          requestId: query.requestId,
          status: query.status,
          since,
          until,
        },
        query.limit,
        query.cursor,
      );
      if (query.includeContent === 'true' && !deps.cipher) {
        throw new PalisadeError(
          'invalid_request',
          'No audit encryption keys are configured on this instance.',
        );
      }
      const cipher = query.includeContent === 'true' ? deps.cipher : undefined;
      return { items: page.items.map((row) => toEventView(row, cipher)), nextCursor: page.nextCursor };
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/audit/verify',
    summary: 'Verify every audit hash chain; reports the first broken link (system admins).',
    response: z.object({
      ok: z.boolean(),
      chains: z.number(),
      events: z.number(),
      broken: z.unknown().optional(),
    }),
    handler: async ({ caller, deps }) => {
      requireGlobal(caller);
      return deps.verifyAudit();
    },
  }),
];
