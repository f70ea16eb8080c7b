import OpenAI, { APIError } from 'openai';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type FakeUpstream, startFakeUpstream } from '../support/fake-upstream.js';
import { startTestGateway } from '../support/gateway.js';

let upstream: FakeUpstream;
let gateway: Awaited<ReturnType<typeof startTestGateway>>;
let client: OpenAI;

beforeAll(async () => {
  upstream = await startFakeUpstream();
  gateway = await startTestGateway({
    upstreams: [{ name: 'fake', url: upstream.url, kind: 'ollama', headersTimeoutMs: 500 }],
    guards: [
      { use: 'input-limit', config: { maxTokens: 2_000 } },
      {
        use: 'denylist',
        config: {
          terms: [
            { text: 'forbidden-word', code: 'denylist.test_term' },
            { text: 'BLOCKME', code: 'denylist.output_term' },
          ],
        },
      },
    ],
  });
  client = new OpenAI({ baseURL: `${gateway.url}/v1`, apiKey: 'unused', maxRetries: 0 });
});
afterAll(async () => {
  await gateway.close();
  await upstream.close();
});
beforeEach(() => {
  Object.assign(upstream.state, {
    reply: 'Hello from the fake model.',
    chunkSize: 4,
    chunkDelayMs: 0,
    headerDelayMs: 0,
    failStatus: undefined,
    toolCall: undefined,
    requests: [],
    clientAborted: false,
  });
});

describe('OpenAI SDK through the gateway', () => {
  it('chat completion', async () => {
    const { data, response } = await client.chat.completions
      .create({ model: 'llama3.2', messages: [{ role: 'user', content: 'hi' }] })
      .withResponse();
    expect(data.choices[0]?.message.content).toBe('Hello from the fake model.');
    expect(response.headers.get('x-palisade-decision')).toBe('allow');
    expect(response.headers.get('x-request-id')).toBeTruthy();
    expect(response.headers.get('x-palisade-upstream')).toBe('fake');
  });

  it('streams chat chunk by chunk and respects include_usage', async () => {
    upstream.state.reply = 'A'.repeat(300);
    const stream = await client.chat.completions.create({
      model: 'llama3.2',
      messages: [{ role: 'user', content: 'hi' }],
      stream: true,
    });
    let text = '';
    let usageChunks = 0;
    let chunks = 0;
    for await (const chunk of stream) {
      chunks++;
      text += chunk.choices[0]?.delta.content ?? '';
      if (chunk.usage) usageChunks++;
    }
    expect(text).toBe('A'.repeat(300));
    expect(chunks).toBeGreaterThan(10);
    expect(usageChunks).toBe(0);
    const withUsage = await client.chat.completions.create({
      model: 'llama3.2',
      messages: [{ role: 'user', content: 'hi' }],
      stream: true,
      stream_options: { include_usage: true },
    });
    let usage: unknown;
    for await (const chunk of withUsage) if (chunk.usage) usage = chunk.usage;
    expect(usage).toMatchObject({ prompt_tokens: 7, completion_tokens: 5 });
  });

  it('completions, embeddings, responses and models', async () => {
    const completion = await client.completions.create({ model: 'llama3.2', prompt: 'Say hi' });
    expect(completion.choices[0]?.text).toBe('Hello from the fake model.');
    const embedding = await client.embeddings.create({ model: 'llama3.2', input: 'hello' });
    expect(embedding.data[0]?.embedding.map((v) => Math.round(v * 10) / 10)).toEqual([0.1, 0.2, 0.3]);
    const response = await client.responses.create({ model: 'llama3.2', input: 'hello' });
    expect(response.output_text).toBe('Hello from the fake model.');
    const models = await client.models.list();
    expect(models.data.map((m) => m.id).sort()).toEqual(['llama3.2', 'qwen2.5']);
  });

  it('streams the Responses API', async () => {
    const stream = await client.responses.create({ model: 'llama3.2', input: 'hello', stream: true });
    let text = '';
    let completed = '';
    for await (const event of stream) {
      if (event.type === 'response.output_text.delta') text += event.delta;
      if (event.type === 'response.completed') {
        const item = event.response.output[0];
        completed =
          item?.type === 'message' && item.content[0]?.type === 'output_text' ? item.content[0].text : '';
      }
    }
    expect(text).toBe('Hello from the fake model.');
    expect(completed).toBe('Hello from the fake model.');
  });

  it('blocks a denylisted input before the upstream is called', async () => {
    const error = await client.chat.completions
      .create({
        model: 'llama3.2',
        messages: [
          { role: 'system', content: 'be nice' },
          { role: 'user', content: 'a forbidden-word here' },
        ],
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIError);
    expect((error as APIError).status).toBe(400);
    expect((error as APIError).code).toBe('input_blocked');
    expect(JSON.stringify((error as APIError).error)).toContain('denylist.test_term');
    expect(upstream.state.requests).toHaveLength(0);
  });

  it('scans every role, not only the last user message', async () => {
    const error = await client.chat.completions
      .create({
        model: 'llama3.2',
        messages: [
          { role: 'user', content: 'hello' },
          { role: 'tool', content: 'tool result with forbidden-word', tool_call_id: 'x' },
          { role: 'user', content: 'summarise' },
        ],
      })
      .catch((e: unknown) => e);
    expect((error as APIError).code).toBe('input_blocked');
  });

  it('cuts a stream before a blocked output term is released, even split across chunks', async () => {
    upstream.state.reply = `${'safe text '.repeat(30)}BLOCKME and more text after`;
    upstream.state.chunkSize = 3;
    const stream = await client.chat.completions.create({
      model: 'llama3.2',
      messages: [{ role: 'user', content: 'hi' }],
      stream: true,
    });
    let text = '';
    const error = await (async () => {
      for await (const chunk of stream) text += chunk.choices[0]?.delta.content ?? '';
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIError);
    expect(text).not.toContain('BLOCK');
    expect(text.length).toBeGreaterThan(0);
  });

  it('blocks a non-streamed response containing a blocked term', async () => {
    upstream.state.reply = 'here is BLOCKME';
    const error = await client.chat.completions
      .create({ model: 'llama3.2', messages: [{ role: 'user', content: 'hi' }] })
      .catch((e: unknown) => e);
    expect((error as APIError).status).toBe(400);
    expect((error as APIError).code).toBe('output_blocked');
  });

  it('holds streamed tool-call arguments until the tool stage has seen them whole', async () => {
    upstream.state.toolCall = { name: 'run', arguments: '{"cmd":"BLOCKME now"}' };
    const stream = await client.chat.completions.create({
      model: 'llama3.2',
      messages: [{ role: 'user', content: 'hi' }],
      stream: true,
    });
    let args = '';
    const error = await (async () => {
      for await (const chunk of stream)
        args += chunk.choices[0]?.delta.tool_calls?.[0]?.function?.arguments ?? '';
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIError);
    expect(args).toBe('');
  });

  it('passes upstream errors through with their status', async () => {
    upstream.state.failStatus = 500;
    const error = await client.chat.completions
      .create({ model: 'llama3.2', messages: [{ role: 'user', content: 'hi' }] })
      .catch((e: unknown) => e);
    expect((error as APIError).status).toBe(500);
    expect((error as APIError).message).toContain('fake upstream failure');
  });

  it('answers 504 when the upstream is too slow', async () => {
    upstream.state.headerDelayMs = 1_500;
    const error = await client.chat.completions
      .create({ model: 'llama3.2', messages: [{ role: 'user', content: 'hi' }] })
      .catch((e: unknown) => e);
    expect((error as APIError).status).toBe(504);
    expect((error as APIError).code).toBe('upstream_timeout');
  });

  it('cancels the upstream request when the client aborts mid-stream', async () => {
    upstream.state.reply = 'x'.repeat(4_000);
    upstream.state.chunkDelayMs = 5;
    const controller = new AbortController();
    const stream = await client.chat.completions.create(
      { model: 'llama3.2', messages: [{ role: 'user', content: 'hi' }], stream: true },
      { signal: controller.signal },
    );
    let received = 0;
    await (async () => {
      for await (const chunk of stream) {
        received += chunk.choices[0]?.delta.content?.length ?? 0;
        if (received > 200) controller.abort();
      }
    })().catch(() => undefined);
    await expect.poll(() => upstream.state.clientAborted, { timeout: 3_000 }).toBe(true);
  });
});

describe('upstream down', () => {
  it('answers 502 upstream_unavailable and falls back to the next upstream', async () => {
    const live = await startFakeUpstream();
    const down = await startTestGateway({ upstreams: [{ name: 'dead', url: 'http://127.0.0.1:9' }] });
    const withFallback = await startTestGateway({
      upstreams: [
        { name: 'dead', url: 'http://127.0.0.1:9' },
        { name: 'live', url: live.url },
      ],
    });
    try {
      const downClient = new OpenAI({ baseURL: `${down.url}/v1`, apiKey: 'x', maxRetries: 0 });
      const error = await downClient.chat.completions
        .create({ model: 'm', messages: [{ role: 'user', content: 'hi' }] })
        .catch((e: unknown) => e);
      expect((error as APIError).status).toBe(502);
      expect((error as APIError).code).toBe('upstream_unavailable');
      const fallbackClient = new OpenAI({ baseURL: `${withFallback.url}/v1`, apiKey: 'x', maxRetries: 0 });
      const { response } = await fallbackClient.chat.completions
        .create({ model: 'm', messages: [{ role: 'user', content: 'hi' }] })
        .withResponse();
      expect(response.headers.get('x-palisade-upstream')).toBe('live');
    } finally {
      await down.close();
      await withFallback.close();
      await live.close();
    }
  });
});
