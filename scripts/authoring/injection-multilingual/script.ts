/**
 * Script and length sanity per language (the rules are in rules.ts): the writing system a row must
 * use, the ones it must not, how much of it must be in the language's own script (code-switched rows
 * add English), the words or letters every row of the language carries, letters of a sister language
 * it must not carry, and its length.
 */
import type { OtherLang } from '../authored-file.js';
import { RULES } from './rules.js';
import { count, runs } from './writing-systems.js';

/** Length of a row in the unit of its language: whitespace-separated words, or non-space characters. */
export function size(text: string, lang: OtherLang): number {
  return RULES[lang].unit === 'chars'
    ? [...text.replace(/\s/gu, '')].length
    : text.split(/\s+/u).filter((w) => w.length > 0).length;
}

/** What is wrong with a row's script and length, or undefined when nothing is. */
export function scriptProblem(text: string, lang: OtherLang): string | undefined {
  const rule = RULES[lang];
  if (count(text, rule.required) === 0) return `no ${rule.required} letters`;
  const foreign = rule.foreign.filter((s) => count(text, s) > 0);
  if (foreign.length > 0) return `contains ${foreign.join(', ')}`;
  const measure = rule.shareOf === 'letters' ? count : runs;
  const own = rule.native.reduce((n, s) => n + measure(text, s), 0);
  const all = own + (rule.native.includes('latin') ? 0 : measure(text, 'latin'));
  if (own < rule.minNativeShare * all)
    return `only ${own} of ${all} ${rule.shareOf === 'letters' ? 'letters' : 'runs of letters'} in ${rule.native.join('/')}`;
  if (rule.marker && !rule.marker.test(text)) return 'no function word or letter of the language';
  const sister = rule.notLetters ? text.match(rule.notLetters) : null;
  if (sister) return `letter "${sister[0]}" of a sister language`;
  const [min, max] = rule.length;
  const n = size(text, lang);
  if (n < min || n > max) return `${n} ${rule.unit}, outside ${min}–${max}`;
  return undefined;
}
