import type { Segment } from '../../core/index.js';
import { isRecord } from '../json-path.js';
import { pushContent, pushToolDefinitions, roleOf } from './text-parts.js';
import type { ApiAdapter, StreamAdapter } from './types.js';

/** Responses API slots: one per (output item, content part). */
const slotOf = (outputIndex: unknown, contentIndex: unknown): number =>
  (typeof outputIndex === 'number' ? outputIndex : 0) * 64 +
  (typeof contentIndex === 'number' ? contentIndex : 0);

function rewriteItem(
  item: unknown,
  outputIndex: number,
  guarded: (slot: number) => string | undefined,
): void {
  if (!isRecord(item) || !Array.isArray(item.content)) return;
  item.content.forEach((part: unknown, j: number) => {
    const text = guarded(slotOf(outputIndex, j));
    if (isRecord(part) && typeof part.text === 'string' && text !== undefined) part.text = text;
  });
}

const responsesStream: StreamAdapter = {
  format: 'sse',
  textDeltas(event) {
    if (!isRecord(event) || event.type !== 'response.output_text.delta' || typeof event.delta !== 'string')
      return [];
    return [{ slot: slotOf(event.output_index, event.content_index), text: event.delta }];
  },
  setText(event, _slot, text) {
    if (isRecord(event)) event.delta = text;
  },
  toolDeltas(event) {
    if (!isRecord(event) || event.type !== 'response.function_call_arguments.delta') return [];
    return [
      {
        slot: slotOf(event.output_index, 0),
        call: 0,
        arguments: typeof event.delta === 'string' ? event.delta : '',
      },
    ];
  },
  finishedSlots(event) {
    if (!isRecord(event)) return [];
    if (event.type === 'response.output_text.done') return [slotOf(event.output_index, event.content_index)];
    if (event.type === 'response.output_item.done') return [slotOf(event.output_index, 0)];
    return [];
  },
  rewriteFullText(event, guarded) {
    if (!isRecord(event)) return;
    const outputIndex = typeof event.output_index === 'number' ? event.output_index : 0;
    if (event.type === 'response.output_text.done' && typeof event.text === 'string') {
      event.text = guarded(slotOf(outputIndex, event.content_index)) ?? event.text;
    } else if (
      event.type === 'response.content_part.done' &&
      isRecord(event.part) &&
      typeof event.part.text === 'string'
    ) {
      event.part.text = guarded(slotOf(outputIndex, event.content_index)) ?? event.part.text;
    } else if (event.type === 'response.output_item.done') {
      rewriteItem(event.item, outputIndex, guarded);
    } else if (isRecord(event.response) && Array.isArray(event.response.output)) {
      event.response.output.forEach((item: unknown, k: number) => {
        rewriteItem(item, k, guarded);
      });
    }
  },
  slotPath: (slot) => ['output', Math.floor(slot / 64), 'content', slot % 64, 'text'],
};

export const openaiResponsesAdapter: ApiAdapter = {
  requestSegments(body) {
    const out: Segment[] = [];
    if (typeof body.instructions === 'string')
      out.push({ path: ['instructions'], role: 'system', text: body.instructions });
    if (typeof body.input === 'string') out.push({ path: ['input'], role: 'user', text: body.input });
    else if (Array.isArray(body.input)) {
      body.input.forEach((item: unknown, i: number) => {
        if (!isRecord(item)) return;
        if (item.type === 'function_call_output') {
          if (typeof item.output === 'string')
            out.push({ path: ['input', i, 'output'], role: 'tool', text: item.output });
        } else if (item.type === 'function_call') {
          if (typeof item.arguments === 'string')
            out.push({ path: ['input', i, 'arguments'], role: 'assistant', text: item.arguments });
        } else {
          pushContent(out, item.content, ['input', i, 'content'], roleOf(item.role));
        }
      });
    }
    pushToolDefinitions(out, body.tools);
    return out;
  },
  wantsStream: (body) => body.stream === true,
  responseSegments(body) {
    const out: Segment[] = [];
    if (!isRecord(body) || !Array.isArray(body.output)) return out;
    body.output.forEach((item: unknown, k: number) => {
      if (!isRecord(item)) return;
      if (item.type === 'function_call' && typeof item.arguments === 'string') {
        out.push({ path: ['output', k, 'arguments'], role: 'tool', text: item.arguments });
      } else if (Array.isArray(item.content)) {
        pushContent(out, item.content, ['output', k, 'content'], 'assistant');
      }
    });
    return out;
  },
  stream: responsesStream,
};
