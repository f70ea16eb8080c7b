import type { Severity } from '../../core/index.js';

/** Which guard reports a rule's findings. */
export type RuleGuard = 'prompt-injection' | 'jailbreak';

/**
 * One curated pattern. Patterns run on normalised text (lower case, whitespace collapsed,
 * confusables and leetspeak folded); a literal space in `pattern` means "one optional space", so
 * spaced-out letters that the normaliser joined ("ignoreallprevious") still match, and an apostrophe
 * between letters is optional too ("dont", "youre").
 */
export interface RuleSpec {
  code: string;
  guard: RuleGuard;
  severity: Severity;
  lang: 'en' | 'zh' | 'any';
  description: string;
  pattern: string;
  /**
   * Cheap pre-filter: the regex runs only when the normalised text contains one of these substrings.
   * Every match of `pattern` must contain one of them (the catalogue test checks it on the examples).
   */
  requires?: readonly string[];
  /** Only for untrusted text (tool results, retrieved documents), where any instruction is suspect. */
  untrustedOnly?: boolean;
  /** Texts the rule must fire on (tests). */
  examples: readonly string[];
  /** Benign look-alikes the rule must not fire on (tests). */
  negatives: readonly string[];
}

/**
 * Expands the pattern convention: a literal space matches zero or one space, and an apostrophe
 * between letters zero or one apostrophe ("don't" matches "dont", "i'm" "im": typed prompts and
 * words run together lose them).
 */
export function expandPattern(pattern: string): string {
  return pattern.replace(/ /g, ' ?').replace(/(?<=[a-z])'(?=[a-z])/g, "'?");
}
