/** Shapes shared by the content modules of scripts/authoring/harmful-breadth2.ts. */
import type { Pair } from '../pairs.js';

/** One harm class: phrases to fill into frames, plus whole hand-written request pairs. */
export interface HarmClass {
  name: string;
  /** Verb phrases for the DO frames ("Could you explain the best way to {x}?", "我打算{x}…"). */
  tasks: Pair[];
  /** Noun phrases naming a text to produce, for the WRITE frames ("Draft {x}.", "帮我写{x}"). */
  texts: Pair[];
  /** Whole requests, written by hand: the forms a frame can't give. */
  pairs: Pair[];
}
