import { type ZodType, z } from 'zod';
import type { AdminRoute } from './route.js';

type JsonObject = Record<string, unknown>;

const ERROR_RESPONSE = {
  description: 'OpenAI-style error envelope {error:{type,code,message,request_id}}.',
  content: {
    'application/json': {
      schema: {
        type: 'object',
        properties: {
          error: {
            type: 'object',
            properties: {
              type: { type: 'string' },
              code: { type: 'string' },
              message: { type: 'string' },
              request_id: { type: 'string' },
            },
            required: ['type', 'code', 'message'],
          },
        },
      },
    },
  },
};

function schemaOf(schema: ZodType, io: 'input' | 'output'): JsonObject {
  const json = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonObject;
  delete json.$schema;
  return json;
}

function parameters(schema: z.ZodObject | undefined, where: 'path' | 'query'): JsonObject[] {
  if (!schema) return [];
  return Object.entries(schema.shape).map(([name, field]) => {
    const fieldSchema = field as ZodType;
    return {
      name,
      in: where,
      required: where === 'path' || !fieldSchema.safeParse(undefined).success,
      schema: schemaOf(fieldSchema, 'input'),
    };
  });
}

/**
 * OpenAPI 3.1 generated from the routes' zod contracts (the same objects that validate requests), so
 * the description cannot drift from the code. Served at GET /admin/openapi.json.
 */
export function buildOpenApi(routes: readonly AdminRoute[], prefix: string): JsonObject {
  const paths: Record<string, Record<string, JsonObject>> = {};
  for (const route of routes) {
    const path = `${prefix}${route.url}`.replace(/:(\w+)/g, '{$1}');
    const operation: JsonObject = {
      summary: route.summary,
      security: [{ bearer: [] }],
      parameters: [...parameters(route.params, 'path'), ...parameters(route.query, 'query')],
      responses: {
        [String(route.status)]: {
          description: 'OK',
          content: { 'application/json': { schema: schemaOf(route.response, 'output') } },
        },
        '400': ERROR_RESPONSE,
        '401': ERROR_RESPONSE,
        '403': ERROR_RESPONSE,
        '404': ERROR_RESPONSE,
      },
    };
    if (route.body) {
      operation.requestBody = {
        required: true,
        content: { 'application/json': { schema: schemaOf(route.body, 'input') } },
      };
    }
    paths[path] ??= {};
    paths[path][route.method.toLowerCase()] = operation;
  }
  return {
    openapi: '3.1.0',
    info: { title: 'Palisade admin API', version: '1' },
    components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    paths,
  };
}
