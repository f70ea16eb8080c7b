import enData from '../gazetteers/en-names.json' with { type: 'json' };
import type { PatternRecognizer } from '../types.js';

const STREET_SUFFIX =
  'Street|St\\.?|Avenue|Ave\\.?|Road|Rd\\.?|Boulevard|Blvd\\.?|Lane|Ln\\.?|Drive|Dr\\.?|Court|Ct\\.?|Way|Place|Pl\\.?|Square|Sq\\.?|Terrace|Parkway|Pkwy\\.?|Circle|Cir\\.?|Highway|Hwy\\.?|Trail|Crescent|Close|Row|Alley|Plaza|Str\\.?|Gardens|Grove|Hill|Mews|Walk';
// Street-type endings ("Friedhofstrasse", "Koskikatu") and stand-alone street words ("Villacher Strasse",
// "Trenerys gate", "Rákóczi út"), first letter in either case.
const EURO_STREET_WORDS =
  '(?:[Ss]trasse|[Ss]traße|[Gg]asse|[Ww]eg|[Pp]latz|[Aa]llee|vej|gade|gatan|vägen|katu|tie|kuja|laan|straat|plein|[Uu]lica|[Uu]tca|út|väg|veien|gata|damm|markt|gate|tee|vei|tänav|u\\.)';
// Street words before the name; the unambiguous ones also in lower case ("26 rue de pologne").
const EURO_PREFIX =
  '(?:Via|Viale|viale|Piazza|piazza|Corso|Rue|rue|Avenue|Avenida|avenida|Av\\.|Rua|rua|Calle|calle|Carrer|carrer|Paseo|Plaza|Ulica|ulica|ul\\.|Strada|strada|Calea|Bulevar|Boulevard|Chemin|Place|Quai|Praça|Travessa|Largo)';
// Latin letters incl. Latin-1 and Extended-A, spelt out: recheck proves these far faster than \p{L}.
const UP = 'A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ';
const LETTER = 'A-Za-zÀ-ÖØ-öø-ſ';
const EURO_PREFIX_KEYWORDS = EURO_PREFIX.slice(3, -1)
  .split('|')
  .map((w) => w.replace(/\\/g, '').toLowerCase());
const CAP_WORD = `[${UP}][${LETTER}'.-]{0,30}`;
export const DATE_WORDS =
  /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,7}\b|\b(?:Chapter|Section|Page|Version|Figure|Table|Step|Level|Grade|Class|Room|Episode|Season)\b/;
const ADDRESS_CONTEXT = [
  'address',
  'live',
  'lives',
  'living',
  'moved',
  'ship',
  'deliver',
  'send',
  'mail',
  'located',
  '地址',
  '住',
];

const ZH_STREET = '(?:路|街|大街|大道|巷|胡同|弄|里|道)';
const ZH_NUM = '[0-9０-９一二三四五六七八九十百]{1,6}';

/** Street addresses: anchored on a house number next to a street word; units and PO boxes. */
export const addressRecognizers: PatternRecognizer[] = [
  {
    code: 'pii.address',
    entity: 'address',
    // Anchored on the street word ("… Avenue"); the name and the house number before it are found by
    // scanning back, so the regex does not restart at every digit of a number-dense text.
    regex: new RegExp(`(?:${STREET_SUFFIX})(?![${LETTER}])`, 'g'),
    extend: houseNumberStart,
    score: 0.8,
    context: ADDRESS_CONTEXT,
    contextBoost: 0.1,
    needsDigit: true,
  },
  {
    code: 'pii.address',
    entity: 'address',
    regex: new RegExp(`${EURO_STREET_WORDS}[ ][0-9]{1,5}[A-Za-z]?(?![${LETTER}0-9])`, 'g'),
    score: 0.75,
    // Anchored on the street-type ending ("…strasse 12"); the word and a house number before it are
    // added by scanning back.
    extend: euroStreetStart,
    context: ADDRESS_CONTEXT,
    contextBoost: 0.1,
    needsDigit: true,
  },
  {
    code: 'pii.address',
    entity: 'address',
    regex: new RegExp(
      `${EURO_PREFIX}(?:[ ](?:${CAP_WORD}|de|del|della|di|du|des|la|le|do|da|dos)){1,5}[ ,]{1,2}[0-9]{1,5}[A-Za-z]?(?![${LETTER}0-9])`,
      'g',
    ),
    // Starts at the street word; a word boundary and an optional house number before it are checked
    // by scanning back (a leading lookbehind would be evaluated at every position).
    extend: prefixStreetStart,
    score: 0.75,
    context: ADDRESS_CONTEXT,
    contextBoost: 0.1,
    needsDigit: true,
    keywords: EURO_PREFIX_KEYWORDS,
  },
  {
    code: 'pii.address',
    entity: 'address',
    // "846 31 Rue Al Imam Al Bakri": house number(s) before a street-type word, no trailing number.
    regex: new RegExp(
      `(?<![${LETTER}0-9])[0-9]{1,6}(?:[ ][0-9]{1,6})?[ ]${EURO_PREFIX}(?:[ ](?:${CAP_WORD}|de|del|della|di|du|des|la|le|do|da|dos)){1,5}`,
      'g',
    ),
    score: 0.8,
    needsDigit: true,
  },
  {
    code: 'pii.address',
    entity: 'address',
    // "0645 Reyes Católicos 17": number, capitalised words, number (generated international formats).
    regex: new RegExp(
      `(?<![${LETTER}0-9])[0-9]{1,6}(?:[ ]${CAP_WORD}){1,3}[ ][0-9]{1,5}[A-Za-z]?(?![${LETTER}0-9])`,
      'g',
    ),
    score: 0.7,
    validate: numberWordsNumber,
    context: ADDRESS_CONTEXT,
    contextBoost: 0.2,
    needsDigit: true,
  },
  {
    code: 'pii.address',
    entity: 'address',
    regex: /(?<![A-Za-z])(?:Apt\.?|Apartment|Suite|Ste\.?|Unit|Flat)[ ]#?[0-9]{1,5}[A-Za-z]?(?![A-Za-z0-9])/g,
    score: 0.7,
    needsDigit: true,
  },
  {
    code: 'pii.address',
    entity: 'address',
    regex:
      /(?<![A-Za-z])(?:P\.? ?O\.? Box [0-9]{1,6}|PSC [0-9]{1,5}, Box [0-9]{1,5}|Unit [0-9]{4} Box [0-9]{4}|USN?S [A-Z][a-z]{1,20}|(?:APO|FPO|DPO) (?:AA|AE|AP) [0-9]{5})(?![A-Za-z0-9])/g,
    score: 0.8,
    needsDigit: true,
  },
  {
    code: 'pii.address',
    entity: 'address',
    // US "City, ST 12345": the ZIP after a state abbreviation.
    regex: /[0-9](?<=, ?[A-Z]{2} [0-9])[0-9]{4}(?:-[0-9]{4})?(?![0-9])/g,
    score: 0.6,
    needsDigit: true,
  },
  {
    code: 'pii.address',
    entity: 'address',
    regex: new RegExp(
      `${ZH_STREET}${ZH_NUM}(?:号|號)(?:院)?(?:[0-9A-Za-z一二三四五六七八九十]{1,5}(?:号楼|栋|幢|座|单元|层|楼|室|号)){0,4}`,
      'g',
    ),
    score: 0.8,
    keywords: ['号', '號'],
    // The regex anchors on the street word; the place names before it are added by scanning back.
    extend: chineseAddressStart,
  },
  {
    code: 'pii.address',
    entity: 'address',
    regex: new RegExp(
      `(?:村|镇|乡|小区|花园|公寓|大厦)${ZH_NUM}(?:组|号|栋|幢|号楼)(?:[0-9]{1,5}(?:单元|室|号|层)){0,3}`,
      'g',
    ),
    score: 0.75,
    keywords: ['组', '号', '栋', '幢'],
    // The regex anchors on the street word; the place names before it are added by scanning back.
    extend: chineseAddressStart,
  },
];

/** Words after which a Chinese address starts ("我住在|北京市…"). */
const ZH_CUES = [
  '住在',
  '住址',
  '地址',
  '位于',
  '地点',
  '寄到',
  '送到',
  '搬到',
  '来自',
  '寄往',
  '发往',
  '是',
  '在',
  '于',
  '到',
  '：',
  ':',
  '为',
];

/** Chinese address: at least one Han character before the street word, trimmed at sentence cues. */
function chineseAddressStart(text: string, start: number, end: number): [number, number] | undefined {
  const from = expandChineseAddressStart(text, start);
  if (from === start) return undefined;
  return [trimChineseAddressStart(text, from, end), end];
}

const LETTER_RE = new RegExp(`[${LETTER}-]`);
const UP_RE = new RegExp(`[${UP}]`);

/** "…strasse 12": back to the capital letter that starts the word, then an optional house number. */
function euroStreetStart(text: string, start: number, end: number): [number, number] | undefined {
  let cursor = start;
  while (cursor > 0 && start - cursor < 30 && LETTER_RE.test(text[cursor - 1]!)) cursor--;
  if (cursor === start) {
    // A stand-alone street word: the street's name is the word before it.
    const name = /[^\s0-9]{2,30} $/.exec(text.slice(Math.max(0, start - 31), start));
    if (!name) return undefined;
    cursor = start - name[0].length;
  }
  if (!UP_RE.test(text[cursor] ?? '')) return undefined;
  if (cursor > 0 && /[0-9]/.test(text[cursor - 1]!)) return undefined;
  const before = /[0-9]{1,6} $/.exec(text.slice(Math.max(0, cursor - 7), cursor));
  if (
    before &&
    (cursor - before[0].length === 0 || !/[0-9A-Za-z]/.test(text[cursor - before[0].length - 1]!))
  ) {
    cursor -= before[0].length;
  }
  return [cursor, end];
}

const LETTER_OR_DIGIT = new RegExp(`[${LETTER}0-9]`);

/** "Via Roma 12": the street word must start a word; "12 Via Roma 12" keeps its house number. */
function prefixStreetStart(text: string, start: number, end: number): [number, number] | undefined {
  if (start > 0 && LETTER_OR_DIGIT.test(text[start - 1]!)) return undefined;
  const before = /(?:^|[^0-9A-Za-z])([0-9]{1,6}) $/.exec(text.slice(Math.max(0, start - 8), start));
  return [before ? start - before[1]!.length - 1 : start, end];
}

const STREET_NAME_WORD = new RegExp(`^[${UP}][${LETTER}'.-]{0,30}$`);
const HOUSE_NUMBER = /^[0-9]{1,6}[A-Za-z]?$/;

/** "24 Clarke Avenue": back over 1..4 capitalised words to a house number (one or two number groups). */
function houseNumberStart(text: string, start: number, end: number): [number, number] | undefined {
  let cursor = start;
  let words = 0;
  while (words < 6) {
    if (text.charCodeAt(cursor - 1) !== 32) return undefined;
    let begin = cursor - 1;
    while (
      begin > 0 &&
      begin > cursor - 33 &&
      text.charCodeAt(begin - 1) !== 32 &&
      text.charCodeAt(begin - 1) !== 10
    )
      begin--;
    const word = text.slice(begin, cursor - 1);
    if (HOUSE_NUMBER.test(word)) {
      if (words === 0) return undefined; // "12 Street" names no street
      let first = begin;
      // "224 4966 Bond Street": a second number group before the first.
      const before = /(?:^|[^0-9A-Za-z])([0-9]{1,6}) $/.exec(text.slice(Math.max(0, begin - 8), begin));
      if (before) first = begin - before[1]!.length - 1;
      if (first > 0 && /[0-9A-Za-z]/.test(text[first - 1]!)) return undefined;
      return [first, end];
    }
    if (!STREET_NAME_WORD.test(word) || words === 4) return undefined;
    words++;
    cursor = begin;
  }
  return undefined;
}

const COMMON_WORDS = new Set(enData.common);

/** "0645 Reyes Católicos 17" but not "18 December 2022", "2 Fast 2 Furious" or "99 Coffins 0". */
function numberWordsNumber(value: string): boolean {
  if (DATE_WORDS.test(value) || / (?:19|20)[0-9]{2}$/.test(value) || / 0$/.test(value)) return false;
  const words = value.split(' ').slice(1, -1);
  // A street's name has lower-case letters ("CVV", "ID" are acronyms) and is not all ordinary words.
  return words.some((w) => /[a-zß-ÿ]/.test(w)) && words.some((w) => !COMMON_WORDS.has(w.toLowerCase()));
}

/** Scans back over up to 14 Han characters (province, city, district, street name) before the anchor. */
export function expandChineseAddressStart(text: string, start: number): number {
  let cursor = start;
  while (cursor > 0 && start - cursor < 14) {
    const code = text.charCodeAt(cursor - 1);
    if (code < 0x4e00 || code > 0x9fff) break;
    cursor--;
  }
  return cursor;
}

/** Trims the sentence text the backward scan swallowed before the address proper. */
export function trimChineseAddressStart(text: string, start: number, end: number): number {
  const value = text.slice(start, end);
  if (!/[\u4e00-\u9fff]/.test(value.charAt(0))) return start;
  let cut = 0;
  const head = value.slice(0, Math.max(0, value.search(/[路街道巷弄里村镇乡区县市省]/)));
  for (const cue of ZH_CUES) {
    const at = head.lastIndexOf(cue);
    if (at >= 0 && at + cue.length > cut) cut = at + cue.length;
  }
  return start + cut;
}

// Continuation of an address: unit, capitalised locality words, state code, postcode, on the same or next line.
export const CONTINUATION = new RegExp(
  `[ \\t]{0,3}(?:\\r?\\n[ \\t>]{0,3}){0,2}(?:,[ \\t]{0,3})?(?:\\r?\\n[ \\t>]{0,3}){0,2}(?:(?:Apt\\.?|Suite|Unit|Ste\\.?|Floor) #?[0-9]{1,5}|[0-9]{4,6}(?:-[0-9]{3,4})?(?![0-9]| [0-9])|${CAP_WORD}(?:[ ]${CAP_WORD}){0,3})`,
  'y',
);

/** Extends an English-style address over the unit, city, region and postcode that follow it. */
export function extendAddress(text: string, end: number): number {
  let cursor = end;
  for (let step = 0; step < 5 && cursor - end < 120; step++) {
    CONTINUATION.lastIndex = cursor;
    const m = CONTINUATION.exec(text);
    if (!m || m[0].trim().length === 0) break;
    cursor += m[0].length;
  }
  return cursor;
}
