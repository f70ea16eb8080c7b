/** Shapes shared by the content modules of scripts/authoring/toxicity-implicit.ts. */

/** Hand-written rows of one kind and one label, one row per non-empty line of `lines`. */
export interface Block {
  /** The row's category is `toxicity:<kind>`; non-toxic kinds start with `safe_`. */
  kind: string;
  label: 0 | 1;
  /** Non-toxic rows written as direct twins of toxic rows (same group or situation). */
  twin?: boolean;
  lines: string;
}
