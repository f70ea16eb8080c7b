import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configSchema } from '../../core/config.js';
import { PalisadeError } from '../../core/errors.js';
import { silentLogger } from '../../identity/logger.js';
import { installErrorHandlers } from '../error-handler.js';
import type { AuditRecord, GatewayPrincipal } from '../hooks.js';
import '../request-context.js';
import { createGatewayHooks, type GatewaySecurity } from './create-hooks.js';

/** createGatewayHooks end to end on SQLite, with the admin API mounted on a bare Fastify app. */
let security: GatewaySecurity;
let app: FastifyInstance;
let adminKey = '';
const keys: Record<string, { key: string; id: string }> = {};

function event(tenant: string, i: number): AuditRecord {
  return {
    time: new Date(Date.UTC(2026, 0, 1, 0, 0, i)),
    requestId: `${tenant}-req-${i}`,
    tenant,
    keyId: keys[`${tenant}-user`]?.id,
    route: '/v1/chat/completions',
    method: 'POST',
    model: 'llama3',
    upstream: 'ollama',
    decision: i % 2 ? 'allow' : 'block',
    findingCodes: [],
    usage: { inputTokens: 3, outputTokens: 4 },
    latencyMs: 5,
    status: 200,
    content: { prompt: `${tenant} prompt ${i}`, response: 'answer' },
  };
}

async function call(method: 'GET' | 'POST' | 'PATCH', url: string, key: string | undefined, body?: unknown) {
  const response = await app.inject({
    method,
    url,
    headers: key ? { authorization: `Bearer ${key}` } : {},
    ...(body === undefined ? {} : { payload: body as object }),
  });
  return {
    status: response.statusCode,
    json: response.json() as Record<string, unknown> & { items?: Record<string, unknown>[] },
  };
}

beforeAll(async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'pal-hooks-'));
  process.env.PAL_TEST_AUDIT_KEY = 'ab'.repeat(32);
  const config = configSchema.parse({
    database: { dataDir },
    identity: { guessing: { freeFailuresPerMinute: 100, blockAfterPerMinute: 1_000 } },
    audit: {
      storeContent: true,
      encryption: { keys: [{ id: 'k1', key: 'env:PAL_TEST_AUDIT_KEY' }] },
      flushIntervalMs: 50,
    },
  });
  security = await createGatewayHooks({
    config,
    logger: silentLogger,
    announceKey: (key) => {
      adminKey = key;
    },
    policy: { current: () => ({ onError: 'block' }), reload: async () => ({ reloaded: true }) },
  });
  app = Fastify();
  app.decorateRequest('principal', undefined);
  installErrorHandlers(app);
  security.hooks.registerAdminRoutes(app);
  await app.ready();

  for (const [tenant, role] of [
    ['acme', 'admin'],
    ['acme', 'auditor'],
    ['acme', 'user'],
    ['beta', 'admin'],
    ['beta', 'auditor'],
    ['beta', 'user'],
  ] as const) {
    const created = await call('POST', '/admin/keys', adminKey, {
      tenant,
      role,
      models: ['llama3*'],
      limits: { rpm: 2 },
    });
    expect(created.status).toBe(201);
    const view = created.json.view as { id: string };
    keys[`${tenant}-${role}`] = { key: created.json.key as string, id: view.id };
  }
  for (let i = 1; i <= 6; i++) {
    security.hooks.record(event('acme', i));
    security.hooks.record(event('beta', i));
  }
  await security.writer!.flush();
});

afterAll(async () => {
  await app?.close();
  await security?.close();
});

describe('hooks', () => {
  it('bootstrap printed one admin key of the system tenant', async () => {
    expect(adminKey).toMatch(/^pal_/);
    expect((await call('GET', '/admin/whoami', adminKey)).json).toMatchObject({
      tenant: 'system',
      role: 'admin',
      scope: '*',
    });
  });

  it('authenticate → principal; admit enforces the model allowlist and per-key rpm with Retry-After', async () => {
    const principal: GatewayPrincipal = await security.hooks.authenticate(
      { 'x-api-key': keys['acme-user']!.key },
      '1.2.3.4',
    );
    expect(principal).toMatchObject({ tenant: 'acme', role: 'user', models: ['llama3*'] });
    await expect(
      security.hooks.admit(principal, { model: 'qwen2', estimatedInputTokens: 1 }),
    ).rejects.toMatchObject({
      code: 'model_not_allowed',
    });
    for (let i = 0; i < 2; i++)
      (await security.hooks.admit(principal, { model: 'llama3:8b', estimatedInputTokens: 1 })).release(
        undefined,
      );
    const error = await security.hooks
      .admit(principal, { model: 'llama3', estimatedInputTokens: 1 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PalisadeError);
    expect((error as PalisadeError).code).toBe('rate_limited');
    expect((error as PalisadeError).headers['retry-after']).toMatch(/^\d+$/);
  });

  it('storesContent follows the audit config; content is encrypted at rest', async () => {
    expect(security.hooks.storesContent).toBe(true);
    const rows = await security.context.store.audit.query({ tenant: 'acme' }, 1);
    expect(rows.items[0]?.content).not.toContain('prompt');
    expect(rows.items[0]?.content_key_id).toBe('k1');
  });
});

describe('admin API', () => {
  it('no key → 401, bad keys → 401, huge or repeated headers → 401, user keys → 403 on every route', async () => {
    expect((await call('GET', '/admin/keys', undefined)).status).toBe(401);
    expect((await call('GET', '/admin/keys', 'pal_unknownunknownunknownunknown')).json.error).toMatchObject({
      code: 'invalid_api_key',
    });
    const huge = await app.inject({
      method: 'GET',
      url: '/admin/keys',
      headers: { authorization: `Bearer pal_${'a'.repeat(9_000)}` },
    });
    expect(huge.statusCode).toBe(401);
    const routes: ['GET' | 'POST' | 'PATCH', string][] = [
      ['GET', '/admin/whoami'],
      ['GET', '/admin/keys'],
      ['POST', '/admin/keys'],
      ['GET', `/admin/keys/${keys['acme-user']!.id}`],
      ['POST', `/admin/keys/${keys['acme-user']!.id}/revoke`],
      ['POST', `/admin/keys/${keys['acme-user']!.id}/rotate`],
      ['GET', '/admin/tenants'],
      ['POST', '/admin/tenants'],
      ['GET', '/admin/tenants/acme'],
      ['PATCH', '/admin/tenants/acme'],
      ['GET', '/admin/audit'],
      ['POST', '/admin/audit/verify'],
      ['GET', '/admin/policy'],
      ['POST', '/admin/policy/reload'],
      ['GET', '/admin/openapi.json'],
    ];
    for (const [method, url] of routes) {
      const response = await call(method, url, keys['acme-user']!.key, method === 'GET' ? undefined : {});
      expect(response.status, `${method} ${url}`).toBe(403);
    }
  });

  it('cross-tenant: acme admin and auditor never see or touch beta, through every route', async () => {
    const beta = keys['beta-user']!.id;
    for (const who of ['acme-admin', 'acme-auditor']) {
      const key = keys[who]!.key;
      const listed = await call('GET', '/admin/keys?limit=500&includeRevoked=true', key);
      expect(listed.status).toBe(200);
      expect(listed.json.items!.every((k) => k.tenant === 'acme')).toBe(true);
      expect((await call('GET', '/admin/keys?tenant=beta', key)).status).toBe(403);
      expect((await call('GET', `/admin/keys/${beta}`, key)).status).toBe(404);
      expect([403, 404]).toContain((await call('POST', `/admin/keys/${beta}/revoke`, key, {})).status);
      expect([403, 404]).toContain((await call('POST', `/admin/keys/${beta}/rotate`, key, {})).status);
      expect(
        (await call('POST', '/admin/keys', key, { tenant: 'beta', role: 'admin', models: ['*'] })).status,
      ).toBe(403);
      expect(
        (await call('POST', '/admin/keys', key, { tenant: 'system', role: 'admin', models: ['*'] })).status,
      ).toBe(403);
      const tenants = await call('GET', '/admin/tenants', key);
      expect(tenants.json.items!.map((t) => t.id)).toEqual(['acme']);
      expect((await call('GET', '/admin/tenants/beta', key)).status).toBe(404);
      expect((await call('PATCH', '/admin/tenants/beta', key, { limits: { rpm: 1 } })).status).toBe(403);
      expect((await call('POST', '/admin/tenants', key, { id: 'evil' })).status).toBe(403);
      const audit = await call('GET', '/admin/audit?limit=500&includeContent=true', key);
      expect(audit.status).toBe(200);
      expect(audit.json.items!.length).toBe(6);
      expect(audit.json.items!.every((e) => e.tenant === 'acme')).toBe(true);
      expect(JSON.stringify(audit.json)).not.toContain('beta');
      expect((await call('GET', '/admin/audit?tenant=beta', key)).status).toBe(403);
      expect((await call('GET', `/admin/audit?requestId=beta-req-1`, key)).json.items).toEqual([]);
      expect((await call('POST', '/admin/audit/verify', key, {})).status).toBe(403);
      expect((await call('POST', '/admin/policy/reload', key, {})).status).toBe(403);
    }
    // Beta's keys are untouched.
    expect((await call('GET', `/admin/keys/${beta}`, adminKey)).json.status).toBe('active');
  });

  it('auditor is read-only in its own tenant; tenant admin can manage its own keys', async () => {
    const auditor = keys['acme-auditor']!.key;
    expect(
      (await call('POST', '/admin/keys', auditor, { tenant: 'acme', role: 'user', models: ['*'] })).status,
    ).toBe(403);
    expect((await call('POST', `/admin/keys/${keys['acme-user']!.id}/revoke`, auditor, {})).status).toBe(403);
    const admin = keys['acme-admin']!.key;
    const created = await call('POST', '/admin/keys', admin, {
      tenant: 'acme',
      role: 'user',
      models: ['qwen*'],
      expiresAt: '2099-01-01T00:00:00Z',
    });
    expect(created.status).toBe(201);
    const id = (created.json.view as { id: string }).id;
    const rotated = await call('POST', `/admin/keys/${id}/rotate`, admin, {});
    expect(rotated.json.key).not.toBe(created.json.key);
    expect((await call('GET', '/admin/whoami', created.json.key as string)).status).toBe(401);
    expect((await call('POST', `/admin/keys/${id}/revoke`, admin, {})).json).toEqual({ revoked: true });
    expect((await call('GET', `/admin/keys/${id}`, admin)).json.status).toBe('revoked');
  });

  it('system admin: tenants CRUD, audit filters and pages with decrypted content, verify, policy', async () => {
    const created = await call('POST', '/admin/tenants', adminKey, { id: 'gamma', limits: { rpm: 10 } });
    expect(created.status).toBe(201);
    expect(
      (await call('PATCH', '/admin/tenants/gamma', adminKey, { limits: { rpm: null, tpm: 5 } })).json.limits,
    ).toEqual({ tpm: 5 });
    expect((await call('PATCH', '/admin/tenants/nope', adminKey, { name: 'x' })).status).toBe(404);
    const first = await call(
      'GET',
      '/admin/audit?tenant=beta&decision=block&limit=2&includeContent=true',
      adminKey,
    );
    expect(first.json.items!.map((e) => e.requestId)).toEqual(['beta-req-6', 'beta-req-4']);
    expect(first.json.items![0]!.content).toEqual({ prompt: 'beta prompt 6', response: 'answer' });
    const second = await call(
      'GET',
      `/admin/audit?tenant=beta&decision=block&limit=2&cursor=${first.json.nextCursor}`,
      adminKey,
    );
    expect(second.json.items!.map((e) => e.requestId)).toEqual(['beta-req-2']);
    const window = await call(
      'GET',
      '/admin/audit?since=2026-01-01T00:00:02Z&until=2026-01-01T00:00:04Z',
      adminKey,
    );
    expect(window.json.items!).toHaveLength(4);
    expect((await call('POST', '/admin/audit/verify', adminKey, {})).json).toMatchObject({
      ok: true,
      chains: 1,
      events: 12,
    });
    expect((await call('GET', '/admin/policy', keys['acme-auditor']!.key)).json).toEqual({
      policy: { onError: 'block' },
    });
    expect((await call('POST', '/admin/policy/reload', adminKey, {})).json).toEqual({ reloaded: true });
  });

  it('SQL-looking strings in every filter are rejected or match nothing', async () => {
    const sqlish = encodeURIComponent("' OR 1=1 --");
    for (const field of ['keyId', 'model', 'route', 'requestId']) {
      const response = await call('GET', `/admin/audit?${field}=${sqlish}`, adminKey);
      expect(response.status, field).toBe(200);
      expect(response.json.items).toEqual([]);
    }
    for (const url of [
      `/admin/audit?tenant=${sqlish}`,
      `/admin/audit?decision=${sqlish}`,
      `/admin/audit?status=${sqlish}`,
      `/admin/audit?since=${sqlish}`,
      `/admin/keys?tenant=${sqlish}`,
      `/admin/keys?role=${sqlish}`,
      `/admin/keys/${sqlish}`,
      `/admin/tenants/${sqlish}`,
      `/admin/audit?unknown=1`,
    ]) {
      const response = await call('GET', url, adminKey);
      expect(response.status, url).toBe(400);
      expect(JSON.stringify(response.json)).not.toContain('OR 1=1');
    }
    const cursor = await call('GET', `/admin/audit?cursor=${sqlish}&limit=3`, adminKey);
    expect(cursor.json.items).toHaveLength(3);
    expect(
      (
        await call('POST', '/admin/keys', adminKey, {
          tenant: "x'; drop table api_keys; --",
          role: 'user',
          models: ['*'],
        })
      ).status,
    ).toBe(400);
    expect((await security.context.store.keys.count()) > 5).toBe(true);
  });

  it('serves an OpenAPI 3.1 description generated from the route schemas', async () => {
    const doc = (await call('GET', '/admin/openapi.json', keys['acme-auditor']!.key)).json as {
      openapi: string;
      paths: Record<string, Record<string, unknown>>;
    };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/admin/keys',
        '/admin/keys/{id}/rotate',
        '/admin/audit',
        '/admin/tenants/{id}',
        '/admin/policy/reload',
      ]),
    );
    expect(doc.paths['/admin/keys']?.post).toHaveProperty('requestBody');
  });
});
