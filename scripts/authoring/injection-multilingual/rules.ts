/**
 * The script rule of each language of injection-multilingual: the script every row must contain, the
 * scripts that count as the language's own, the ones no row may contain, the words or letters every
 * row carries, letters of a sister language it may not carry, and how its length is counted.
 */
import type { OtherLang } from '../authored-file.js';
import { NOT_LATIN, type Script } from './writing-systems.js';

export interface Rule {
  /** A script every row must contain. */
  required: Script;
  /** Scripts whose letters count as the language's own. */
  native: Script[];
  /** Scripts no row may contain. */
  foreign: Script[];
  /** Least share of the row's runs of letters (words, or stretches of kana / kanji), or of its letters, in a native script. */
  minNativeShare: number;
  /**
   * What the share counts: runs of letters, or letters for Thai, where a run is a whole clause (no spaces
   * between words) and one Thai clause would weigh as much as one English word.
   */
  shareOf: 'runs' | 'letters';
  /** Length in whitespace-separated words, or in non-space characters for Japanese and Thai (no spaces between words). */
  unit: 'words' | 'chars';
  /** Least and greatest length, in `unit`. */
  length: readonly [number, number];
  /** Every row has one of these words or letters. */
  marker?: RegExp;
  /** Letters of a sister language written in the same script, which no row may contain. */
  notLetters?: RegExp;
}

/** Word lengths, and character lengths of Japanese rows (a kana or kanji is about a word's worth). */
const WORDS = [3, 120] as const;
const JAPANESE_CHARS = [4, 150] as const;
/** Thai is alphabetic with no spaces between words, about four characters a word: 120 words ≈ 480. */
const THAI_CHARS = [6, 480] as const;

/** Any of these words as a whole word, or any of the letters. */
const marker = (words: string, letters = ''): RegExp =>
  new RegExp(`(?<!\\p{L})(?:${words})(?!\\p{L})${letters ? `|[${letters}]` : ''}`, 'iu');

const latin = (m: RegExp): Rule => ({
  required: 'latin',
  native: ['latin'],
  foreign: NOT_LATIN,
  minNativeShare: 1,
  shareOf: 'runs',
  unit: 'words',
  length: WORDS,
  marker: m,
});
const other = (required: Script, native: Script[], unit: 'words' | 'chars' = 'words'): Rule => ({
  required,
  native,
  foreign: NOT_LATIN.filter((s) => !native.includes(s)),
  minNativeShare: 0.3,
  shareOf: 'runs',
  unit,
  length: unit === 'chars' ? JAPANESE_CHARS : WORDS,
});

export const RULES: Record<OtherLang, Rule> = {
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
  pl: latin(
    marker(
      'w|i|na|się|nie|jak|co|to|jest|czy|do|z|ze|mi|mnie|mój|moja|że|o|po|dla|od|jaki|jaka|proszę|ile',
      'ąćęłńóśźż',
    ),
  ),
  nl: latin(
    marker(
      'de|het|een|en|van|ik|je|jij|mijn|wat|hoe|niet|voor|met|op|dat|die|dit|er|naar|kan|kun|graag|bij|ook|zijn|om|te|geen|waarom|welke|we|wij|ons|onze|mij|me|moet|heb|hebt|heeft',
    ),
  ),
  sv: latin(
    marker(
      'och|att|det|en|ett|är|jag|du|för|med|på|som|inte|hur|vad|min|mitt|mina|till|kan|av|om|har|vi|mig|dig|varför|vilken|ska',
      'åäö',
    ),
  ),
  cs: latin(
    marker(
      'je|se|na|v|ve|a|jak|co|to|mi|mě|mně|prosím|pro|do|z|ze|ne|že|můj|moje|jsem|jsi|kde|kolik|proč',
      'ěščřžýáíéůúťďň',
    ),
  ),
  ms: latin(
    marker(
      'yang|dan|di|ke|dari|untuk|dengan|ini|itu|saya|aku|awak|anda|apa|bagaimana|macam|mana|tolong|boleh|ada|tidak|tak|nak|cara|sudah|dah|belum|sahaja|je|lah|kah|pun|jangan|mula|kita|kami|dalam|berapa|kenapa|mengapa|buat|semua|lagi|ni|tu|kat|pasal|siapa|bila',
    ),
  ),
  th: { ...other('thai', ['thai'], 'chars'), shareOf: 'letters', length: THAI_CHARS },
  uk: {
    ...other('cyrillic', ['cyrillic']),
    marker: marker('що|це|як|та|й|чи|або|мені|мене|ти|ви|де|коли|чому|скільки|будь', 'іїєґ'),
    notLetters: /[ыэъё]/iu,
  },
  he: other('hebrew', ['hebrew']),
  fa: { ...other('arabic', ['arabic']), marker: /[پچژگکی]/u, notLetters: /[يك]/u },
  el: other('greek', ['greek']),
};
