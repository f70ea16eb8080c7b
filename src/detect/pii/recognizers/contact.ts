import { isIPv6 } from 'node:net';
import type { PatternRecognizer } from '../types.js';
import { cnMobileValid, digitsOnly } from '../validators.js';

const PHONE_CONTEXT = [
  'phone',
  'tel',
  'call',
  'mobile',
  'cell',
  'fax',
  'contact',
  'reach',
  'number',
  'whatsapp',
  'sms',
  'text me',
  'office',
  'home',
  'answer',
  'messages',
  'registered',
  'desk',
  'dial',
  'ring',
  'landline',
  '电话',
  '手机',
  '联系',
  '致电',
  '号码',
  '座机',
  '传真',
  '微信',
];

/** Dates and version-like strings look like digit groups; a phone has 7..15 digits and mixed groups. */
function phoneShape(value: string): boolean | number {
  const digits = digitsOnly(value.replace(/\s?(?:x|ext\.?)\s?\d{1,5}$/i, ''));
  if (digits.length < 7 || digits.length > 15) return false;
  if (/^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}$/.test(value) || /^\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}$/.test(value))
    return false;
  if (/^\d{1,3}(?:\.\d{1,3}){3}$/.test(value)) return false;
  if (value.startsWith('+')) return 0.6;
  if (/^\(?\d{3}\)?[ .-]\d{3}[ .-]\d{4}(?:\s?(?:x|ext\.?)\s?\d{1,5})?$/i.test(value)) return 0.7;
  return true;
}

const LOCAL_PART = /[A-Za-z0-9._%+-]/;

/** Extends an '@domain' anchor back over the local part (1..64 characters); no local part, no email. */
function emailLocalPart(text: string, start: number, end: number): [number, number] | undefined {
  let cursor = start;
  while (cursor > 0 && start - cursor < 64 && LOCAL_PART.test(text[cursor - 1]!)) cursor--;
  if (cursor === start) return undefined;
  if (cursor > 0 && start - cursor === 64 && LOCAL_PART.test(text[cursor - 1]!)) return undefined;
  return [cursor, end];
}

export const contactRecognizers: PatternRecognizer[] = [
  {
    code: 'pii.email',
    entity: 'email',
    // Anchored on '@' (domain by regex, local part by a backward scan): a regex that starts at every
    // word character rescans up to 64 characters each time.
    regex: /@(?:[A-Za-z0-9-]{1,63}\.){1,8}[A-Za-z]{2,24}(?![\w-])/g,
    extend: emailLocalPart,
    score: 0.95,
    keywords: ['@'],
  },
  {
    code: 'pii.cn_mobile',
    entity: 'cn_mobile',
    regex: /(?<![0-9])(?:(?:\+|00)86[ -]?)?1[3-9][0-9](?:[ -]?[0-9]{4}){2}(?![0-9])/g,
    score: 0.85,
    validate: (value) => cnMobileValid(value),
    context: PHONE_CONTEXT,
    contextBoost: 0.1,
    minDigits: 11,
    needsDigit: true,
  },
  {
    code: 'pii.cn_landline',
    entity: 'cn_landline',
    regex:
      /(?<![0-9])(?:\(0[1-9][0-9]{1,2}\)|（0[1-9][0-9]{1,2}）|0[1-9][0-9]{1,2}-)[ ]?[2-9][0-9]{6,7}(?:-[0-9]{1,4})?(?![0-9])/g,
    score: 0.6,
    context: PHONE_CONTEXT,
    contextBoost: 0.3,
    minDigits: 9,
    needsDigit: true,
  },
  {
    code: 'pii.phone',
    entity: 'phone',
    // Optional country code, optional area code in parentheses, 2..6 digit groups, optional extension.
    regex:
      /(?<![\w+./-])(?:(?:\+|00)[1-9][0-9]{0,2}[ .-]?)?(?:\(0?[0-9]{1,4}\)[ .-]?)?[0-9]{1,5}(?:[ .-][0-9]{1,8}){1,5}(?:\s?(?:x|ext\.?)\s?[0-9]{1,5})?(?![\w/-]|\.[0-9])/g,
    score: 0.4,
    validate: phoneShape,
    context: PHONE_CONTEXT,
    contextBoost: 0.3,
    minDigits: 7,
    needsDigit: true,
  },
  {
    code: 'pii.phone',
    entity: 'phone',
    regex: /(?<![\w+])\+[1-9][0-9]{6,14}(?![0-9])/g,
    score: 0.7,
    context: PHONE_CONTEXT,
    contextBoost: 0.15,
    minDigits: 7,
    needsDigit: true,
  },
  {
    code: 'pii.phone',
    entity: 'phone',
    // Unbroken national numbers are only phones when the context says so.
    regex: /(?<![\w+.-])0?[1-9][0-9]{8,10}(?![\w-]|\.[0-9])/g,
    score: 0.2,
    context: PHONE_CONTEXT,
    contextBoost: 0.45,
    requiresContext: true,
    minDigits: 9,
    needsDigit: true,
  },
  {
    code: 'pii.ip_address',
    entity: 'ip_address',
    regex:
      /(?<![0-9.])(?:(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])(?![0-9]|\.[0-9])/g,
    score: 0.8,
    validate: (_value, text, start) => !/(?:version|v)\s?$/i.test(text.slice(Math.max(0, start - 9), start)),
    minDigits: 4,
    needsDigit: true,
  },
  {
    code: 'pii.ip_address',
    entity: 'ip_address',
    regex: /(?<![\w:.])(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{0,4}(?![\w:])/g,
    score: 0.8,
    validate: (value) => value.length >= 6 && /[0-9A-Fa-f]/.test(value) && isIPv6(value),
    pretest: /[0-9A-Fa-f]:[0-9A-Fa-f]{0,4}:/,
    needsDigit: true,
  },
  {
    code: 'pii.mac_address',
    entity: 'mac_address',
    regex: /(?<![\w:-])[0-9A-Fa-f]{2}(?:[:-][0-9A-Fa-f]{2}){5}(?![\w:-])/g,
    score: 0.75,
    pretest: /[0-9A-Fa-f]{2}[:-][0-9A-Fa-f]{2}[:-][0-9A-Fa-f]{2}/,
    needsDigit: true,
  },
];
