import type { Segment } from '../../core/index.js';
import { isRecord } from '../json-path.js';
import { pushStrings, pushToolCalls, roleOf } from './text-parts.js';
import type { ApiAdapter, StreamAdapter, ToolDelta } from './types.js';

/** Ollama streams by default: only an explicit `stream: false` asks for one JSON object. */
const ollamaWantsStream = (body: Record<string, unknown>): boolean => body.stream !== false;

const doneSlots = (event: unknown): number[] => (isRecord(event) && event.done === true ? [0] : []);

const chatStream: StreamAdapter = {
  format: 'ndjson',
  textDeltas(event) {
    if (!isRecord(event) || !isRecord(event.message) || typeof event.message.content !== 'string') return [];
    return [{ slot: 0, text: event.message.content }];
  },
  setText(event, _slot, text) {
    if (isRecord(event) && isRecord(event.message)) event.message.content = text;
  },
  toolDeltas(event) {
    if (!isRecord(event) || !isRecord(event.message) || !Array.isArray(event.message.tool_calls)) return [];
    const segments: Segment[] = [];
    pushToolCalls(segments, event.message.tool_calls, [], 'tool');
    return segments.map((segment, call): ToolDelta => ({ slot: 0, call, arguments: segment.text }));
  },
  finishedSlots: doneSlots,
  slotPath: () => ['message', 'content'],
};

export const ollamaChatAdapter: ApiAdapter = {
  requestSegments(body) {
    const out: Segment[] = [];
    if (Array.isArray(body.messages)) {
      body.messages.forEach((message: unknown, i: number) => {
        if (!isRecord(message)) return;
        if (typeof message.content === 'string') {
          out.push({ path: ['messages', i, 'content'], role: roleOf(message.role), text: message.content });
        }
        pushToolCalls(out, message.tool_calls, ['messages', i, 'tool_calls'], 'assistant');
      });
    }
    if (Array.isArray(body.tools)) {
      body.tools.forEach((tool: unknown, i: number) => {
        if (isRecord(tool) && isRecord(tool.function) && typeof tool.function.description === 'string') {
          out.push({
            path: ['tools', i, 'function', 'description'],
            role: 'document',
            text: tool.function.description,
          });
        }
      });
    }
    return out;
  },
  wantsStream: ollamaWantsStream,
  responseSegments(body) {
    const out: Segment[] = [];
    if (!isRecord(body) || !isRecord(body.message)) return out;
    if (typeof body.message.content === 'string')
      out.push({ path: ['message', 'content'], role: 'assistant', text: body.message.content });
    pushToolCalls(out, body.message.tool_calls, ['message', 'tool_calls'], 'tool');
    return out;
  },
  stream: chatStream,
};

export const ollamaGenerateAdapter: ApiAdapter = {
  requestSegments(body) {
    const out: Segment[] = [];
    if (typeof body.system === 'string') out.push({ path: ['system'], role: 'system', text: body.system });
    if (typeof body.prompt === 'string') out.push({ path: ['prompt'], role: 'user', text: body.prompt });
    if (typeof body.suffix === 'string') out.push({ path: ['suffix'], role: 'user', text: body.suffix });
    return out;
  },
  wantsStream: ollamaWantsStream,
  responseSegments(body) {
    if (!isRecord(body) || typeof body.response !== 'string') return [];
    return [{ path: ['response'], role: 'assistant', text: body.response }];
  },
  stream: {
    format: 'ndjson',
    textDeltas: (event) =>
      isRecord(event) && typeof event.response === 'string' ? [{ slot: 0, text: event.response }] : [],
    setText(event, _slot, text) {
      if (isRecord(event)) event.response = text;
    },
    toolDeltas: () => [],
    finishedSlots: doneSlots,
    slotPath: () => ['response'],
  },
};

export const ollamaEmbedAdapter: ApiAdapter = {
  requestSegments(body) {
    const out: Segment[] = [];
    pushStrings(out, body.input, ['input'], 'user');
    if (typeof body.prompt === 'string') out.push({ path: ['prompt'], role: 'user', text: body.prompt });
    return out;
  },
  wantsStream: () => false,
  responseSegments: () => [],
};
