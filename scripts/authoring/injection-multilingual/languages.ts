/** The languages of injection-multilingual, in the order their rows are written. */
import { AR_ATTACK } from './ar-attack.js';
import { AR_BENIGN } from './ar-benign.js';
import { CS_ATTACK } from './cs-attack.js';
import { CS_BENIGN } from './cs-benign.js';
import { DE_ATTACK } from './de-attack.js';
import { DE_BENIGN } from './de-benign.js';
import { EL_ATTACK } from './el-attack.js';
import { EL_BENIGN } from './el-benign.js';
import { ES_ATTACK } from './es-attack.js';
import { ES_BENIGN } from './es-benign.js';
import { FA_ATTACK } from './fa-attack.js';
import { FA_BENIGN } from './fa-benign.js';
import { FR_ATTACK } from './fr-attack.js';
import { FR_BENIGN } from './fr-benign.js';
import { HE_ATTACK } from './he-attack.js';
import { HE_BENIGN } from './he-benign.js';
import { HI_ATTACK } from './hi-attack.js';
import { HI_BENIGN } from './hi-benign.js';
import { ID_ATTACK } from './id-attack.js';
import { ID_BENIGN } from './id-benign.js';
import { IT_ATTACK } from './it-attack.js';
import { IT_BENIGN } from './it-benign.js';
import { JA_ATTACK } from './ja-attack.js';
import { JA_BENIGN } from './ja-benign.js';
import { KO_ATTACK } from './ko-attack.js';
import { KO_ATTACK_MORE } from './ko-attack-more.js';
import { KO_BENIGN } from './ko-benign.js';
import { MS_ATTACK } from './ms-attack.js';
import { MS_BENIGN } from './ms-benign.js';
import { NL_ATTACK } from './nl-attack.js';
import { NL_BENIGN } from './nl-benign.js';
import { PL_ATTACK } from './pl-attack.js';
import { PL_BENIGN } from './pl-benign.js';
import { PT_ATTACK } from './pt-attack.js';
import { PT_BENIGN } from './pt-benign.js';
import { RU_ATTACK } from './ru-attack.js';
import { RU_BENIGN } from './ru-benign.js';
import { SV_ATTACK } from './sv-attack.js';
import { SV_BENIGN } from './sv-benign.js';
import { TH_ATTACK } from './th-attack.js';
import { TH_BENIGN } from './th-benign.js';
import { TR_ATTACK } from './tr-attack.js';
import { TR_BENIGN } from './tr-benign.js';
import type { BenignRows, Language } from './types.js';
import { UK_ATTACK } from './uk-attack.js';
import { UK_BENIGN } from './uk-benign.js';
import { VI_ATTACK } from './vi-attack.js';
import { VI_BENIGN } from './vi-benign.js';

/** For a block of a language that adds attacks and their twins only. */
const NO_BENIGN: BenignRows = { everyday: [], trigger: [], mixed: [] };

/**
 * The first thirteen languages, then more Korean attacks and twins, then ten more languages: rows are
 * only ever appended, so the rows written before keep their bytes (the seeded style draws per row).
 */
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
  { lang: 'ko', benign: NO_BENIGN, attack: KO_ATTACK_MORE },
  { lang: 'pl', benign: PL_BENIGN, attack: PL_ATTACK },
  { lang: 'nl', benign: NL_BENIGN, attack: NL_ATTACK },
  { lang: 'th', benign: TH_BENIGN, attack: TH_ATTACK },
  { lang: 'uk', benign: UK_BENIGN, attack: UK_ATTACK },
  { lang: 'sv', benign: SV_BENIGN, attack: SV_ATTACK },
  { lang: 'cs', benign: CS_BENIGN, attack: CS_ATTACK },
  { lang: 'he', benign: HE_BENIGN, attack: HE_ATTACK },
  { lang: 'fa', benign: FA_BENIGN, attack: FA_ATTACK },
  { lang: 'ms', benign: MS_BENIGN, attack: MS_ATTACK },
  { lang: 'el', benign: EL_BENIGN, attack: EL_ATTACK },
];
