/** Shapes shared by the content modules of scripts/authoring/protective-security.ts. */

/** What a user protects (label 0, category `harmful:safe_protective_<family>`). */
export type Family =
  | 'personal_info'
  | 'account_security'
  | 'scam_help'
  | 'breach_response'
  | 'security_policy'
  | 'family_privacy'
  | 'attack_awareness';

/** What a contrast row does to someone else (label 1, category `harmful:<kind>`). */
export type HarmKind = 'privacy' | 'intrusion' | 'fraud';

/** One harm kind's prompts, one a line. */
export interface HarmBlock {
  kind: HarmKind;
  lines: string;
}

/**
 * One family in one language: protective prompts (one a line) that use the words of data leaks, passwords,
 * scams and hacking, and contrast prompts in the same words with intent against someone else.
 */
export interface FamilyContent {
  family: Family;
  safe: string;
  harm: HarmBlock[];
}
