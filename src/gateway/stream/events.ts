/** One parsed upstream stream event. `raw` events (SSE `[DONE]`) pass through untouched. */
export type StreamEvent =
  | { kind: 'json'; value: unknown; eventName?: string }
  | { kind: 'raw'; data: string; eventName?: string };

export class StreamProtocolError extends Error {}

/** Upper bound on one SSE event or NDJSON line, so a hostile upstream cannot exhaust memory. */
export const MAX_EVENT_CHARS = 8 * 1024 * 1024;

/** Splits a byte stream into lines, decoding UTF-8 across chunk boundaries. */
export async function* lines(body: AsyncIterable<Uint8Array | string>): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8');
  let buffer = '';
  for await (const chunk of body) {
    buffer += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    let newline = buffer.indexOf('\n');
    while (newline >= 0) {
      const line = buffer.endsWith('\r', newline) ? buffer.slice(0, newline - 1) : buffer.slice(0, newline);
      buffer = buffer.slice(newline + 1);
      yield line;
      newline = buffer.indexOf('\n');
    }
    if (buffer.length > MAX_EVENT_CHARS)
      throw new StreamProtocolError('upstream stream line exceeds the size limit');
  }
  buffer += decoder.decode();
  if (buffer.length > 0) yield buffer.endsWith('\r') ? buffer.slice(0, -1) : buffer;
}

function parseData(data: string, eventName: string | undefined): StreamEvent {
  if (data === '[DONE]') return { kind: 'raw', data, eventName };
  try {
    return { kind: 'json', value: JSON.parse(data), eventName };
  } catch {
    // Unparseable text cannot be guarded, so it is never passed through.
    throw new StreamProtocolError('upstream sent an SSE event that is not JSON');
  }
}

/** Server-sent events: `event:` and `data:` fields, events separated by a blank line. */
export async function* parseSse(body: AsyncIterable<Uint8Array | string>): AsyncGenerator<StreamEvent> {
  let data: string[] = [];
  let size = 0;
  let eventName: string | undefined;
  for await (const line of lines(body)) {
    if (line === '') {
      if (data.length > 0) yield parseData(data.join('\n'), eventName);
      data = [];
      size = 0;
      eventName = undefined;
      continue;
    }
    if (line.startsWith(':')) continue;
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    const value = colon < 0 ? '' : line.slice(line[colon + 1] === ' ' ? colon + 2 : colon + 1);
    if (field === 'data') {
      size += value.length;
      if (size > MAX_EVENT_CHARS) throw new StreamProtocolError('upstream SSE event exceeds the size limit');
      data.push(value);
    } else if (field === 'event') eventName = value;
  }
  if (data.length > 0) yield parseData(data.join('\n'), eventName);
}

/** Newline-delimited JSON (Ollama). */
export async function* parseNdjson(body: AsyncIterable<Uint8Array | string>): AsyncGenerator<StreamEvent> {
  for await (const line of lines(body)) {
    if (line.trim() === '') continue;
    try {
      yield { kind: 'json', value: JSON.parse(line) };
    } catch {
      throw new StreamProtocolError('upstream sent an NDJSON line that is not JSON');
    }
  }
}

export function formatSse(event: StreamEvent): string {
  const data = event.kind === 'json' ? JSON.stringify(event.value) : event.data;
  return `${event.eventName === undefined ? '' : `event: ${event.eventName}\n`}data: ${data}\n\n`;
}

export function formatNdjson(event: StreamEvent): string {
  return `${event.kind === 'json' ? JSON.stringify(event.value) : event.data}\n`;
}
