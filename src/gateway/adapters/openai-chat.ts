import type { Segment } from '../../core/index.js';
import { isRecord } from '../json-path.js';
import { pushContent, pushToolCalls, pushToolDefinitions, roleOf } from './text-parts.js';
import type { ApiAdapter, StreamAdapter, TextDelta, ToolDelta } from './types.js';

function choicesOf(event: unknown): Record<string, unknown>[] {
  if (!isRecord(event) || !Array.isArray(event.choices)) return [];
  return event.choices.filter(isRecord);
}

function slotOf(choice: Record<string, unknown>, fallback: number): number {
  return typeof choice.index === 'number' ? choice.index : fallback;
}

/** Shared by chat (delta.content) and legacy completions (text). */
export function choiceStream(
  textOf: (choice: Record<string, unknown>) => { holder: Record<string, unknown>; key: string } | undefined,
  slotPath: StreamAdapter['slotPath'],
): StreamAdapter {
  return {
    format: 'sse',
    textDeltas(event) {
      const out: TextDelta[] = [];
      choicesOf(event).forEach((choice, i) => {
        const at = textOf(choice);
        const text = at?.holder[at.key];
        if (typeof text === 'string') out.push({ slot: slotOf(choice, i), text });
      });
      return out;
    },
    setText(event, slot, text) {
      choicesOf(event).forEach((choice, i) => {
        if (slotOf(choice, i) !== slot) return;
        const at = textOf(choice);
        if (at) at.holder[at.key] = text;
      });
    },
    toolDeltas(event) {
      const out: ToolDelta[] = [];
      choicesOf(event).forEach((choice, i) => {
        const delta = isRecord(choice.delta) ? choice.delta : undefined;
        if (!delta || !Array.isArray(delta.tool_calls)) return;
        delta.tool_calls.forEach((call: unknown, j: number) => {
          if (!isRecord(call)) return;
          const fn = isRecord(call.function) ? call.function : {};
          out.push({
            slot: slotOf(choice, i),
            call: typeof call.index === 'number' ? call.index : j,
            arguments: typeof fn.arguments === 'string' ? fn.arguments : '',
          });
        });
      });
      return out;
    },
    finishedSlots(event) {
      return choicesOf(event)
        .map((choice, i) => (choice.finish_reason != null ? slotOf(choice, i) : -1))
        .filter((slot) => slot >= 0);
    },
    slotPath,
  };
}

export const openaiChatAdapter: ApiAdapter = {
  requestSegments(body) {
    const out: Segment[] = [];
    if (Array.isArray(body.messages)) {
      body.messages.forEach((message: unknown, i: number) => {
        if (!isRecord(message)) return;
        const role = roleOf(message.role);
        pushContent(out, message.content, ['messages', i, 'content'], role);
        pushToolCalls(out, message.tool_calls, ['messages', i, 'tool_calls'], 'assistant');
      });
    }
    pushToolDefinitions(out, body.tools);
    return out;
  },
  wantsStream: (body) => body.stream === true,
  responseSegments(body) {
    const out: Segment[] = [];
    choicesOf(body).forEach((choice, i) => {
      if (!isRecord(choice.message)) return;
      pushContent(out, choice.message.content, ['choices', i, 'message', 'content'], 'assistant');
      pushToolCalls(out, choice.message.tool_calls, ['choices', i, 'message', 'tool_calls'], 'tool');
    });
    return out;
  },
  stream: choiceStream(
    (choice) => (isRecord(choice.delta) ? { holder: choice.delta, key: 'content' } : undefined),
    (slot) => ['choices', slot, 'message', 'content'],
  ),
};
