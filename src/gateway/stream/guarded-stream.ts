import type { Segment } from '../../core/index.js';
import type { StreamAdapter } from '../adapters/types.js';
import type { StreamEvent } from './events.js';
import { OutputWindow, type WindowGuard } from './output-window.js';

export interface StreamGuards {
  /** Output-stage guard for one slot's text. */
  output(slot: number): WindowGuard;
  /** Tool-stage check of complete tool-call arguments; true when they must be blocked. */
  toolBlocked(segments: Segment[]): Promise<boolean>;
  holdBackChars: number;
  contextChars: number;
}

/** Marks the end of a guarded stream that a guard cut; the caller emits the format's error event. */
export const CUT = Symbol('cut');

interface SlotState {
  window: OutputWindow;
  template: unknown;
  toolArgs: Map<number, string>;
  heldToolEvents: StreamEvent[];
}

/**
 * Guards a parsed upstream stream event by event. Text deltas pass through OutputWindow (bounded
 * hold-back); tool-call fragments are held until their slot finishes and the complete arguments pass
 * the tool stage. Yields the events to send, then CUT if a guard blocked, after which nothing more
 * of the upstream stream is sent.
 */
export async function* guardStream(
  events: AsyncIterable<StreamEvent>,
  adapter: StreamAdapter,
  guards: StreamGuards,
): AsyncGenerator<StreamEvent | typeof CUT> {
  const slots = new Map<number, SlotState>();
  const slotState = (slot: number): SlotState => {
    let state = slots.get(slot);
    if (!state) {
      state = {
        window: new OutputWindow(guards.output(slot), guards.holdBackChars, guards.contextChars),
        template: undefined,
        toolArgs: new Map(),
        heldToolEvents: [],
      };
      slots.set(slot, state);
    }
    return state;
  };

  /** Finishes a slot: releases withheld text (as a synthetic event when needed) and held tool calls. */
  async function* finishSlot(
    slot: number,
    state: SlotState,
    carrier: unknown,
  ): AsyncGenerator<StreamEvent | typeof CUT, boolean> {
    const rest = await state.window.finish();
    if (rest === null) {
      yield CUT;
      return false;
    }
    if (rest !== '') {
      const carried = carrier !== undefined && adapter.textDeltas(carrier).some((d) => d.slot === slot);
      if (carried) {
        const current = adapter.textDeltas(carrier).find((d) => d.slot === slot)?.text ?? '';
        adapter.setText(carrier, slot, current + rest);
      } else if (state.template !== undefined) {
        const synthetic = structuredClone(state.template);
        adapter.setText(synthetic, slot, rest);
        yield { kind: 'json', value: synthetic };
      }
    }
    if (state.toolArgs.size > 0) {
      const segments: Segment[] = [...state.toolArgs].map(([call, text]) => ({
        path: [...adapter.slotPath(slot).slice(0, -1), 'tool_calls', call, 'function', 'arguments'],
        role: 'tool',
        text,
      }));
      if (await guards.toolBlocked(segments)) {
        yield CUT;
        return false;
      }
      yield* state.heldToolEvents;
      state.toolArgs.clear();
      state.heldToolEvents = [];
    }
    return true;
  }

  async function* finishAll(): AsyncGenerator<StreamEvent | typeof CUT, boolean> {
    for (const [slot, state] of slots) {
      if (!(yield* finishSlot(slot, state, undefined))) return false;
    }
    return true;
  }

  for await (const event of events) {
    if (event.kind === 'raw') {
      if (!(yield* finishAll())) return;
      yield event;
      continue;
    }
    const value = event.value;
    const finished = adapter.finishedSlots(value);
    const toolDeltas = adapter.toolDeltas(value);
    for (const delta of toolDeltas) {
      const state = slotState(delta.slot);
      state.toolArgs.set(delta.call, (state.toolArgs.get(delta.call) ?? '') + delta.arguments);
    }
    if (toolDeltas.length > 0 && finished.length === 0) {
      slotState(toolDeltas[0]!.slot).heldToolEvents.push(event);
      continue;
    }

    let anyReleased = false;
    let anyText = false;
    for (const delta of adapter.textDeltas(value)) {
      const state = slotState(delta.slot);
      if (state.template === undefined && delta.text !== '') state.template = structuredClone(value);
      const released = await state.window.push(delta.text);
      if (released === null) {
        yield CUT;
        return;
      }
      adapter.setText(value, delta.slot, released);
      if (delta.text !== '') anyText = true;
      if (released !== '') anyReleased = true;
    }
    for (const slot of finished) {
      if (!(yield* finishSlot(slot, slotState(slot), value))) return;
    }
    if (anyText && !anyReleased && finished.length === 0) continue;
    adapter.rewriteFullText?.(value, (slot) => slots.get(slot)?.window.released);
    yield event;
  }
  yield* finishAll();
}
