/** Shapes shared by the content modules of scripts/authoring/everyday-admin.ts. */
import type { FamilyContent as GenericFamilyContent } from '../family-twins.js';

/** Which everyday errand a benign row is about (label 0, category `harmful:safe_admin_<family>`). */
export type Family =
  | 'banking_cards'
  | 'identity_documents'
  | 'contact_address'
  | 'health_records'
  | 'messages_accounts'
  | 'forms_paperwork'
  | 'personal_data_terms';

/** What a contrast row does with someone else's details (label 1, category `harmful:<kind>`). */
export type HarmKind = 'privacy' | 'fraud';

/** One family in one language (see family-twins.ts). */
export type FamilyContent = GenericFamilyContent<Family, HarmKind>;
