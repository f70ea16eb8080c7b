import { createHmac } from 'node:crypto';
import type { PiiEntity } from '../../detect/pii/index.js';
import { labelOf } from './labels.js';
import { normalizeValue } from './vault.js';

/** `[EMAIL]` */
export function redactText(entity: PiiEntity): string {
  return `[${labelOf(entity)}]`;
}

/** `[EMAIL:3f9a1c2b4d]`: keyed HMAC-SHA256 of the normalised value, stable for one key. */
export function hashText(entity: PiiEntity, value: string, key: string): string {
  const mac = createHmac('sha256', key).update(normalizeValue(value)).digest('hex').slice(0, 12);
  return `[${labelOf(entity)}:${mac}]`;
}

function keepEnds(value: string, head: number, tail: number): string {
  const chars = [...value];
  if (chars.length <= head + tail) return '*'.repeat(chars.length);
  return chars.map((ch, i) => (i < head || i >= chars.length - tail || /[\s-]/.test(ch) ? ch : '*')).join('');
}

/** Partial masking that keeps the parts people use to recognise their own data (138****5678). */
export function maskText(entity: PiiEntity, value: string): string {
  switch (entity) {
    case 'email': {
      const at = value.indexOf('@');
      return `${value.slice(0, 1)}***${value.slice(at)}`;
    }
    case 'cn_mobile':
    case 'phone':
    case 'cn_landline':
      return keepEnds(value, 3, 4);
    case 'cn_id_card':
      return keepEnds(value, 6, 4);
    case 'credit_card':
    case 'cn_bank_card':
    case 'iban':
      return keepEnds(value, 0, 4);
    case 'person':
      return keepEnds(value, 1, 0);
    case 'secret':
    case 'url_credentials':
      return `${value.slice(0, 4)}${'*'.repeat(8)}`;
    default:
      return keepEnds(value, 1, 1);
  }
}
