import type { PiiEntity } from '../../detect/pii/index.js';

/** Placeholder and redaction labels: several recognizers share one ("a phone is a phone"). */
const LABELS: Record<PiiEntity, string> = {
  email: 'EMAIL',
  phone: 'PHONE',
  cn_mobile: 'PHONE',
  cn_landline: 'PHONE',
  ip_address: 'IP',
  mac_address: 'MAC',
  url_credentials: 'CREDENTIALS',
  cn_id_card: 'ID_CARD',
  cn_passport: 'PASSPORT',
  cn_uscc: 'CREDIT_CODE',
  cn_travel_permit: 'PERMIT',
  cn_bank_card: 'CARD',
  cn_license_plate: 'PLATE',
  credit_card: 'CARD',
  iban: 'IBAN',
  us_ssn: 'SSN',
  us_passport: 'PASSPORT',
  us_driver_license: 'DRIVER_LICENSE',
  person: 'PERSON',
  address: 'ADDRESS',
  location: 'LOCATION',
  organization: 'ORG',
  date_of_birth: 'DATE_OF_BIRTH',
  age: 'AGE',
  secret: 'SECRET',
};

export function labelOf(entity: PiiEntity): string {
  return LABELS[entity];
}

/** Matches `<LABEL_N>` placeholders (bounded, linear). */
export const PLACEHOLDER_PATTERN = /<([A-Z][A-Z_]{1,20})_([1-9][0-9]{0,5})>/g;
export const MAX_PLACEHOLDER_LENGTH = 30;
