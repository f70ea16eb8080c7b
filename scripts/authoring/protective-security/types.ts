/** Shapes shared by the content modules of scripts/authoring/protective-security.ts. */
import type { FamilyContent as GenericFamilyContent } from '../family-twins.js';

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

/** One family in one language (see family-twins.ts). */
export type FamilyContent = GenericFamilyContent<Family, HarmKind>;
