/** Entity kinds Palisade recognizes. The finding code is `pii.<entity>` or `secret.<rule>`. */
export const PII_ENTITIES = [
  'email',
  'phone',
  'cn_mobile',
  'cn_landline',
  'ip_address',
  'mac_address',
  'url_credentials',
  'cn_id_card',
  'cn_passport',
  'cn_uscc',
  'cn_travel_permit',
  'cn_bank_card',
  'cn_license_plate',
  'credit_card',
  'iban',
  'us_ssn',
  'us_passport',
  'us_driver_license',
  'person',
  'address',
  'location',
  'organization',
  'date_of_birth',
  'age',
  'secret',
] as const;
export type PiiEntity = (typeof PII_ENTITIES)[number];

/**
 * What the guard and `palisade redact` look for unless told otherwise: personal data and secrets.
 * Places and organisations ("China", "Google") are not personal data on their own; they are detected
 * only when asked for (and always by `eval-pii`, to score Presidio-format sets).
 */
export const DEFAULT_ENTITIES: readonly PiiEntity[] = PII_ENTITIES.filter(
  (e) => e !== 'location' && e !== 'organization',
);

/** One detected occurrence. `code` is the stable finding code, e.g. 'pii.email' or 'secret.aws_access_key'. */
export interface PiiMatch {
  entity: PiiEntity;
  code: string;
  start: number;
  end: number;
  /** 0..1 confidence after validation and context. */
  score: number;
}

/**
 * A pattern recognizer: a regex (global, proven ReDoS-safe by a test), an optional validator
 * (checksums, ranges), and context words that raise the confidence when found near the match.
 */
export interface PatternRecognizer {
  code: string;
  entity: PiiEntity;
  regex: RegExp;
  /** Base confidence of a match that passes validation. */
  score: number;
  /** Returns false to drop a match, or a number to override the base score. */
  validate?: (value: string, text: string, start: number) => boolean | number;
  /** Lower-case words (any language) that make the match more likely when nearby. */
  context?: readonly string[];
  /** Matches below the detector's threshold are kept only when context is present. */
  contextBoost?: number;
  /**
   * Grows (or rejects, with undefined) a match found by an anchor-only regex: scanning back from an
   * anchor in code is linear, whereas a regex that starts anywhere rescans the same characters.
   */
  extend?: (text: string, start: number, end: number) => [number, number] | undefined;
  /** A cheap regex that must match somewhere before the recognizer's own regex is run. */
  pretest?: RegExp;
  /**
   * Digits the match needs in one cluster (digits at most one separator apart): an ID card 17, a
   * payment card 12. The recognizer then scans only around such clusters.
   */
  minDigits?: number;
  /** The match can only reach the threshold with context: skip the regex when no context word occurs. */
  requiresContext?: boolean;
  /** Cheap prefilter: the recognizer runs only when the text contains a digit / one of these keywords. */
  needsDigit?: boolean;
  keywords?: readonly string[];
  /** Which capture group is the entity (default: whole match). */
  group?: number;
}
