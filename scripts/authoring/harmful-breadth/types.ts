/** One harm class for scripts/authoring/harmful-breadth.ts: [harmful, benign] task phrases and whole request pairs. */
export interface HarmClass {
  name: string;
  /** Verb phrases filling the language's FRAMES: harmful first, benign twin second. */
  tasks: [string, string][];
  /** Whole requests: harmful first, benign twin (same topic, similar form) second. */
  pairs: [string, string][];
}
