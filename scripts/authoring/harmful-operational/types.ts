/** Shapes shared by the content modules of scripts/authoring/harmful-operational.ts. */

/**
 * One harmful kind phrased as an ordinary task: the harmful requests (label 1, category
 * `harmful:<kind>`) and their twins on the same topic asked from the defensive, educational,
 * historical or lawful side (label 0, category `harmful:safe_<kind>`). One request per line.
 */
export interface OperationalKind {
  kind: string;
  harm: string;
  safe: string;
}

/**
 * Benign requests with the same shape as the harmful ones (security chores, "given this text…"
 * edits, persuasive writing, kitchen and classroom science) and no harmful aim (label 0, category
 * `harmful:safe_<kind>`), one a line.
 */
export interface LookalikeKind {
  kind: string;
  lines: string;
}
