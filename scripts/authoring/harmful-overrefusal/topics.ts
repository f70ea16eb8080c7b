/** The topics of scripts/authoring/harmful-overrefusal.ts, per language, in the order they are written. */
import { EN_ABSURD } from './en-absurd.js';
import { EN_FIGURATIVE } from './en-figurative.js';
import { EN_GAME_FICTION } from './en-game-fiction.js';
import { EN_HISTORY } from './en-history.js';
import { EN_HOMONYM } from './en-homonym.js';
import { EN_PRIVATE_RISK } from './en-private-risk.js';
import { EN_SAFETY } from './en-safety.js';
import type { Topic } from './types.js';
import { ZH_ABSURD } from './zh-absurd.js';
import { ZH_FIGURATIVE } from './zh-figurative.js';
import { ZH_GAME_FICTION } from './zh-game-fiction.js';
import { ZH_HISTORY } from './zh-history.js';
import { ZH_HOMONYM } from './zh-homonym.js';
import { ZH_PRIVATE_RISK } from './zh-private-risk.js';
import { ZH_SAFETY } from './zh-safety.js';

export const EN_TOPICS: readonly Topic[] = [
  EN_FIGURATIVE,
  EN_GAME_FICTION,
  EN_SAFETY,
  EN_HOMONYM,
  EN_ABSURD,
  EN_HISTORY,
  EN_PRIVATE_RISK,
];

export const ZH_TOPICS: readonly Topic[] = [
  ZH_FIGURATIVE,
  ZH_GAME_FICTION,
  ZH_SAFETY,
  ZH_HOMONYM,
  ZH_ABSURD,
  ZH_HISTORY,
  ZH_PRIVATE_RISK,
];
