import type { PiiEntity, PiiMatch } from './types.js';

/**
 * Span-level evaluation shared by `palisade eval-pii` and bench/pii.ts.
 * A gold span is found when a prediction of the same class overlaps it; a prediction is correct when
 * it overlaps a gold span of the same class ("partial match"; Presidio's generated addresses are split
 * into street / unit / ZIP fragments that one real address span covers). Exact-boundary figures are
 * reported alongside.
 */

/** Presidio entity names → Palisade evaluation classes. Unlisted Presidio types are not scored. */
export const PRESIDIO_MAPPING: Readonly<Record<string, string>> = {
  PERSON: 'person',
  PER: 'person',
  EMAIL_ADDRESS: 'email',
  EMAIL: 'email',
  PHONE_NUMBER: 'phone',
  CREDIT_CARD: 'payment_card',
  IBAN_CODE: 'iban',
  US_SSN: 'us_ssn',
  IP_ADDRESS: 'ip_address',
  STREET_ADDRESS: 'address',
  ADDRESS: 'address',
  GPE: 'location',
  LOCATION: 'location',
  LOC: 'location',
  ORGANIZATION: 'organization',
  ORG: 'organization',
  AGE: 'age',
  US_DRIVER_LICENSE: 'us_driver_license',
  US_PASSPORT: 'us_passport',
  US_BANK_NUMBER: 'payment_card',
  MAC_ADDRESS: 'mac_address',
};

/** Presidio types deliberately not scored: not personal data by themselves, or not detected by design. */
export const PRESIDIO_UNSCORED = ['DATE_TIME', 'TITLE', 'NRP', 'ZIP_CODE', 'DOMAIN_NAME', 'URL'] as const;

/** Palisade entities folded into one evaluation class (a card is a card, a phone a phone). */
const ENTITY_CLASS: Partial<Record<PiiEntity, string>> = {
  cn_mobile: 'phone',
  cn_landline: 'phone',
  phone: 'phone',
  credit_card: 'payment_card',
  cn_bank_card: 'payment_card',
};

export function classOfEntity(entity: PiiEntity): string {
  return ENTITY_CLASS[entity] ?? entity;
}

/** Gold labels may use Presidio names or Palisade entity names; returns undefined when unscored. */
export function classOfGold(label: string): string | undefined {
  const mapped = PRESIDIO_MAPPING[label];
  if (mapped) return mapped;
  if ((PRESIDIO_UNSCORED as readonly string[]).includes(label)) return undefined;
  const lower = label.toLowerCase();
  return ENTITY_CLASS[lower as PiiEntity] ?? lower;
}

export interface GoldSpan {
  label: string;
  start: number;
  end: number;
}

export interface Scores {
  precision: number;
  recall: number;
  f1: number;
  f2: number;
  support: number;
  predicted: number;
}

interface Counts {
  gold: number;
  goldFound: number;
  predicted: number;
  predictedCorrect: number;
  exactHits: number;
}

export class SpanEvaluator {
  readonly #counts = new Map<string, Counts>();

  #get(cls: string): Counts {
    let c = this.#counts.get(cls);
    if (!c) {
      c = { gold: 0, goldFound: 0, predicted: 0, predictedCorrect: 0, exactHits: 0 };
      this.#counts.set(cls, c);
    }
    return c;
  }

  /** Adds one document. Predictions of classes absent from `scoredClasses` (when given) are ignored. */
  add(gold: readonly GoldSpan[], predicted: readonly PiiMatch[], scoredClasses?: ReadonlySet<string>): void {
    const g = gold.flatMap((s) => {
      const cls = classOfGold(s.label);
      return cls ? [{ cls, start: s.start, end: s.end }] : [];
    });
    const p = predicted
      .map((m) => ({ cls: classOfEntity(m.entity), start: m.start, end: m.end }))
      .filter((m) => !scoredClasses || scoredClasses.has(m.cls));
    const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
      a.start < b.end && b.start < a.end;
    for (const s of g) {
      const c = this.#get(s.cls);
      c.gold++;
      if (p.some((m) => m.cls === s.cls && overlaps(m, s))) c.goldFound++;
      if (p.some((m) => m.cls === s.cls && m.start === s.start && m.end === s.end)) c.exactHits++;
    }
    for (const m of p) {
      const c = this.#get(m.cls);
      c.predicted++;
      if (g.some((s) => s.cls === m.cls && overlaps(m, s))) c.predictedCorrect++;
    }
  }

  perClass(): Record<string, Scores> {
    const out: Record<string, Scores> = {};
    for (const [cls, c] of [...this.#counts].sort(([a], [b]) => a.localeCompare(b))) out[cls] = score(c);
    return out;
  }

  overall(): Scores & { exactF1: number } {
    const total: Counts = { gold: 0, goldFound: 0, predicted: 0, predictedCorrect: 0, exactHits: 0 };
    for (const c of this.#counts.values()) {
      total.gold += c.gold;
      total.goldFound += c.goldFound;
      total.predicted += c.predicted;
      total.predictedCorrect += c.predictedCorrect;
      total.exactHits += c.exactHits;
    }
    const s = score(total);
    const exactR = total.gold ? total.exactHits / total.gold : 0;
    const exactP = total.predicted ? total.exactHits / total.predicted : 0;
    return { ...s, exactF1: fBeta(exactP, exactR, 1) };
  }
}

function fBeta(p: number, r: number, beta: number): number {
  const b2 = beta * beta;
  return p + r === 0 ? 0 : ((1 + b2) * p * r) / (b2 * p + r);
}

function score(c: Counts): Scores {
  const precision = c.predicted ? c.predictedCorrect / c.predicted : c.gold ? 0 : 1;
  const recall = c.gold ? c.goldFound / c.gold : 1;
  return {
    precision,
    recall,
    f1: fBeta(precision, recall, 1),
    f2: fBeta(precision, recall, 2),
    support: c.gold,
    predicted: c.predicted,
  };
}
