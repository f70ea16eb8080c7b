/** Shapes shared by the content modules of scripts/authoring/toxicity-zh-slang.ts. */

/** Hand-written comments of one kind and one label, one comment per line of `lines`. */
export interface Block {
  /** The row's category is `toxicity:zh-<kind>`. */
  kind: string;
  label: 0 | 1;
  lines: string;
}

/**
 * Comment frames whose `{a}`, `{b}` … slots are filled from `slots`. Toxic and non-toxic frame sets draw
 * on the same slot lists (slang words, group names), so a slang word alone never decides the label.
 */
export interface FrameSet {
  name: string;
  kind: string;
  label: 0 | 1;
  frames: readonly string[];
  slots: Readonly<Record<string, readonly string[]>>;
  /** Rows wanted from each frame (the file-wide cap is checked by the generator). */
  perFrame: number;
}
