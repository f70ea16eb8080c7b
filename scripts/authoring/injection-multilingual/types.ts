/** Shapes of the hand-written rows of injection-multilingual: benign prompts, attacks and benign twins. */
import type { OtherLang } from '../authored-file.js';

export const ATTACK_KINDS = [
  'ignore_previous',
  'prompt_extraction',
  'persona',
  'refusal_suppression',
  'embedded',
  'translation_smuggle',
  'code_switch',
] as const;
/** Category suffix of an attack row (label 1): the row's category is `injection:<kind>`. */
export type AttackKind = (typeof ATTACK_KINDS)[number];

export interface Attack {
  kind: AttackKind;
  text: string;
}

/** An attack and a benign prompt on the same topic, of about the same length and register. */
export interface Twin {
  kind: AttackKind;
  attack: string;
  benign: string;
}

/** Benign prompts (label 0) of one language, by kind: `injection:benign_<kind>`. */
export interface BenignRows {
  /** Ordinary assistant requests: facts, translation, writing, code, recipes, travel, homework, chat. */
  everyday: string[];
  /** Ignore / forget / bypass / override / system / instructions / role / password … in their ordinary sense. */
  trigger: string[];
  /** Code-switched prompts with English technical terms, and harmless translation to or from English. */
  mixed: string[];
}

export interface AttackRows {
  attacks: Attack[];
  /** Each twin's benign half is written as `injection:benign_twin`. */
  twins: Twin[];
}

export interface Language {
  lang: OtherLang;
  benign: BenignRows;
  attack: AttackRows;
}
