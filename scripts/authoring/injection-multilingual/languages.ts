/** The languages of injection-multilingual, in the order their rows are written. */
import { AR_ATTACK } from './ar-attack.js';
import { AR_BENIGN } from './ar-benign.js';
import { DE_ATTACK } from './de-attack.js';
import { DE_BENIGN } from './de-benign.js';
import { ES_ATTACK } from './es-attack.js';
import { ES_BENIGN } from './es-benign.js';
import { FR_ATTACK } from './fr-attack.js';
import { FR_BENIGN } from './fr-benign.js';
import { HI_ATTACK } from './hi-attack.js';
import { HI_BENIGN } from './hi-benign.js';
import { ID_ATTACK } from './id-attack.js';
import { ID_BENIGN } from './id-benign.js';
import { IT_ATTACK } from './it-attack.js';
import { IT_BENIGN } from './it-benign.js';
import { JA_ATTACK } from './ja-attack.js';
import { JA_BENIGN } from './ja-benign.js';
import { KO_ATTACK } from './ko-attack.js';
import { KO_BENIGN } from './ko-benign.js';
import { PT_ATTACK } from './pt-attack.js';
import { PT_BENIGN } from './pt-benign.js';
import { RU_ATTACK } from './ru-attack.js';
import { RU_BENIGN } from './ru-benign.js';
import { TR_ATTACK } from './tr-attack.js';
import { TR_BENIGN } from './tr-benign.js';
import type { Language } from './types.js';
import { VI_ATTACK } from './vi-attack.js';
import { VI_BENIGN } from './vi-benign.js';

export const LANGUAGES: Language[] = [
  { lang: 'es', benign: ES_BENIGN, attack: ES_ATTACK },
  { lang: 'fr', benign: FR_BENIGN, attack: FR_ATTACK },
  { lang: 'de', benign: DE_BENIGN, attack: DE_ATTACK },
  { lang: 'pt', benign: PT_BENIGN, attack: PT_ATTACK },
  { lang: 'it', benign: IT_BENIGN, attack: IT_ATTACK },
  { lang: 'ja', benign: JA_BENIGN, attack: JA_ATTACK },
  { lang: 'ko', benign: KO_BENIGN, attack: KO_ATTACK },
  { lang: 'ru', benign: RU_BENIGN, attack: RU_ATTACK },
  { lang: 'ar', benign: AR_BENIGN, attack: AR_ATTACK },
  { lang: 'vi', benign: VI_BENIGN, attack: VI_ATTACK },
  { lang: 'id', benign: ID_BENIGN, attack: ID_ATTACK },
  { lang: 'tr', benign: TR_BENIGN, attack: TR_ATTACK },
  { lang: 'hi', benign: HI_BENIGN, attack: HI_ATTACK },
];
