import type { PatternRecognizer } from '../types.js';
import { cnIdCardValid, uscCodeValid, usSsnValid } from '../validators.js';

const PASSPORT_CONTEXT = ['passport', '护照', 'travel document'];
const PERMIT_CONTEXT = ['通行证', '回乡证', '台胞证', 'permit', '港澳', '台湾', 'mainland travel'];
const SSN_CONTEXT = ['ssn', 'social security', 'social sec', 'ss#', 'ss #'];
const DL_CONTEXT = ['driver', 'driving', 'licence', 'license', 'dl#', 'dl ', 'lic#', '驾驶证', '驾照'];

export const identityRecognizers: PatternRecognizer[] = [
  {
    code: 'pii.cn_id_card',
    entity: 'cn_id_card',
    regex:
      /(?<![0-9A-Za-z])[1-9][0-9]{5}(?:18|19|20)[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])[0-9]{3}[0-9Xx](?![0-9A-Za-z])/g,
    score: 0.95,
    validate: (value) => cnIdCardValid(value),
    minDigits: 17,
    needsDigit: true,
  },
  {
    code: 'pii.cn_uscc',
    entity: 'cn_uscc',
    regex: /(?<![0-9A-Za-z])[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}(?![0-9A-Za-z])/g,
    score: 0.9,
    validate: (value) => uscCodeValid(value),
    minDigits: 6,
    needsDigit: true,
  },
  {
    code: 'pii.cn_passport',
    entity: 'cn_passport',
    regex: /(?<![0-9A-Za-z])(?:[EG][0-9]{8}|E[A-HJ-NP-Z][0-9]{7}|[DSP]E?[0-9]{7})(?![0-9A-Za-z])/g,
    score: 0.45,
    context: PASSPORT_CONTEXT,
    contextBoost: 0.4,
    requiresContext: true,
    minDigits: 7,
    needsDigit: true,
  },
  {
    code: 'pii.cn_travel_permit',
    entity: 'cn_travel_permit',
    regex: /(?<![0-9A-Za-z])(?:[CHMT][0-9]{8}(?:[0-9]{2})?|C[A-HJ-NP-Z][0-9]{7})(?![0-9A-Za-z])/g,
    score: 0.3,
    context: PERMIT_CONTEXT,
    contextBoost: 0.5,
    requiresContext: true,
    minDigits: 7,
    needsDigit: true,
  },
  {
    code: 'pii.us_ssn',
    entity: 'us_ssn',
    regex: /(?<![0-9-])(?:[0-9]{3}-[0-9]{2}-[0-9]{4}|[0-9]{3} [0-9]{2} [0-9]{4}|[0-9]{9})(?![0-9-])/g,
    score: 0.5,
    validate: (value) =>
      usSsnValid(value) ? (value.includes('-') ? 0.85 : value.includes(' ') ? 0.45 : 0.2) : false,
    context: SSN_CONTEXT,
    contextBoost: 0.45,
    minDigits: 9,
    needsDigit: true,
  },
  {
    code: 'pii.us_passport',
    entity: 'us_passport',
    regex: /(?<![0-9A-Za-z])[A-Z]?[0-9]{8,9}(?![0-9A-Za-z])/g,
    score: 0.1,
    context: PASSPORT_CONTEXT,
    contextBoost: 0.6,
    requiresContext: true,
    minDigits: 8,
    needsDigit: true,
  },
  {
    code: 'pii.us_driver_license',
    entity: 'us_driver_license',
    regex: /(?<![0-9A-Za-z-])[A-Z]{0,2}[0-9][0-9-]{4,14}[0-9](?![0-9A-Za-z-])/g,
    score: 0.05,
    context: DL_CONTEXT,
    contextBoost: 0.65,
    requiresContext: true,
    minDigits: 6,
    needsDigit: true,
  },
  {
    code: 'pii.cn_license_plate',
    entity: 'cn_license_plate',
    regex:
      /[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-HJ-NP-Z][·•]?[A-HJ-NP-Z0-9]{4,5}[A-HJ-NP-Z0-9挂学警港澳](?![0-9A-Za-z])/g,
    score: 0.85,
    keywords: [...'京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼'],
  },
];
