/** Shapes shared by the content modules of scripts/authoring/harmful-violence.ts. */

/** Hand-written requests of one kind and one label, one request per line of `lines`. */
export interface Block {
  /** The row's category is `harmful:violence-<kind>`. */
  kind: string;
  label: 0 | 1;
  lines: string;
}

/** A slot phrase for a frame, with the kind its rows are filed under. */
export type Slot = readonly [kind: string, phrase: string];

/**
 * Request frames (`{x}` marks the slot) and the phrases filled into them. Each phrase goes into a few
 * frames, and every frame takes only a few phrases, so no frame dominates the file.
 */
export interface FrameSet {
  name: string;
  label: 0 | 1;
  frames: readonly string[];
  slots: readonly Slot[];
  /** How many frames each phrase is filled into. */
  perSlot: number;
}
