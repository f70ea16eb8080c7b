/** Shapes shared by the content modules of scripts/authoring/harmful-cyber-misinfo.ts. */

/** A harmful request and its benign twin: same vocabulary and form, different intent. */
export type Pair = readonly [harmful: string, benign: string];

/** Hand-written pairs of one kind; the category of both rows is `harmful:<name>`. */
export interface Kind {
  /** `cyber-<kind>` or `misinfo-<kind>`. */
  name: string;
  pairs: Pair[];
}

/** A slot pair for code frames that only makes sense in some languages (a Windows-only task…). */
export interface LangSlot {
  pair: Pair;
  langs: readonly string[];
}

/** Phrases of one kind to fill into request frames (`{x}`); both halves get the same frame. */
export interface SlotGroup {
  name: string;
  slots: (Pair | LangSlot)[];
}

/** A request frame: `{x}` takes a slot phrase, `{lang}` (code frames only) a programming language. */
export interface Frame {
  id: string;
  text: string;
}
