import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Behaviour of the fake model server; tests mutate it between requests. */
export interface FakeUpstreamState {
  reply: string;
  /** Answer with the text of the last message instead of `reply` (to see what the model received). */
  echo?: boolean;
  /** Characters per streamed chunk. */
  chunkSize: number;
  chunkDelayMs: number;
  headerDelayMs: number;
  /** Answer every model call with this status and an OpenAI error envelope. */
  failStatus?: number;
  toolCall?: { name: string; arguments: string };
  requests: { path: string; body: unknown }[];
  /** Set when a client closed a streamed response before it ended. */
  clientAborted: boolean;
}

export interface FakeUpstream {
  url: string;
  state: FakeUpstreamState;
  close(): Promise<void>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function chunks(text: string, size: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size));
  return out;
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const parts: Buffer[] = [];
  for await (const part of req) parts.push(part as Buffer);
  const raw = Buffer.concat(parts).toString('utf8');
  return raw ? JSON.parse(raw) : undefined;
}

type Body = Record<string, unknown>;

function lastMessageText(body: Body | undefined): string {
  const messages = Array.isArray(body?.messages) ? body.messages : [];
  const last = messages[messages.length - 1] as Body | undefined;
  if (typeof last?.content === 'string') return last.content;
  return typeof body?.prompt === 'string' ? body.prompt : '';
}

/** A small OpenAI + Ollama compatible server speaking the real wire formats (SSE, NDJSON). */
export async function startFakeUpstream(initial: Partial<FakeUpstreamState> = {}): Promise<FakeUpstream> {
  const state: FakeUpstreamState = {
    reply: 'Hello from the fake model.',
    chunkSize: 4,
    chunkDelayMs: 0,
    headerDelayMs: 0,
    requests: [],
    clientAborted: false,
    ...initial,
  };

  const stream = async (res: ServerResponse, type: 'sse' | 'ndjson', events: unknown[], done: boolean) => {
    res.writeHead(200, { 'content-type': type === 'sse' ? 'text/event-stream' : 'application/x-ndjson' });
    res.on('close', () => {
      if (!res.writableFinished) state.clientAborted = true;
    });
    for (const event of events) {
      if (res.destroyed) return;
      res.write(type === 'sse' ? `data: ${JSON.stringify(event)}\n\n` : `${JSON.stringify(event)}\n`);
      if (state.chunkDelayMs > 0) await sleep(state.chunkDelayMs);
    }
    if (done && !res.destroyed) res.write('data: [DONE]\n\n');
    res.end();
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? '').split('?')[0]!;
    const body = (req.method === 'POST' ? await readJson(req) : undefined) as Body | undefined;
    state.requests.push({ path, body });
    if (state.headerDelayMs > 0) await sleep(state.headerDelayMs);
    const json = (value: unknown, status = 200) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(value));
    };
    if (state.failStatus && path !== '/v1/models' && path !== '/api/tags') {
      return json(
        { error: { message: 'fake upstream failure', type: 'server_error', code: 'fake' } },
        state.failStatus,
      );
    }
    const model = typeof body?.model === 'string' ? body.model : 'fake';
    if (state.echo) state.reply = `You said: ${lastMessageText(body)}`;
    const usage = { prompt_tokens: 7, completion_tokens: 5, total_tokens: 12 };
    const parts = chunks(state.reply, state.chunkSize);
    switch (path) {
      case '/v1/chat/completions': {
        const base = { id: 'chatcmpl-1', object: 'chat.completion.chunk', created: 1, model };
        const toolCalls = state.toolCall
          ? [
              {
                id: 'call_1',
                type: 'function',
                function: { name: state.toolCall.name, arguments: state.toolCall.arguments },
              },
            ]
          : undefined;
        if (body?.stream !== true) {
          return json({
            id: 'chatcmpl-1',
            object: 'chat.completion',
            created: 1,
            model,
            choices: [
              {
                index: 0,
                message: { role: 'assistant', content: state.reply, tool_calls: toolCalls },
                finish_reason: 'stop',
              },
            ],
            usage,
          });
        }
        const events: unknown[] = [
          {
            ...base,
            choices: [{ index: 0, delta: { role: 'assistant', content: '' }, finish_reason: null }],
          },
        ];
        for (const part of parts)
          events.push({ ...base, choices: [{ index: 0, delta: { content: part }, finish_reason: null }] });
        if (state.toolCall) {
          for (const part of chunks(state.toolCall.arguments, 5)) {
            events.push({
              ...base,
              choices: [
                {
                  index: 0,
                  delta: { tool_calls: [{ index: 0, function: { arguments: part } }] },
                  finish_reason: null,
                },
              ],
            });
          }
        }
        events.push({
          ...base,
          choices: [{ index: 0, delta: {}, finish_reason: state.toolCall ? 'tool_calls' : 'stop' }],
        });
        const options = body.stream_options as Body | undefined;
        if (options?.include_usage === true) events.push({ ...base, choices: [], usage });
        return stream(res, 'sse', events, true);
      }
      case '/v1/completions': {
        if (body?.stream !== true) {
          return json({
            id: 'cmpl-1',
            object: 'text_completion',
            created: 1,
            model,
            choices: [{ index: 0, text: state.reply, finish_reason: 'stop' }],
            usage,
          });
        }
        const events: unknown[] = parts.map((text) => ({
          id: 'cmpl-1',
          object: 'text_completion',
          model,
          choices: [{ index: 0, text, finish_reason: null }],
        }));
        events.push({
          id: 'cmpl-1',
          object: 'text_completion',
          model,
          choices: [{ index: 0, text: '', finish_reason: 'stop' }],
        });
        return stream(res, 'sse', events, true);
      }
      case '/v1/embeddings': {
        const vector = [0.1, 0.2, 0.3];
        const embedding =
          body?.encoding_format === 'base64'
            ? Buffer.from(new Float32Array(vector).buffer).toString('base64')
            : vector;
        return json({
          object: 'list',
          model,
          data: [{ object: 'embedding', index: 0, embedding }],
          usage: { prompt_tokens: 3, total_tokens: 3 },
        });
      }
      case '/v1/responses': {
        const output = [
          {
            type: 'message',
            id: 'msg_1',
            role: 'assistant',
            status: 'completed',
            content: [{ type: 'output_text', text: state.reply, annotations: [] }],
          },
        ];
        const response = {
          id: 'resp_1',
          object: 'response',
          created_at: 1,
          model,
          status: 'completed',
          output,
          usage: { input_tokens: 7, output_tokens: 5, total_tokens: 12 },
        };
        if (body?.stream !== true) return json(response);
        const events: unknown[] = parts.map((delta) => ({
          type: 'response.output_text.delta',
          output_index: 0,
          content_index: 0,
          item_id: 'msg_1',
          delta,
        }));
        events.push({
          type: 'response.output_text.done',
          output_index: 0,
          content_index: 0,
          item_id: 'msg_1',
          text: state.reply,
        });
        events.push({ type: 'response.completed', response });
        return stream(res, 'sse', events, false);
      }
      case '/v1/models':
        return json({
          object: 'list',
          data: [
            { id: 'llama3.2', object: 'model', created: 1, owned_by: 'fake' },
            { id: 'qwen2.5', object: 'model', created: 1, owned_by: 'fake' },
          ],
        });
      case '/api/chat': {
        const at = '2026-01-01T00:00:00Z';
        const final = {
          model,
          created_at: at,
          message: { role: 'assistant', content: '' },
          done: true,
          done_reason: 'stop',
          prompt_eval_count: 7,
          eval_count: 5,
        };
        if (body?.stream === false)
          return json({ ...final, message: { role: 'assistant', content: state.reply } });
        const events: unknown[] = parts.map((content) => ({
          model,
          created_at: at,
          message: { role: 'assistant', content },
          done: false,
        }));
        events.push(final);
        return stream(res, 'ndjson', events, false);
      }
      case '/api/generate': {
        const final = {
          model,
          created_at: '2026-01-01T00:00:00Z',
          response: '',
          done: true,
          prompt_eval_count: 7,
          eval_count: 5,
        };
        if (body?.stream === false) return json({ ...final, response: state.reply });
        const events: unknown[] = parts.map((response) => ({
          model,
          created_at: '2026-01-01T00:00:00Z',
          response,
          done: false,
        }));
        events.push(final);
        return stream(res, 'ndjson', events, false);
      }
      case '/api/embed':
        return json({ model, embeddings: [[0.1, 0.2, 0.3]] });
      case '/api/embeddings':
        return json({ embedding: [0.1, 0.2, 0.3] });
      case '/api/tags':
        return json({
          models: [
            { name: 'llama3.2', model: 'llama3.2', size: 1 },
            { name: 'qwen2.5', model: 'qwen2.5', size: 1 },
          ],
        });
      case '/api/ps':
        return json({ models: [] });
      case '/api/version':
        return json({ version: '0.0.0-fake' });
      case '/api/show':
        return json({ modelfile: 'FROM fake', parameters: '', template: '{{ .Prompt }}' });
      case '/api/delete':
        return json({});
      default:
        return json({ error: 'not found' }, 404);
    }
  };

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: String(error) }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    state,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
