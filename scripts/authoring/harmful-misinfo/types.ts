/** Shapes shared by the content modules of scripts/authoring/harmful-misinfo.ts. */
import type { Pair } from '../pairs.js';

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
