/** The families of scripts/authoring/protective-security.ts, per language, in the order they are written. */
import { EN_ACCOUNT_SECURITY } from './en-account-security.js';
import { EN_ATTACK_AWARENESS } from './en-attack-awareness.js';
import { EN_BREACH_RESPONSE } from './en-breach-response.js';
import { EN_FAMILY_PRIVACY } from './en-family-privacy.js';
import { EN_PERSONAL_INFO } from './en-personal-info.js';
import { EN_SCAM_HELP } from './en-scam-help.js';
import { EN_SECURITY_POLICY } from './en-security-policy.js';
import type { Family, FamilyContent, HarmKind } from './types.js';
import { ZH_ACCOUNT_SECURITY } from './zh-account-security.js';
import { ZH_ATTACK_AWARENESS } from './zh-attack-awareness.js';
import { ZH_BREACH_RESPONSE } from './zh-breach-response.js';
import { ZH_FAMILY_PRIVACY } from './zh-family-privacy.js';
import { ZH_PERSONAL_INFO } from './zh-personal-info.js';
import { ZH_SCAM_HELP } from './zh-scam-help.js';
import { ZH_SECURITY_POLICY } from './zh-security-policy.js';

export const FAMILIES: readonly Family[] = [
  'personal_info',
  'account_security',
  'scam_help',
  'breach_response',
  'security_policy',
  'family_privacy',
  'attack_awareness',
];

export const HARM_KINDS: readonly HarmKind[] = ['privacy', 'intrusion', 'fraud'];

export const EN_FAMILIES: readonly FamilyContent[] = [
  EN_PERSONAL_INFO,
  EN_ACCOUNT_SECURITY,
  EN_SCAM_HELP,
  EN_BREACH_RESPONSE,
  EN_SECURITY_POLICY,
  EN_FAMILY_PRIVACY,
  EN_ATTACK_AWARENESS,
];

export const ZH_FAMILIES: readonly FamilyContent[] = [
  ZH_PERSONAL_INFO,
  ZH_ACCOUNT_SECURITY,
  ZH_SCAM_HELP,
  ZH_BREACH_RESPONSE,
  ZH_SECURITY_POLICY,
  ZH_FAMILY_PRIVACY,
  ZH_ATTACK_AWARENESS,
];
