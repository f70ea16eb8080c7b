import type { PatternRecognizer } from '../types.js';

const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\\.?';
const DOB_CONTEXT = ['born', 'birth', 'dob', 'd.o.b', 'birthday', 'b.', '出生', '生日', '生于'];

/** Dates of birth (a date with birth context) and ages (a number with age context). */
export const personalRecognizers: PatternRecognizer[] = [
  {
    code: 'pii.date_of_birth',
    entity: 'date_of_birth',
    regex: new RegExp(
      `(?<![0-9])(?:[0-9]{4}[-/.年][0-9]{1,2}[-/.月][0-9]{1,2}日?|[0-9]{1,2}[-/.][0-9]{1,2}[-/.][0-9]{2,4}|${MONTH} [0-9]{1,2},? [0-9]{4}|[0-9]{1,2} ${MONTH} [0-9]{4})(?![0-9])`,
      'g',
    ),
    score: 0.2,
    context: DOB_CONTEXT,
    contextBoost: 0.6,
    requiresContext: true,
    needsDigit: true,
  },
  {
    code: 'pii.age',
    entity: 'age',
    regex: /(?<![0-9.])(?:1[01][0-9]|[1-9]?[0-9])(?=\s?(?:years? old|yrs? old|y\/o|yo\b|-year-old|岁|周岁))/g,
    score: 0.85,
    needsDigit: true,
  },
  {
    code: 'pii.age',
    entity: 'age',
    // The age is the trailing group; a leading keyword is cheaper to scan for than a lookbehind.
    regex:
      /(?:\bage(?: of)?|\baged|\bturn|\bturned|\bturning|\bwhen (?:he|she|i|they|we) (?:was|were)|年龄|今年)[:：]?\s{0,2}(1[01][0-9]|[1-9]?[0-9])(?![0-9])/gi,
    score: 0.75,
    group: 1,
    needsDigit: true,
  },
];
