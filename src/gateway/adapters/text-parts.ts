import type { Segment, SegmentPath, SegmentRole } from '../../core/index.js';
import { isRecord } from '../json-path.js';

export function roleOf(value: unknown): SegmentRole {
  switch (value) {
    case 'system':
    case 'developer':
      return 'system';
    case 'user':
      return 'user';
    case 'assistant':
      return 'assistant';
    case 'tool':
    case 'function':
    case 'ipython':
      return 'tool';
    default:
      return 'other';
  }
}

/** Content that is a string or an array of parts with `text` (OpenAI chat and Responses shapes). */
export function pushContent(out: Segment[], content: unknown, path: SegmentPath, role: SegmentRole): void {
  if (typeof content === 'string') {
    out.push({ path, role, text: content });
    return;
  }
  if (!Array.isArray(content)) return;
  content.forEach((part, index) => {
    if (typeof part === 'string') out.push({ path: [...path, index], role, text: part });
    else if (isRecord(part) && typeof part.text === 'string')
      out.push({ path: [...path, index, 'text'], role, text: part.text });
  });
}

/** A string, or an array of strings (prompts and embedding inputs); token arrays carry no text. */
export function pushStrings(out: Segment[], value: unknown, path: SegmentPath, role: SegmentRole): void {
  if (typeof value === 'string') out.push({ path, role, text: value });
  else if (Array.isArray(value)) {
    value.forEach((item, index) => {
      if (typeof item === 'string') out.push({ path: [...path, index], role, text: item });
    });
  }
}

/** Tool-call arguments: a JSON string (OpenAI) or an object (Ollama), scanned as text. */
export function pushToolCalls(
  out: Segment[],
  toolCalls: unknown,
  path: SegmentPath,
  role: SegmentRole,
): void {
  if (!Array.isArray(toolCalls)) return;
  toolCalls.forEach((call, index) => {
    if (!isRecord(call) || !isRecord(call.function)) return;
    const args = call.function.arguments;
    const argPath = [...path, index, 'function', 'arguments'];
    if (typeof args === 'string') out.push({ path: argPath, role, text: args });
    else if (args !== undefined) out.push({ path: argPath, role, text: JSON.stringify(args) });
  });
}

/** Tool definitions can carry injected instructions (tool poisoning): scan their descriptions. */
export function pushToolDefinitions(out: Segment[], tools: unknown): void {
  if (!Array.isArray(tools)) return;
  tools.forEach((tool, index) => {
    if (!isRecord(tool)) return;
    const fn = isRecord(tool.function) ? tool.function : tool;
    if (typeof fn.description === 'string') {
      const path =
        fn === tool ? ['tools', index, 'description'] : ['tools', index, 'function', 'description'];
      out.push({ path, role: 'document', text: fn.description });
    }
  });
}
