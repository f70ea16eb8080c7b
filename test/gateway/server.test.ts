import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfigFile } from '../../src/gateway/config-loader.js';
import { type RunningGateway, startGateway } from '../../src/gateway/server.js';
import { type FakeUpstream, startFakeUpstream } from '../support/fake-upstream.js';

const ADMIN_KEY = 'pal_servertest_0123456789abcdefghijklmnop';
const dir = mkdtempSync(join(tmpdir(), 'palisade-server-'));
const configPath = join(dir, 'palisade.yaml');
let upstream: FakeUpstream;
let gateway: RunningGateway;

function writeConfig(term: string, extra = ''): void {
  writeFileSync(
    configPath,
    [
      'server: { port: 0 }',
      `upstreams: [{ name: fake, url: "${upstream.url}" }]`,
      `database: { dataDir: "${join(dir, 'data')}" }`,
      'identity: { bootstrapAdminKey: "env:PALISADE_SERVER_TEST_KEY" }',
      'logging: { level: silent }',
      `guards: [{ use: denylist, config: { terms: [{ text: "${term}" }] } }]`,
      extra,
    ].join('\n'),
  );
}

async function chat(text: string, key = ADMIN_KEY): Promise<number> {
  const response = await fetch(`${gateway.url}/v1/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify({ model: 'm', messages: [{ role: 'user', content: text }] }),
  });
  await response.arrayBuffer();
  return response.status;
}

beforeAll(async () => {
  process.env.PALISADE_SERVER_TEST_KEY = ADMIN_KEY;
  upstream = await startFakeUpstream();
  writeConfig('alpha');
  gateway = await startGateway(loadConfigFile(configPath), { configPath });
});
afterAll(async () => {
  await gateway.close();
  await upstream.close();
});

describe('startGateway (real store, identity and audit on SQLite)', () => {
  it('requires an API key on proxied routes', async () => {
    expect(await chat('hello', '')).toBe(401);
    expect(await chat('hello', 'pal_wrong_0123456789abcdefghijklmnop')).toBe(401);
    expect(await chat('hello')).toBe(200);
  });

  it('reloads guards and policy atomically, keeping the old ones when the new config is invalid', async () => {
    expect(await chat('say beta')).toBe(200);
    writeConfig('beta');
    const reload = await fetch(`${gateway.url}/admin/policy/reload`, {
      method: 'POST',
      headers: { authorization: `Bearer ${ADMIN_KEY}`, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(await reload.json()).toEqual({ reloaded: true });
    expect(await chat('say beta')).toBe(400);
    expect(await chat('say alpha')).toBe(200);

    writeConfig('gamma', 'policy: { onError: sometimes }');
    const failed = await gateway.reload();
    expect(failed.reloaded).toBe(false);
    expect(failed.detail).toContain('policy.onError');
    expect(await chat('say beta')).toBe(400);
  });

  it('exports Prometheus metrics to admin keys only', async () => {
    expect(await chat('hello')).toBe(200);
    const anonymous = await fetch(`${gateway.url}/metrics`);
    expect(anonymous.status).toBe(401);
    const scraped = await fetch(`${gateway.url}/metrics`, {
      headers: { authorization: `Bearer ${ADMIN_KEY}` },
    });
    const text = await scraped.text();
    expect(text).toMatch(
      /palisade_requests_total\{route="\/v1\/chat\/completions",status="2xx",decision="allow"\} \d+/,
    );
    expect(text).toMatch(/palisade_findings_total\{code="denylist.term"\} \d+/);
    expect(text).toContain('palisade_request_duration_seconds_bucket');
    // Requests refused before the handler (no key: 401) are recorded too.
    expect(text).toMatch(
      /palisade_requests_total\{route="\/v1\/chat\/completions",status="4xx",decision="allow"\} \d+/,
    );
    expect(text).not.toContain('route="/metrics"');
  });

  it('fails cleanly, closing what it opened, when the port is taken', async () => {
    const taken = Number(new URL(gateway.url).port);
    writeConfig('alpha');
    const config = loadConfigFile(configPath);
    config.server.port = taken;
    await expect(startGateway(config)).rejects.toThrow(/EADDRINUSE|address already in use/);
  });
});
