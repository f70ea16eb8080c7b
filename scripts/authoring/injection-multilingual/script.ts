/**
 * Script and length sanity per language: the writing system a row must use, the ones it must not, how
 * much of it must be in the language's own script (code-switched rows add English), a few function
 * words or letters every Latin-script row of the language carries, and how length is counted.
 */
import type { OtherLang } from '../authored-file.js';

const SCRIPTS = {
  latin: /\p{Script=Latin}/gu,
  han: /\p{Script=Han}/gu,
  kana: /[\p{Script=Hiragana}\p{Script=Katakana}]/gu,
  hangul: /\p{Script=Hangul}/gu,
  cyrillic: /\p{Script=Cyrillic}/gu,
  arabic: /\p{Script=Arabic}/gu,
  devanagari: /\p{Script=Devanagari}/gu,
} as const;
type Script = keyof typeof SCRIPTS;

interface Rule {
  /** A script every row must contain. */
  required: Script;
  /** Scripts whose letters count as the language's own. */
  native: Script[];
  /** Scripts no row may contain. */
  foreign: Script[];
  /** Least share of the row's runs of letters (words, or stretches of kana / kanji) in a native script. */
  minNativeShare: number;
  /** Length in whitespace-separated words, or in non-space characters for Japanese. */
  unit: 'words' | 'chars';
  /** For Latin-script languages: every row has one of these words or letters. */
  marker?: RegExp;
}

/** Word lengths and character lengths a row may have. */
export const LENGTH = { words: [3, 120], chars: [4, 150] } as const;

/** Any of these words as a whole word, or any of the letters. */
const marker = (words: string, letters = ''): RegExp =>
  new RegExp(`(?<!\\p{L})(?:${words})(?!\\p{L})${letters ? `|[${letters}]` : ''}`, 'iu');

const NOT_LATIN: Script[] = ['han', 'kana', 'hangul', 'cyrillic', 'arabic', 'devanagari'];
const latin = (m: RegExp): Rule => ({
  required: 'latin',
  native: ['latin'],
  foreign: NOT_LATIN,
  minNativeShare: 1,
  unit: 'words',
  marker: m,
});
const other = (required: Script, native: Script[], unit: 'words' | 'chars' = 'words'): Rule => ({
  required,
  native,
  foreign: NOT_LATIN.filter((s) => !native.includes(s)),
  minNativeShare: 0.3,
  unit,
});

const RULES: Record<OtherLang, Rule> = {
  es: latin(marker('el|la|los|las|de|del|que|en|un|una|y|por|para|con|es|mi|me|se|lo|no|tu', 'ñáéíóú¿¡')),
  fr: latin(
    marker('le|la|les|des|du|un|une|est|et|de|que|pour|avec|je|tu|vous|mon|ma|en|sur|pas', 'àâçèêëîïôûùœ'),
  ),
  de: latin(
    marker(
      'der|die|das|den|dem|ein|eine|und|ist|ich|du|sie|mit|für|nicht|wie|was|zu|auf|mir|mich|bitte',
      'äöüß',
    ),
  ),
  pt: latin(
    marker(
      'o|a|os|as|do|da|dos|das|um|uma|que|para|com|em|no|na|de|meu|minha|você|teu|tua|tuas|sem|pra|essa|esse|isso',
      'ãõçáéíóúâêô',
    ),
  ),
  it: latin(
    marker(
      'il|lo|la|gli|le|di|del|della|un|una|che|per|con|e|mi|ti|non|come|in|ha|sono|cosa|quanti|quanto|senza',
      'àèéìòù',
    ),
  ),
  id: latin(
    marker(
      'yang|dan|di|ke|dari|untuk|dengan|ini|itu|saya|aku|kamu|apa|bagaimana|tolong|bisa|ada|tidak|cara|mau|gimana|nggak|gak|buat|dalam|berapa|kenapa|apakah|sudah|belum|saja|aja|lalu|tanpa|jadi|jangan|mulai|dong|nih|lagi',
    ),
  ),
  tr: latin(
    marker('bir|ve|bu|ne|için|mi|mı|mu|mü|nasıl|ile|ben|sen|da|de|ki|gibi|olarak|yaz|bana|sana', 'çğıöşüİ'),
  ),
  vi: latin(/[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/iu),
  ja: other('kana', ['kana', 'han'], 'chars'),
  ko: other('hangul', ['hangul']),
  ru: other('cyrillic', ['cyrillic']),
  ar: other('arabic', ['arabic']),
  hi: other('devanagari', ['devanagari']),
};

const count = (text: string, s: Script): number => (text.match(SCRIPTS[s]) ?? []).length;
/** Runs of letters of one script: a Korean word, an English word, a stretch of kana. */
const runs = (text: string, s: Script): number =>
  (text.match(new RegExp(`(?:${SCRIPTS[s].source})+`, 'gu')) ?? []).length;

/** Length of a row in the unit of its language. */
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
  const own = rule.native.reduce((n, s) => n + runs(text, s), 0);
  const all = own + (rule.native.includes('latin') ? 0 : runs(text, 'latin'));
  if (own < rule.minNativeShare * all)
    return `only ${own} of ${all} runs of letters in ${rule.native.join('/')}`;
  if (rule.marker && !rule.marker.test(text)) return 'no function word or letter of the language';
  const [min, max] = LENGTH[rule.unit];
  const n = size(text, lang);
  if (n < min || n > max) return `${n} ${rule.unit}, outside ${min}–${max}`;
  return undefined;
}
