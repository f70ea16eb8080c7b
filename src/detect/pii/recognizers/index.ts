import type { PatternRecognizer } from '../types.js';
import { addressRecognizers } from './address.js';
import { contactRecognizers } from './contact.js';
import { financeRecognizers } from './finance.js';
import { identityRecognizers } from './identity.js';
import { personalRecognizers } from './personal.js';
import { secretRecognizers } from './secrets.js';

/** Every shipped pattern recognizer (the ReDoS test iterates over this list). */
export const PATTERN_RECOGNIZERS: readonly PatternRecognizer[] = [
  ...secretRecognizers,
  ...contactRecognizers,
  ...identityRecognizers,
  ...financeRecognizers,
  ...addressRecognizers,
  ...personalRecognizers,
];
