import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeUpstream, startFakeUpstream } from '../support/fake-upstream.js';
import { startTestGateway } from '../support/gateway.js';

let upstream: FakeUpstream;
let gateway: Awaited<ReturnType<typeof startTestGateway>>;

beforeAll(async () => {
  upstream = await startFakeUpstream();
  gateway = await startTestGateway({ upstreams: [{ name: 'fake', url: upstream.url }] });
});
afterAll(async () => {
  await gateway.close();
  await upstream.close();
});

async function post(path: string, body: string | Buffer, contentType = 'application/json') {
  const response = await gateway.app.inject({
    method: 'POST',
    url: path,
    payload: body,
    headers: { 'content-type': contentType },
  });
  return {
    status: response.statusCode,
    body: response.json() as { error: { code: string; message: string; type: string } },
  };
}

describe('bad input gets a clear 4xx and never reaches the upstream', () => {
  const chat = (messages: unknown) => JSON.stringify({ model: 'm', messages });

  it.each([
    ['invalid JSON', '{"model": "m", "messages": [', 400, 'invalid_json'],
    ['empty body', '', 400, 'invalid_json'],
    ['a JSON array', '[1,2,3]', 400, 'invalid_request'],
    ['messages of the wrong type', chat('hello'), 400, 'invalid_request'],
    [
      'a numeric model',
      JSON.stringify({ model: 42, messages: [{ role: 'user', content: 'x' }] }),
      400,
      'invalid_request',
    ],
    [
      'a missing model',
      JSON.stringify({ messages: [{ role: 'user', content: 'x' }] }),
      400,
      'invalid_request',
    ],
    ['content of the wrong type', chat([{ role: 'user', content: 42 }]), 400, 'invalid_request'],
    [
      'deeply nested JSON',
      `{"model":"m","messages":[{"role":"user","content":"x"}],"x":${'['.repeat(5_000)}${']'.repeat(5_000)}}`,
      400,
      'json_too_deep',
    ],
  ])('%s', async (_name, body, status, code) => {
    const before = upstream.state.requests.length;
    const response = await post('/v1/chat/completions', body);
    expect(response.status).toBe(status);
    expect(response.body.error.code).toBe(code);
    expect(response.body.error.message.length).toBeGreaterThan(10);
    expect(upstream.state.requests.length).toBe(before);
  });

  it('non-UTF-8 bytes', async () => {
    const bytes = Buffer.concat([
      Buffer.from('{"model":"m","messages":[{"role":"user","content":"'),
      Buffer.from([0xff, 0xfe, 0xc3]),
      Buffer.from('"}]}'),
    ]);
    const response = await post('/v1/chat/completions', bytes);
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('invalid_encoding');
  });

  it('a 10 MB body', async () => {
    const huge = chat([{ role: 'user', content: 'a'.repeat(10 * 1024 * 1024) }]);
    const response = await post('/v1/chat/completions', huge);
    expect(response.status).toBe(413);
    expect(response.body.error.code).toBe('body_too_large');
  });

  it('a form body', async () => {
    const response = await post('/v1/chat/completions', 'a=b', 'application/x-www-form-urlencoded');
    expect(response.status).toBe(415);
    expect(response.body.error.code).toBe('unsupported_media_type');
  });

  it('an over-long input is stopped by the input-limit guard', async () => {
    const response = await post(
      '/v1/chat/completions',
      chat([{ role: 'user', content: 'word '.repeat(200_000) }]),
    );
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('input_blocked');
    expect(JSON.stringify(response.body)).toContain('limit.input');
  });

  it('unknown routes and methods', async () => {
    const missing = await gateway.app.inject({ method: 'GET', url: '/v1/nothing' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('not_found');
  });

  it('a hostile request id is replaced', async () => {
    const response = await gateway.app.inject({
      method: 'GET',
      url: '/healthz',
      headers: { 'x-request-id': 'evil\nlog line' },
    });
    expect(response.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});
