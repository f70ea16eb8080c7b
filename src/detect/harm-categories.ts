/**
 * Risk categories for harmful requests, aligned with the Chinese generative-AI safety standard's
 * classes (TC260-003: violence and dangerous goods, illegal drugs, cybercrime, fraud, privacy and
 * rights, discrimination, sexual content, self-harm). The classifier decides harmful / not; these
 * keyword hints only name the category of a positive (first match wins), then the harm concepts of
 * the classifier's lexicon (concept-lexicon.ts: 4,000 terms, "soman", "勒索软件"…), else
 * `harmful.request`.
 */
import { conceptsIn } from './classifier/features.js';

export const HARM_CATEGORIES: readonly { code: string; terms: readonly string[] }[] = [
  {
    code: 'harmful.self_harm',
    terms: [
      'suicide',
      'kill myself',
      'self-harm',
      'self harm',
      'cut myself',
      'overdose',
      '自杀',
      '自残',
      '轻生',
      '割腕',
      '结束生命',
    ],
  },
  {
    code: 'harmful.weapons_violence',
    terms: [
      'bomb',
      'explosive',
      'napalm',
      'weapon',
      'gun',
      'firearm',
      'murder',
      'kill',
      'poison',
      'terror',
      'massacre',
      '炸弹',
      '炸药',
      '爆炸',
      '武器',
      '枪',
      '杀人',
      '投毒',
      '恐怖袭击',
      '暴力',
      '伤害',
    ],
  },
  {
    code: 'harmful.illegal_drugs',
    terms: [
      'meth',
      'cocaine',
      'heroin',
      'fentanyl',
      'drug',
      'narcotic',
      '毒品',
      '冰毒',
      '海洛因',
      '大麻',
      '制毒',
      '贩毒',
    ],
  },
  {
    code: 'harmful.cybercrime',
    terms: [
      'malware',
      'ransomware',
      'hack',
      'exploit',
      'ddos',
      'keylogger',
      'phishing',
      'botnet',
      'sql injection',
      '病毒',
      '木马',
      '黑客',
      '入侵',
      '攻击',
      '钓鱼',
      '勒索',
    ],
  },
  {
    code: 'harmful.fraud',
    terms: [
      'scam',
      'fraud',
      'counterfeit',
      'launder',
      'fake id',
      'forge',
      'steal',
      'embezzle',
      '诈骗',
      '骗',
      '洗钱',
      '伪造',
      '假钞',
      '偷',
      '盗',
      '贪污',
    ],
  },
  {
    code: 'harmful.privacy',
    terms: [
      'home address',
      'social security',
      'phone number of',
      'dox',
      'track someone',
      'spy on',
      '住址',
      '身份证号',
      '隐私',
      '跟踪',
      '监视',
      '偷拍',
      '个人信息',
    ],
  },
  {
    code: 'harmful.discrimination',
    terms: [
      'race',
      'racist',
      'inferior',
      'religion',
      'gay',
      'women are',
      'immigrants',
      '种族',
      '歧视',
      '黑人',
      '低等',
      '同性恋',
      '女人都',
      '地域',
    ],
  },
  {
    code: 'harmful.sexual',
    terms: ['porn', 'sexual', 'nude', 'explicit sex', 'minor', '色情', '裸', '性交', '未成年'],
  },
];

export const DEFAULT_HARM_CODE = 'harmful.request';

/**
 * Category of each harm concept of the lexicon that names one, keyed by its id without `harm.`
 * (other families by their full id). Framing concepts (operational detail, persuasion) and harms
 * outside these classes (misinformation, subversion…) name none.
 */
export const CONCEPT_CATEGORY: Readonly<Record<string, string>> = {
  ...Object.fromEntries(['self_harm', 'suicide', 'eating_disorder'].map((c) => [c, 'harmful.self_harm'])),
  ...Object.fromEntries(
    [
      'chem_weapon',
      'bio_weapon',
      'nuclear_radiological',
      'mass_casualty',
      'explosives',
      'firearms',
      'melee_weapons',
      'weapons_trafficking',
      'poisoning',
      'arson',
      'violence',
      'torture',
      'kidnap_extortion',
      'terrorism',
      'extremism',
      'animal_cruelty',
      'human_trafficking',
    ].map((c) => [c, 'harmful.weapons_violence']),
  ),
  ...Object.fromEntries(['illicit_drugs', 'drug_synthesis'].map((c) => [c, 'harmful.illegal_drugs'])),
  ...Object.fromEntries(['malware', 'hacking', 'darknet'].map((c) => [c, 'harmful.cybercrime'])),
  ...Object.fromEntries(
    [
      'fraud',
      'telecom_fraud',
      'money_laundering',
      'counterfeit_ip',
      'identity_theft',
      'bribery_corruption',
      'theft',
      'gambling',
      'cheating',
      'evasion',
    ].map((c) => [c, 'harmful.fraud']),
  ),
  ...Object.fromEntries(['stalking', 'doxxing', 'harassment'].map((c) => [c, 'harmful.privacy'])),
  // Personal data (a phone number, a bank account): flagged text that asks for it asks for someone's.
  'target.personal_data': 'harmful.privacy',
  ...Object.fromEntries(
    ['csam', 'sexual_explicit', 'sexual_violence', 'intimate_image_abuse'].map((c) => [c, 'harmful.sexual']),
  ),
};

/** Category code for a normalised (lower-cased) text the classifier already flagged. */
export function harmCategory(normalized: string): string {
  for (const category of HARM_CATEGORIES) {
    for (const term of category.terms) if (normalized.includes(term)) return category.code;
  }
  for (const concept of conceptsIn(normalized)) {
    const code = CONCEPT_CATEGORY[concept.replace(/^harm\./, '')];
    if (code) return code;
  }
  return DEFAULT_HARM_CODE;
}
