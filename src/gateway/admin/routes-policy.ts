import { z } from 'zod';
import { PalisadeError } from '../../core/errors.js';
import { defineRoute } from './route.js';
import { whoami } from './schemas.js';
import { requireGlobal } from './types.js';

export const policyRoutes = [
  defineRoute({
    method: 'GET',
    url: '/whoami',
    summary: 'The calling key’s identity and scope.',
    response: whoami,
    handler: async ({ caller }) => ({
      keyId: caller.principal.keyId,
      tenant: caller.principal.tenant,
      role: caller.principal.role,
      scope: caller.scope,
    }),
  }),
  defineRoute({
    method: 'GET',
    url: '/policy',
    summary: 'The policy in force.',
    response: z.unknown(),
    handler: async ({ deps }) => {
      if (!deps.policy) throw new PalisadeError('not_found', 'This gateway does not expose its policy.');
      return { policy: deps.policy.current() };
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/policy/reload',
    summary: 'Reload and recompile the policy (system admins); the old one stays if the new one is invalid.',
    response: z.object({ reloaded: z.boolean(), detail: z.string().optional() }),
    handler: async ({ caller, deps }) => {
      requireGlobal(caller);
      if (!deps.policy) throw new PalisadeError('not_found', 'This gateway cannot reload its policy.');
      return deps.policy.reload();
    },
  }),
];
