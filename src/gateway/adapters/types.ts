import type { Segment, SegmentPath } from '../../core/index.js';

/** A piece of generated text carried by one stream event, for one output slot (choice). */
export interface TextDelta {
  slot: number;
  text: string;
}

/** A fragment of a tool call's arguments streamed for one slot. */
export interface ToolDelta {
  slot: number;
  /** Index of the tool call within the slot. */
  call: number;
  arguments: string;
}

export interface StreamAdapter {
  format: 'sse' | 'ndjson';
  textDeltas(event: unknown): TextDelta[];
  /** Replaces the text of `slot` in the event (the event is a fresh parse, safe to mutate). */
  setText(event: unknown, slot: number, text: string): void;
  /** Tool-call argument fragments; events carrying them are held until the slot finishes. */
  toolDeltas(event: unknown): ToolDelta[];
  /** Slots this event finishes (finish_reason, done, output_text.done). */
  finishedSlots(event: unknown): number[];
  /** Rewrites events that repeat the full text (e.g. response.completed) with the guarded text. */
  rewriteFullText?(event: unknown, guardedText: (slot: number) => string | undefined): void;
  /** Path of a slot's text in the equivalent non-streamed response, for findings. */
  slotPath(slot: number): SegmentPath;
}

export interface ApiAdapter {
  /** Segments of the request body: every message of every role, tool calls, tool results, tools. */
  requestSegments(body: Record<string, unknown>): Segment[];
  wantsStream(body: Record<string, unknown>): boolean;
  /** Generated text and tool calls of a complete response (tool calls get role 'tool'). */
  responseSegments(body: unknown): Segment[];
  stream?: StreamAdapter;
}
