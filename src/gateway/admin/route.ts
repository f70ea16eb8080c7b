import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { type ZodType, z } from 'zod';
import { PalisadeError } from '../../core/errors.js';
import { type AdminCaller, type AdminDeps, callerOf } from './types.js';

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';
type ObjectSchema = z.ZodObject;

export interface RouteContext<P, Q, B> {
  caller: AdminCaller;
  params: P;
  query: Q;
  body: B;
  deps: AdminDeps;
  reply: FastifyReply;
}

/** One admin route: its zod contracts are the validation, the types and the OpenAPI description. */
export interface AdminRoute {
  method: Method;
  url: string;
  summary: string;
  params: ObjectSchema | undefined;
  query: ObjectSchema | undefined;
  body: ZodType | undefined;
  response: ZodType;
  status: number;
  register(app: FastifyInstance, deps: AdminDeps): void;
}

export function defineRoute<
  P extends ObjectSchema = z.ZodObject<Record<never, never>>,
  Q extends ObjectSchema = z.ZodObject<Record<never, never>>,
  B extends ZodType = z.ZodUndefined,
>(spec: {
  method: Method;
  url: string;
  summary: string;
  params?: P;
  query?: Q;
  body?: B;
  response: ZodType;
  status?: number;
  handler(ctx: RouteContext<z.output<P>, z.output<Q>, z.output<B>>): Promise<unknown>;
}): AdminRoute {
  const parse = <S extends ZodType>(schema: S | undefined, value: unknown, where: string): z.output<S> => {
    if (!schema) return undefined as z.output<S>;
    const result = schema.safeParse(value ?? {});
    if (!result.success) {
      // Report paths and messages only: never echo the offending input back.
      const issues = result.error.issues
        .map((i) => `${where}.${i.path.join('.')}: ${i.message}`)
        .slice(0, 10);
      throw new PalisadeError('invalid_request', `Invalid ${where}.`, { details: { issues } });
    }
    return result.data;
  };
  return {
    method: spec.method,
    url: spec.url,
    summary: spec.summary,
    params: spec.params,
    query: spec.query,
    body: spec.body,
    response: spec.response,
    status: spec.status ?? 200,
    register(app, deps) {
      app.route({
        method: spec.method,
        url: spec.url,
        handler: async (request: FastifyRequest, reply: FastifyReply) => {
          const principal = request.principal;
          if (!principal) throw new PalisadeError('authentication_required');
          const result = await spec.handler({
            caller: callerOf(principal),
            params: parse(spec.params, request.params, 'path'),
            query: parse(spec.query, request.query, 'query'),
            body: parse(spec.body, request.body, 'body'),
            deps,
            reply,
          });
          reply.code(spec.status ?? 200);
          return result;
        },
      });
    },
  };
}

export const pageQuery = {
  limit: z.coerce.number().int().min(1).max(500).default(50).describe('Page size.'),
  cursor: z.string().max(512).optional().describe('nextCursor of the previous page.'),
};

export const pageOf = <T extends ZodType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.string().optional() });
