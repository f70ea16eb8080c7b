import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway } from '../support/gateway.js';

/** Broken upstream answers, chosen by the model name of the request. */
const ANSWERS: Record<string, (res: ServerResponse) => void> = {
  'not-json': (res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('<html>oops</html>');
  },
  'sse-garbage': (res) => {
    res.writeHead(200, { 'content-type': 'text/event-stream' });
    res.write(
      `data: ${JSON.stringify({ choices: [{ index: 0, delta: { content: 'hello ' }, finish_reason: null }] })}\n\n`,
    );
    res.end('data: {this is not json}\n\n');
  },
  binary: (res) => {
    res.writeHead(200, { 'content-type': 'application/x-ndjson' });
    res.end(Buffer.from([0xff, 0xfe, 0x00, 0x01, 0x0a]));
  },
};

const server = createServer((req, res) => {
  let body = '';
  req.on('data', (chunk: Buffer) => {
    body += chunk.toString();
  });
  req.on('end', () => ANSWERS[(JSON.parse(body) as { model: string }).model]?.(res));
});
let gateway: Awaited<ReturnType<typeof startTestGateway>>;

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  gateway = await startTestGateway({ upstreams: [{ name: 'hostile', url: `http://127.0.0.1:${port}` }] });
});
afterAll(async () => {
  await gateway.close();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const call = (model: string, stream: boolean, path = '/v1/chat/completions') =>
  fetch(`${gateway.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ model, stream, messages: [{ role: 'user', content: 'hi' }] }),
  });

describe('a hostile or broken upstream never gets unguarded text through', () => {
  it('a non-JSON body is a 502 upstream_bad_response', async () => {
    const response = await call('not-json', false);
    expect(response.status).toBe(502);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('upstream_bad_response');
  });

  it('a stream event that is not JSON ends the stream with an error event and is never passed through', async () => {
    const text = await (await call('sse-garbage', true)).text();
    expect(text).not.toContain('this is not json');
    expect(text).toContain('upstream_bad_response');
  });

  it('binary garbage in an NDJSON stream is refused the same way', async () => {
    const text = await (await call('binary', true, '/api/chat')).text();
    expect(text).toContain('upstream_bad_response');
  });
});
