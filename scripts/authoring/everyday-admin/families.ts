/** The families of scripts/authoring/everyday-admin.ts, per language, in the order they are written. */
import { EN_BANKING_CARDS } from './en-banking-cards.js';
import { EN_CONTACT_ADDRESS } from './en-contact-address.js';
import { EN_FORMS_PAPERWORK } from './en-forms-paperwork.js';
import { EN_HEALTH_RECORDS } from './en-health-records.js';
import { EN_IDENTITY_DOCUMENTS } from './en-identity-documents.js';
import { EN_MESSAGES_ACCOUNTS } from './en-messages-accounts.js';
import { EN_PERSONAL_DATA_TERMS } from './en-personal-data-terms.js';
import type { Family, FamilyContent, HarmKind } from './types.js';
import { ZH_BANKING_CARDS } from './zh-banking-cards.js';
import { ZH_CONTACT_ADDRESS } from './zh-contact-address.js';
import { ZH_FORMS_PAPERWORK } from './zh-forms-paperwork.js';
import { ZH_HEALTH_RECORDS } from './zh-health-records.js';
import { ZH_IDENTITY_DOCUMENTS } from './zh-identity-documents.js';
import { ZH_MESSAGES_ACCOUNTS } from './zh-messages-accounts.js';
import { ZH_PERSONAL_DATA_TERMS } from './zh-personal-data-terms.js';

export const FAMILIES: readonly Family[] = [
  'banking_cards',
  'identity_documents',
  'contact_address',
  'health_records',
  'messages_accounts',
  'forms_paperwork',
  'personal_data_terms',
];

export const HARM_KINDS: readonly HarmKind[] = ['privacy', 'fraud'];

export const EN_FAMILIES: readonly FamilyContent[] = [
  EN_BANKING_CARDS,
  EN_IDENTITY_DOCUMENTS,
  EN_CONTACT_ADDRESS,
  EN_HEALTH_RECORDS,
  EN_MESSAGES_ACCOUNTS,
  EN_FORMS_PAPERWORK,
  EN_PERSONAL_DATA_TERMS,
];

export const ZH_FAMILIES: readonly FamilyContent[] = [
  ZH_BANKING_CARDS,
  ZH_IDENTITY_DOCUMENTS,
  ZH_CONTACT_ADDRESS,
  ZH_HEALTH_RECORDS,
  ZH_MESSAGES_ACCOUNTS,
  ZH_FORMS_PAPERWORK,
  ZH_PERSONAL_DATA_TERMS,
];
