/** Shapes shared by the content modules of scripts/authoring/harmful-misinfo.ts. */

/** A harmful request and its benign twin: same vocabulary and form, different intent. */
export type Pair = readonly [harmful: string, benign: string];

/** Hand-written pairs of one kind; the category of both rows is `harmful:<name>`. */
export interface Kind {
  /** `misinfo-<kind>`. */
  name: string;
  pairs: Pair[];
}

/** Phrases of one kind to fill into request frames (`{x}`); both halves get the same frame. */
export interface SlotGroup {
  name: string;
  slots: Pair[];
}

/** A request frame: `{x}` takes a slot phrase. */
export interface Frame {
  id: string;
  text: string;
}
