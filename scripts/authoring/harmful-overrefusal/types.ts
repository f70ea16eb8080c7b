/** Shapes shared by the content modules of scripts/authoring/harmful-overrefusal.ts. */

/** Safe prompts that merely sound dangerous (label 0, category `harmful:safe_<kind>`). */
export type BenignKind =
  | 'figurative'
  | 'game_fiction'
  | 'safety_info'
  | 'homonym'
  | 'absurd'
  | 'history_fact'
  | 'fictional_privacy'
  | 'self_risk';

/** What the harmful contrast rows actually ask for (label 1, category `harmful:<kind>`). */
export type HarmKind =
  | 'violence'
  | 'poisoning'
  | 'sabotage'
  | 'weapons'
  | 'cbrn'
  | 'intrusion'
  | 'theft'
  | 'fraud'
  | 'hate'
  | 'doxxing'
  | 'stalking'
  | 'exploitation'
  | 'self_harm'
  | 'drugs';

/** One kind's prompts, one a line. */
export interface Block<K extends string> {
  kind: K;
  lines: string;
}

/**
 * One topic in one language: the safe prompts that sound dangerous, and harmful contrast prompts that
 * share their vocabulary (the same trigger words, games, chemicals, groups or history) but carry a real
 * intent to hurt someone.
 */
export interface Topic {
  name: string;
  safe: Block<BenignKind>[];
  harm: Block<HarmKind>[];
}
