import { Ollama } from 'ollama';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type FakeUpstream, startFakeUpstream } from '../support/fake-upstream.js';
import { startTestGateway } from '../support/gateway.js';

let upstream: FakeUpstream;
let gateway: Awaited<ReturnType<typeof startTestGateway>>;
let ollama: Ollama;

beforeAll(async () => {
  upstream = await startFakeUpstream();
  gateway = await startTestGateway({
    upstreams: [{ name: 'fake', url: upstream.url, kind: 'ollama' }],
    guards: [{ use: 'denylist', config: { terms: [{ text: 'BLOCKME' }, { text: '违禁词' }] } }],
  });
  ollama = new Ollama({ host: gateway.url });
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
    requests: [],
    failStatus: undefined,
  });
});

describe('ollama client through the gateway', () => {
  it('chat, streamed and not', async () => {
    const whole = await ollama.chat({
      model: 'llama3.2',
      messages: [{ role: 'user', content: 'hi' }],
      stream: false,
    });
    expect(whole.message.content).toBe('Hello from the fake model.');
    const parts: string[] = [];
    for await (const part of await ollama.chat({
      model: 'llama3.2',
      messages: [{ role: 'user', content: 'hi' }],
      stream: true,
    })) {
      parts.push(part.message.content);
    }
    expect(parts.join('')).toBe('Hello from the fake model.');
  });

  it('generate, embed, embeddings, tags, ps, show, version', async () => {
    expect((await ollama.generate({ model: 'llama3.2', prompt: 'hi', stream: false })).response).toBe(
      'Hello from the fake model.',
    );
    let streamed = '';
    for await (const part of await ollama.generate({ model: 'llama3.2', prompt: 'hi', stream: true }))
      streamed += part.response;
    expect(streamed).toBe('Hello from the fake model.');
    expect((await ollama.embed({ model: 'llama3.2', input: 'hi' })).embeddings).toEqual([[0.1, 0.2, 0.3]]);
    expect((await ollama.embeddings({ model: 'llama3.2', prompt: 'hi' })).embedding).toEqual([0.1, 0.2, 0.3]);
    expect((await ollama.list()).models.map((m) => m.name).sort()).toEqual(['llama3.2', 'qwen2.5']);
    expect((await ollama.ps()).models).toEqual([]);
    expect((await ollama.show({ model: 'llama3.2' })).modelfile).toBe('FROM fake');
    expect((await ollama.version()).version).toBe('0.0.0-fake');
  });

  it('closes model-management endpoints', async () => {
    await expect(ollama.delete({ model: 'llama3.2' })).rejects.toThrow(/closed/);
    await expect(ollama.copy({ source: 'llama3.2', destination: 'stolen' })).rejects.toThrow(/closed/);
    await expect(ollama.pull({ model: 'evil', stream: false })).rejects.toThrow(/closed/);
    expect(upstream.state.requests).toHaveLength(0);
    const blob = await fetch(`${gateway.url}/api/blobs/sha256:abc`, { method: 'POST', body: 'x' });
    expect(blob.status).toBe(403);
  });

  it('blocks a Chinese denylisted prompt and cuts a streamed answer', async () => {
    await expect(
      ollama.chat({
        model: 'llama3.2',
        messages: [{ role: 'user', content: '这里有违禁词' }],
        stream: false,
      }),
    ).rejects.toThrow(/blocked/);
    upstream.state.reply = `${'正常的回答。'.repeat(40)}BLOCKME 之后的内容`;
    upstream.state.chunkSize = 2;
    let text = '';
    const consume = async () => {
      for await (const part of await ollama.chat({
        model: 'llama3.2',
        messages: [{ role: 'user', content: 'hi' }],
        stream: true,
      })) {
        text += part.message.content;
      }
    };
    await expect(consume()).rejects.toThrow(/blocked/);
    expect(text).not.toContain('BLOCK');
    expect(text.startsWith('正常的回答。')).toBe(true);
  });
});
