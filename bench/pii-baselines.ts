/** Adapters that turn other npm PII libraries' output into spans for the same evaluator. */
import { OpenRedaction } from '@openredaction/openredaction';
import { SyncRedactor } from 'redact-pii';
import type { PiiEntity, PiiMatch } from '../src/detect/pii/index.js';

/** Maps a library's type name to a Palisade entity (only the classes the benchmark scores). */
function entityOf(type: string): PiiEntity | undefined {
  const t = type.toUpperCase();
  if (t.includes('EMAIL')) return 'email';
  if (t.includes('PHONE') || t.includes('MOBILE')) return 'phone';
  if (t.includes('IBAN')) return 'iban';
  if (t.includes('CARD') || t.includes('CREDIT')) return 'credit_card';
  if (t.includes('SSN') || t.includes('SOCIAL_SECURITY')) return 'us_ssn';
  if (t.includes('IP_ADDRESS') || t === 'IPV4' || t === 'IPV6') return 'ip_address';
  if (t.includes('CHINA') || t.includes('CHINESE') || t === 'CN_ID' || t.includes('RESIDENT'))
    return 'cn_id_card';
  if (t.includes('NAME') || t === 'PERSON') return 'person';
  if (t.includes('ADDRESS') || t.includes('STREET') || t.includes('POSTCODE') || t.includes('ZIP'))
    return 'address';
  if (t.includes('DRIVER')) return 'us_driver_license';
  return undefined;
}

export interface Baseline {
  name: string;
  detect(text: string): PiiMatch[];
}

export function openRedactionBaseline(): Baseline {
  const engine = new OpenRedaction();
  return {
    name: '@openredaction/openredaction',
    detect(text) {
      const result = engine.detect(text) as unknown as {
        detections: { type: string; position: [number, number] }[];
      };
      return result.detections.flatMap((d) => {
        const entity = entityOf(d.type);
        return entity
          ? [{ entity, code: `x.${d.type}`, start: d.position[0], end: d.position[1], score: 1 }]
          : [];
      });
    },
  };
}

const REDACT_PII_TOKENS =
  /PERSON_NAME|EMAIL_ADDRESS|PHONE_NUMBER|STREET_ADDRESS|US_SOCIAL_SECURITY_NUMBER|CREDIT_CARD_NUMBER|IP_ADDRESS|ZIPCODE|URL|USERNAME|PASSWORD|CREDENTIALS|DIGITS/g;

/** redact-pii returns only redacted text: spans are recovered by aligning the literal pieces. */
export function redactPiiBaseline(): Baseline {
  const redactor = new SyncRedactor();
  return {
    name: 'redact-pii',
    detect(text) {
      const redacted = redactor.redact(text);
      const out: PiiMatch[] = [];
      const tokens = [...redacted.matchAll(REDACT_PII_TOKENS)];
      let srcCursor = 0;
      let redCursor = 0;
      for (let i = 0; i < tokens.length; i++) {
        const token = tokens[i]!;
        const before = redacted.slice(redCursor, token.index);
        const at = text.indexOf(before, srcCursor);
        if (at < 0) break;
        const start = at + before.length;
        const nextLiteralEnd = i + 1 < tokens.length ? tokens[i + 1]!.index : redacted.length;
        const after = redacted.slice(token.index + token[0].length, nextLiteralEnd);
        const end =
          after.length > 0 ? text.indexOf(after, start) : i + 1 < tokens.length ? start : text.length;
        if (end < start) break;
        const entity = entityOf(token[0]);
        if (entity && end > start) out.push({ entity, code: `x.${token[0]}`, start, end, score: 1 });
        srcCursor = end;
        redCursor = token.index + token[0].length;
      }
      return out;
    },
  };
}
