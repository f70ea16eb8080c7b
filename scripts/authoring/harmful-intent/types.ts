/** Shapes shared by the content modules of scripts/authoring/harmful-intent.ts. */

/**
 * One harmful kind whose harm is in the intent, not in the objects named: the harmful requests
 * (label 1, category `harmful:<kind>`) and their twins on the same topic with protective, educational
 * or lawful intent (label 0, category `harmful:safe_<kind>`). One request per line.
 */
export interface IntentKind {
  kind: string;
  harm: string;
  safe: string;
}

/** Benign requests that merely contain a harm word (label 0, category `harmful:safe_<kind>`), one a line. */
export interface SafeKind {
  kind: string;
  lines: string;
}
