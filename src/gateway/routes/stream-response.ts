import { Readable } from 'node:stream';
import type { FastifyReply } from 'fastify';
import { errorEnvelope, type PalisadeConfig, PalisadeError } from '../../core/index.js';
import type { StreamAdapter } from '../adapters/types.js';
import type { TokenUsage } from '../hooks.js';
import { isRecord } from '../json-path.js';
import type { RequestGuards } from '../request-guards.js';
import {
  formatNdjson,
  formatSse,
  parseNdjson,
  parseSse,
  type StreamEvent,
  StreamProtocolError,
} from '../stream/events.js';
import { CUT, guardStream } from '../stream/guarded-stream.js';
import { usageOf } from '../usage.js';

export interface GuardedStreamOptions {
  adapter: StreamAdapter;
  upstreamBody: AsyncIterable<Uint8Array>;
  contentType: string;
  guards: RequestGuards;
  config: PalisadeConfig;
  /** The gateway asked for a usage chunk the client did not: read it, do not forward it. */
  stripUsage: boolean;
  onUsage(usage: TokenUsage): void;
  onEnd(status: number): void;
}

function isUsageOnlyChunk(value: unknown): boolean {
  return (
    isRecord(value) && Array.isArray(value.choices) && value.choices.length === 0 && isRecord(value.usage)
  );
}

/** The stream's own error format: an SSE `error` event (OpenAI SDKs throw on it) or an NDJSON `error` line. */
function errorEvent(format: 'sse' | 'ndjson', error: PalisadeError, requestId: string): StreamEvent {
  const envelope = errorEnvelope(error, requestId);
  return {
    kind: 'json',
    value: format === 'sse' ? envelope : { error: error.message, code: error.code, request_id: requestId },
  };
}

/** Streams the upstream response through the output guards, chunk by chunk, with backpressure. */
export function streamGuardedResponse(reply: FastifyReply, options: GuardedStreamOptions): FastifyReply {
  const { adapter, guards } = options;
  const format = adapter.format;
  const parsed = format === 'sse' ? parseSse(options.upstreamBody) : parseNdjson(options.upstreamBody);
  const serialize = format === 'sse' ? formatSse : formatNdjson;
  const requestId = guards.context.requestId;

  async function* output(): AsyncGenerator<string> {
    let endStatus = 200;
    const withUsage = async function* (): AsyncGenerator<StreamEvent> {
      for await (const event of parsed) {
        if (event.kind === 'json') {
          const usage = usageOf(event.value);
          if (usage) options.onUsage(usage);
          if (options.stripUsage && isUsageOnlyChunk(event.value)) continue;
        }
        yield event;
      }
    };
    try {
      const guarded = guardStream(withUsage(), adapter, {
        holdBackChars: options.config.streaming.holdBackChars,
        contextChars: options.config.streaming.contextChars,
        output: (slot) => async (text, final) => {
          const segment = { path: adapter.slotPath(slot), role: 'assistant' as const, text };
          const result = await guards.run('output', [segment], { streaming: true, final });
          return { blocked: result.action === 'block', text: result.segments[0]?.text ?? text };
        },
        toolBlocked: async (segments) => (await guards.run('tool', segments)).action === 'block',
      });
      for await (const item of guarded) {
        if (item === CUT) {
          endStatus = 400;
          const error = new PalisadeError('output_blocked', undefined, {
            details: { findings: guards.exposed() },
          });
          yield serialize(errorEvent(format, error, requestId));
          if (format === 'sse') yield serialize({ kind: 'raw', data: '[DONE]' });
          return;
        }
        yield serialize(item);
      }
    } catch (error) {
      if (guards.context.signal?.aborted) return;
      endStatus = 502;
      const failure =
        error instanceof StreamProtocolError
          ? new PalisadeError('upstream_bad_response', error.message)
          : new PalisadeError('upstream_unavailable', 'The upstream stream failed before it finished.');
      yield serialize(errorEvent(format, failure, requestId));
    } finally {
      options.onEnd(endStatus);
    }
  }

  reply
    .code(200)
    .header('content-type', format === 'sse' ? 'text/event-stream; charset=utf-8' : 'application/x-ndjson')
    .header('cache-control', 'no-cache')
    .header('x-accel-buffering', 'no');
  return reply.send(Readable.from(output(), { objectMode: false }));
}
