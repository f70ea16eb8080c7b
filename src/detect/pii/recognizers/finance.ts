import type { PatternRecognizer } from '../types.js';
import { digitsOnly, ibanValid, knownCardPrefix, luhnValid } from '../validators.js';

const CARD_CONTEXT = [
  'card',
  'visa',
  'mastercard',
  'amex',
  'cc',
  'credit',
  'debit',
  'payment',
  '信用卡',
  '卡号',
];
const CN_BANK_CONTEXT = [
  '银行卡',
  '卡号',
  '账号',
  '帐号',
  '储蓄卡',
  '借记卡',
  '银行',
  '开户',
  'bank',
  'account',
];

function cardScore(value: string): boolean | number {
  const digits = digitsOnly(value);
  if (digits.length < 12 || digits.length > 19 || !luhnValid(digits)) return false;
  if (/^(\d)\1+$/.test(digits)) return false;
  return knownCardPrefix(digits) ? 0.9 : 0.4;
}

/** UnionPay debit cards (62…) often skip Luhn; accept those only with bank context. */
function cnBankScore(value: string, text: string, start: number): boolean | number {
  const digits = digitsOnly(value);
  if (digits.length < 16 || digits.length > 19) return false;
  if (luhnValid(digits)) return 0.92;
  const window = text.slice(Math.max(0, start - 24), start);
  return CN_BANK_CONTEXT.some((word) => window.toLowerCase().includes(word)) ? 0.75 : false;
}

export const financeRecognizers: PatternRecognizer[] = [
  {
    code: 'pii.credit_card',
    entity: 'credit_card',
    regex: /(?<![0-9+-])[0-9](?:[ -]?[0-9]){11,18}(?![0-9-])/g,
    score: 0.9,
    validate: cardScore,
    context: CARD_CONTEXT,
    contextBoost: 0.3,
    minDigits: 12,
    needsDigit: true,
  },
  {
    code: 'pii.cn_bank_card',
    entity: 'cn_bank_card',
    regex: /(?<![0-9-])62[0-9]{2}(?:[ -]?[0-9]{4}){3}(?:[ -]?[0-9]{1,3})?(?![0-9-])/g,
    score: 0.92,
    validate: cnBankScore,
    minDigits: 16,
    needsDigit: true,
  },
  {
    code: 'pii.iban',
    entity: 'iban',
    regex: /(?<![0-9A-Za-z])[A-Z]{2}[0-9]{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?(?![0-9A-Za-z])/gi,
    score: 0.95,
    validate: (value) => ibanValid(value),
    needsDigit: true,
  },
];
