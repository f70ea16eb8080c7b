import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeUpstream, startFakeUpstream } from '../support/fake-upstream.js';
import { startTestGateway } from '../support/gateway.js';

const ID_CARD = '110101199003074514';
const PROMPT = `我的身份证号是${ID_CARD}，请帮我核对一下。`;

let upstream: FakeUpstream;
let gateway: Awaited<ReturnType<typeof startTestGateway>>;
let client: OpenAI;

beforeAll(async () => {
  upstream = await startFakeUpstream({ echo: true });
  gateway = await startTestGateway({
    upstreams: [{ name: 'fake', url: upstream.url }],
    guards: [{ use: 'pii', config: { actions: { cn_id_card: 'pseudonymize' } } }],
  });
  client = new OpenAI({ baseURL: `${gateway.url}/v1`, apiKey: 'unused', maxRetries: 0 });
});
afterAll(async () => {
  await gateway.close();
  await upstream.close();
});

function upstreamSaw(): string {
  const body = upstream.state.requests.at(-1)?.body as { messages: { content: string }[] };
  return body.messages.at(-1)!.content;
}

describe('reversible pseudonymisation through the gateway', () => {
  it('the upstream sees a placeholder; the user sees the original (whole response)', async () => {
    const completion = await client.chat.completions.create({
      model: 'qwen2.5',
      messages: [{ role: 'user', content: PROMPT }],
    });
    expect(upstreamSaw()).not.toContain(ID_CARD);
    expect(upstreamSaw()).toMatch(/<[A-Z_]+_1>/);
    expect(completion.choices[0]?.message.content).toBe(`You said: ${PROMPT}`);
  });

  it('restores placeholders split across stream chunks', async () => {
    for (const chunkSize of [1, 2, 3, 5, 7]) {
      upstream.state.chunkSize = chunkSize;
      const stream = await client.chat.completions.create({
        model: 'qwen2.5',
        messages: [{ role: 'user', content: PROMPT }],
        stream: true,
      });
      let text = '';
      for await (const chunk of stream) text += chunk.choices[0]?.delta.content ?? '';
      expect(upstreamSaw()).not.toContain(ID_CARD);
      expect(text).toBe(`You said: ${PROMPT}`);
    }
  });
});
