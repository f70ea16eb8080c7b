import enData from '../gazetteers/en-names.json' with { type: 'json' };
import type { PiiEntity, PiiMatch } from '../types.js';

/**
 * English (and Latin-script) names, places and organisations without an NLP pipeline at run time:
 * capitalised runs are classified with gazetteers derived from compromise's lexicon, title and
 * organisation-suffix cues, and context words. compromise itself costs ~1.5 ms per sentence, far
 * above the 100 µs/KB budget, so its lexicon is used as data instead (scripts/build-pii-gazetteers.ts).
 */

const FIRST = new Set(enData.firstNames);
const LAST = new Set(enData.lastNames);
const AMBIGUOUS_FIRST = new Set(enData.ambiguousFirstNames);
const PLACES = new Set(enData.places);
const ORGS = new Set(enData.organizations);
const COMMON = new Set(enData.common);

const STREET_WORDS = new Set([
  'street',
  'avenue',
  'road',
  'boulevard',
  'lane',
  'drive',
  'court',
  'terrace',
  'parkway',
  'highway',
  'crescent',
  'plaza',
  'square',
]);
/** The most frequent Chinese surnames in pinyin (also common in Western text as "Wang Lei"). */
const PINYIN_SURNAMES = new Set(
  'wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng liang xie song tang xu han feng deng cao peng zeng xiao tian dong yuan pan yu jiang cai du ye cheng su wei lu ding ren shen yao jiang cui zhong tan wan qian yan qin shi xue lei hou long duan hao kong shao mao qiu qiao'.split(
    ' ',
  ),
);
const TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'sir', 'madam', 'mx', 'lady', 'lord']);
const ORG_SUFFIXES = new Set([
  'inc',
  'corp',
  'corporation',
  'ltd',
  'llc',
  'plc',
  'gmbh',
  'ag',
  'sa',
  'co',
  'company',
  'group',
  'systems',
  'software',
  'technologies',
  'technology',
  'solutions',
  'labs',
  'bank',
  'insurance',
  'university',
  'college',
  'institute',
  'foundation',
  'association',
  'partners',
  'holdings',
  'industries',
  'capital',
  'ventures',
  'media',
  'networks',
  'consulting',
  'services',
  'transit',
  'motors',
  'airlines',
  'pharmaceuticals',
  'health',
  'hospital',
  'agency',
  'ministry',
  'department',
  'council',
  'committee',
  'orchestra',
  'club',
]);
/** Words that start sentences or are capitalised for other reasons; never the start of a name. */
const NEVER_NAME = new Set([
  'i',
  'im',
  "i'm",
  'i’m',
  "i'll",
  "i've",
  "i'd",
  'fax',
  'tel',
  'bot',
  'user',
  'assistant',
  'a',
  'an',
  'the',
  'my',
  'your',
  'our',
  'his',
  'her',
  'their',
  'this',
  'that',
  'these',
  'those',
  'what',
  'when',
  'where',
  'why',
  'how',
  'who',
  'which',
  'can',
  'could',
  'would',
  'should',
  'will',
  'please',
  'hello',
  'hi',
  'hey',
  'dear',
  'thanks',
  'thank',
  'yes',
  'no',
  'ok',
  'okay',
  'is',
  'are',
  'do',
  'does',
  'did',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'name',
  'address',
  'phone',
  'email',
  'e-mail',
  'website',
  'personal',
  'info',
  'apt',
  'suite',
  'street',
  'avenue',
  'road',
  'if',
  'and',
  'or',
  'but',
  'so',
  'in',
  'on',
  'at',
  'to',
  'for',
  'from',
  'with',
  'by',
  'of',
  'as',
  'it',
  'we',
  'you',
  'he',
  'she',
  'they',
  'me',
  'us',
  'them',
  'ai',
  'api',
  'ceo',
  'cto',
  'usa',
  'uk',
  'eu',
  'id',
  'ssn',
  'iban',
]);
const PERSON_CUES = new Set([
  'customer',
  'client',
  'patient',
  'employee',
  'applicant',
  'tenant',
  'student',
  'candidate',
  'my name is',
  'name is',
  'name:',
  'i am',
  "i'm",
  'this is',
  'called',
  'named',
  'dear',
  'hi',
  'hello',
  'thanks',
  'by',
  'assistant to',
  'contact',
  'ask',
  'tell',
  'with',
  'says',
  'said',
  'met',
  'call',
  'meet',
  'guardian',
  'ms.',
  'mr.',
  'mrs.',
  'dr.',
  'miss',
  'signed',
  'regards',
  'sincerely',
  'cheers',
  'name',
]);
const PERSON_AFTER =
  /^(?:'s |’s |: | (?:is|was|will|said|says|told|spent|lives|lived|began|wrote|writes|had|has|and (?:his|her)\b|explained|replied|asked))/;
const LOWER_NAME_CUES = new Set(['my name is', 'name is', 'i am', "i'm", 'this is', 'with', 'from', 'by']);
const ORG_CUES = new Set([
  'at',
  'for',
  'joined',
  'ceo of',
  'founder of',
  'employee of',
  'employed by',
  'became',
  'company',
  'client',
  'support',
]);
/** Endings of ordinary English nouns and adjectives that names almost never have. */
const WORD_SUFFIX =
  /(?:tion|sion|ment|ness|ity|ism|ive|ous|ship|ance|ence|ology|able|ible|ful|less|ure|ary|ery)$/;
/** ASCII answers without allocating; other scripts compare with their upper-case form. */
function isAllCaps(word: string): boolean {
  if (/[a-z]/.test(word)) return false;
  return /^[A-Z'’-]+$/.test(word) || word === word.toUpperCase();
}
const CAMEL = /^(?!Mc|Mac)[A-Za-z][a-z]+[A-Z]/;
/** Sticky: tested at the end of a run without slicing the text. */
const ORG_AFTER =
  /(?:'s|’s)? (?:office|offices|website|headquarters|invested|announced|acquired|employees|staff|ceo|board|shares|stock|team|is a (?:company|startup|firm|design agency|bank)|is the brainchild)\b/y;
const PLACE_CUES = new Set([
  'arrived at',
  'arrived in',
  'back to',
  'based in',
  'born in',
  'city',
  'city of',
  'coming to',
  'drove to',
  'flew to',
  'fly to',
  'flying to',
  'from',
  'going to',
  'grew up in',
  'headed to',
  'home city',
  'in',
  'live in',
  'lives in',
  'located in',
  'moved to',
  'near',
  'originally from',
  'returned to',
  'travel to',
  'traveling to',
  'travelling to',
  'trip to',
  'visit',
  'visiting',
  'went to',
  'where',
  'world to',
]);
/** Place cues strong enough to outweigh a first-name look-alike ("originally from Dolores"). */
const STRONG_PLACE_CUES = new Set([
  'university of',
  'originally from',
  'flew to',
  'fly to',
  'flying to',
  'returned to',
  'went to',
  'going to',
  'coming to',
  'arrived at',
  'arrived in',
  'drove to',
  'travel to',
  'travelling to',
  'traveling to',
  'trip to',
  'back to',
  'headed to',
  'home city',
  'lives in',
  'live in',
  'moved to',
  'born in',
  'grew up in',
  'based in',
  'located in',
  'world to',
]);

interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
  cap: boolean;
}

// Latin (incl. extended), Greek and Cyrillic letters spelt out: a non-unicode regex is ~3x faster here.
const LETTERS = 'A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0370-\u03ff\u0400-\u04ff';
const TOKEN = new RegExp(`[${LETTERS}]{1,40}(?:['’-][${LETTERS}]{1,40}){0,3}`, 'g');
/** Words that may start with a capital (the interleaved Latin Extended-A range is checked by isUpper). */
const UPPERS = 'A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u024f\u0386-\u03ab\u0400-\u042f';
const CAP_TOKEN = new RegExp(
  `[${UPPERS}](?<![${LETTERS}][${UPPERS}])[${LETTERS}]{0,39}(?:['’-][${LETTERS}]{1,40}){0,3}`,
  'g',
);
/** The tokenizer regexes, for the ReDoS test. */

/** Text written with capitals at sentence starts: names will be capitalised too. */
const CAPITALISED_PROSE = /(?:^|[.!?]\s{1,3})[A-Z]/;

function isUpper(word: string): boolean {
  const code = word.charCodeAt(0);
  if (code < 0xc0) return code >= 65 && code <= 90;
  const first = word[0]!;
  return first !== first.toLowerCase();
}

/**
 * Capitalised words, plus the few lower-case words that matter (a known first name and the word after
 * it): ordinary lower-case words are skipped, which is also what breaks a run of capitalised words.
 */
function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let keepNext = false;
  // In capitalised prose only capitalised words are read (a lower-case name there is rare); in
  // all-lower-case chat every word is, to find known first names.
  const regex = CAPITALISED_PROSE.test(text) ? CAP_TOKEN : TOKEN;
  regex.lastIndex = 0;
  for (let m = regex.exec(text); m !== null; m = regex.exec(text)) {
    // "Meza's" is the name "Meza": the possessive stays outside the token.
    const raw = m[0];
    const possessive =
      raw.length > 3 && raw.charCodeAt(raw.length - 1) === 115 && /['’]/.test(raw[raw.length - 2]!);
    const t = possessive ? raw.slice(0, -2) : raw;
    const cap = isUpper(t);
    const lower = cap || /[A-Z]/.test(t) ? t.toLowerCase() : t;
    const candidate = !cap && FIRST.has(lower) && !COMMON.has(lower) && !NEVER_NAME.has(lower);
    if (cap || candidate || keepNext)
      tokens.push({ start: m.index, end: m.index + t.length, text: t, lower, cap });
    keepNext = candidate;
  }
  return tokens;
}

/** The last one, two and three words before `start`, lower-cased (cue look-ups are Set hits). */
function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 9 || code === 13;
}

/** The last one, two and three words before `start`, lower-cased (cue look-ups are Set hits). */
function wordsBefore(text: string, start: number): string[] {
  const window = text.slice(Math.max(0, start - 24), start).toLowerCase();
  const out: string[] = [];
  let end = window.length;
  while (end > 0 && isSpace(window.charCodeAt(end - 1))) end--;
  let phrase = '';
  for (let k = 0; k < 3 && end > 0; k++) {
    let begin = end;
    while (begin > 0 && !isSpace(window.charCodeAt(begin - 1))) begin--;
    const word = window.slice(begin, end);
    phrase = k === 0 ? word : `${word} ${phrase}`;
    out.push(phrase);
    // "name:" / "name?" also count as "name".
    if (k < 2 && /[:,?]$/.test(word)) out.push(phrase.replace(/[:,?]$/, ''));
    end = begin;
    while (end > 0 && isSpace(window.charCodeAt(end - 1))) end--;
  }
  return out;
}

function precededBy(before: readonly string[], cues: ReadonlySet<string>): boolean {
  for (const phrase of before) if (cues.has(phrase)) return true;
  return false;
}

function sentenceStart(text: string, start: number): boolean {
  for (let i = start - 1; i >= 0; i--) {
    const ch = text[i]!;
    if (ch === ' ' || ch === '\t' || ch === '"' || ch === '(' || ch === '>' || ch === '*') continue;
    return ch === '.' || ch === '!' || ch === '?' || ch === '\n' || ch === ':';
  }
  return true;
}

/** Joins capitalised tokens separated by one space (or "J. " style initials) into runs. */
/** Address words end a run of names: "Diana Usamov Suite 913" is a name, then an address. */
const RUN_BREAK = new Set([
  'suite',
  'apt',
  'apartment',
  'unit',
  'box',
  'floor',
  'room',
  'building',
  'po',
  'psc',
]);

/** One space between the words, or "J. " after an initial. */
function joins(text: string, prev: Token, token: Token): boolean {
  const gap = token.start - prev.end;
  if (gap === 1) return text.charCodeAt(prev.end) === 32;
  if (prev.text.length > 2 || text.charCodeAt(prev.end) !== 46) return false;
  return gap === 1 || (gap === 2 && text.charCodeAt(prev.end + 1) === 32);
}

function runs(text: string, tokens: Token[]): Token[][] {
  const out: Token[][] = [];
  let current: Token[] = [];
  for (const token of tokens) {
    const prev = current[current.length - 1];
    const joinable = prev !== undefined && joins(text, prev, token) && !RUN_BREAK.has(token.lower);
    if (token.cap && joinable && current.length < 5) current.push(token);
    else {
      if (current.length > 0) out.push(current);
      current = token.cap ? [token] : [];
    }
  }
  if (current.length > 0) out.push(current);
  return out;
}

function match(entity: PiiEntity, first: Token, last: Token, score: number): PiiMatch {
  return { entity, code: `pii.${entity}`, start: first.start, end: last.end, score };
}

function classify(text: string, run: Token[]): PiiMatch | undefined {
  let tokens = run;
  let titled = false;
  while (tokens.length > 0 && (NEVER_NAME.has(tokens[0]!.lower) || TITLES.has(tokens[0]!.lower))) {
    if (TITLES.has(tokens[0]!.lower)) titled = true;
    tokens = tokens.slice(1);
  }
  if (tokens.length === 0) return undefined;
  const first = tokens[0]!;
  const last = tokens[tokens.length - 1]!;
  const lowers = tokens.map((t) => t.lower);
  const joined = lowers.join(' ');
  const allCaps = tokens.every((t) => t.text.length > 1 && isAllCaps(t.text));
  // Internal capitals ("MySQL", "OpenCV", "iPhone") mark products and code, not people (McDonald aside).
  const camel = tokens.some((t) => CAMEL.test(t.text));

  // "Marina Fort Street" is a street; "Solid State Hard Drive" and "Memory Lane" are ordinary words.
  if (
    tokens.length >= 2 &&
    STREET_WORDS.has(lowers[lowers.length - 1]!) &&
    lowers.slice(0, -1).some((w) => !COMMON.has(w))
  )
    return match('address', first, last, 0.6);
  if (lowers.some((w, i) => i > 0 && ORG_SUFFIXES.has(w)) || ORGS.has(joined))
    return match('organization', first, last, 0.7);
  if (PLACES.has(joined)) return match('location', first, last, 0.7);
  // "Southern Tunisia", "the Republic of Korea": ordinary words before a known place.
  for (let i = 1; i < tokens.length && COMMON.has(lowers[0]!); i++) {
    if (PLACES.has(lowers.slice(i).join(' ')) && lowers.slice(0, i).every((w) => COMMON.has(w))) {
      return match('location', tokens[i]!, last, 0.7);
    }
  }
  const startOfSentence = sentenceStart(text, first.start);
  const before = wordsBefore(text, first.start);
  if (tokens.length <= 2 && precededBy(before, STRONG_PLACE_CUES)) return match('location', first, last, 0.6);
  // "the X office", "X invested heavily", "according to the X website": what follows names a company.
  ORG_AFTER.lastIndex = last.end;
  if (!FIRST.has(lowers[0]!) && ORG_AFTER.test(text)) {
    return match('organization', first, last, 0.6);
  }
  if (!FIRST.has(lowers[0]!) && precededBy(before, ORG_CUES) && !allCaps) {
    return match('organization', first, last, 0.5);
  }
  const cue = titled || precededBy(before, PERSON_CUES);
  const allCommon = lowers.every((w) => COMMON.has(w) || NEVER_NAME.has(w));
  if (camel) return ORGS.has(joined) ? match('organization', first, last, 0.7) : undefined;
  if (FIRST.has(lowers[0]!)) {
    if (tokens.length >= 2) return match('person', first, last, 0.85);
    if ((allCommon || AMBIGUOUS_FIRST.has(lowers[0]!)) && !cue) return undefined;
    return match('person', first, last, cue ? 0.8 : startOfSentence ? 0.55 : 0.65);
  }
  if (tokens.length >= 2 && lowers.slice(1).some((w) => LAST.has(w)))
    return match('person', first, last, 0.75);
  // Chinese names in pinyin: "Wang Lei", "Zhang Xiaoming", "Lei Wang".
  if (
    tokens.length >= 2 &&
    tokens.length <= 3 &&
    (PINYIN_SURNAMES.has(lowers[0]!) || PINYIN_SURNAMES.has(last.lower))
  ) {
    return match('person', first, last, 0.75);
  }
  if (titled) return match('person', first, last, 0.8);
  if (allCommon || allCaps)
    return precededBy(before, PLACE_CUES) && allCaps ? match('location', first, last, 0.5) : undefined;
  if (precededBy(before, PLACE_CUES) && !cue) return match('location', first, last, 0.5);
  if (cue) return match('person', first, last, 0.7);
  // Unknown capitalised words: a name unless they are ordinary words ("Title VII", "White Stripes").
  if (lowers.some((w) => w.length > 1 && COMMON.has(w))) return undefined;
  if (tokens.length >= 2 && tokens.length <= 4)
    return match('person', first, last, startOfSentence ? 0.5 : 0.55);
  if (tokens.length === 1 && first.text.length > 3 && !/ly$/.test(first.lower)) {
    // A lone unknown word is a name only when it is addressed or acts like a person.
    const after = text.slice(first.end, first.end + 12);
    const vocative = startOfSentence && /^\s?,/.test(after);
    if (vocative || PERSON_AFTER.test(after)) return match('person', first, last, 0.55);
    // Mid-sentence, an unknown capitalised word that is no ordinary word is most often a name, but
    // also a product ("Kubernetes") or a title ("Hamlet"): below the guard's threshold, above the
    // recall operating point used for datasets and evaluation.
    // …in English prose only: inside Chinese text a capitalised Latin word is mostly a product name.
    const englishBefore = /[a-z,;] $/.test(text.slice(Math.max(0, first.start - 2), first.start));
    if (englishBefore && !/^[-'’]/.test(after) && !WORD_SUFFIX.test(first.lower)) {
      return match('person', first, last, 0.45);
    }
  }
  return undefined;
}

/** Lower-case names: a known first name (not an ordinary word), plus a following unknown word. */
function lowercaseNames(text: string, tokens: Token[], out: PiiMatch[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.cap || !FIRST.has(t.lower) || COMMON.has(t.lower) || NEVER_NAME.has(t.lower)) continue;
    const next = tokens[i + 1];
    const joined = next && !next.cap && text.slice(t.end, next.start) === ' ' && !COMMON.has(next.lower);
    const cue = precededBy(wordsBefore(text, t.start), LOWER_NAME_CUES);
    out.push(match('person', t, joined ? next : t, cue ? 0.7 : 0.5));
    if (joined) i++;
  }
}

/** Joins "X, Y and Z": an unknown single word coordinated with a person is a person too. */
const COORDINATION = /^(?:, | and |, and | & )$/;

/** Every regex this module runs on user text, for the ReDoS test. */
export const NAME_REGEXES: readonly RegExp[] = [
  TOKEN,
  CAP_TOKEN,
  CAPITALISED_PROSE,
  PERSON_AFTER,
  ORG_AFTER,
  WORD_SUFFIX,
  COORDINATION,
];

function coordinated(text: string, out: PiiMatch[], pending: Token[]): void {
  const people = out.filter((m) => m.entity === 'person');
  let added = true;
  while (added && pending.length > 0) {
    added = false;
    for (let i = pending.length - 1; i >= 0; i--) {
      const t = pending[i]!;
      const near = people.some(
        (p) => COORDINATION.test(text.slice(p.end, t.start)) || COORDINATION.test(text.slice(t.end, p.start)),
      );
      if (!near) continue;
      const m = match('person', t, t, 0.55);
      out.push(m);
      people.push(m);
      pending.splice(i, 1);
      added = true;
    }
  }
}

export function detectLatinEntities(text: string): PiiMatch[] {
  const tokens = tokenize(text);
  const out: PiiMatch[] = [];
  const pending: Token[] = [];
  for (const run of runs(text, tokens)) {
    const found = classify(text, run);
    if (found) out.push(found);
    else if (
      run.length === 1 &&
      run[0]!.text.length > 2 &&
      !COMMON.has(run[0]!.lower) &&
      !NEVER_NAME.has(run[0]!.lower) &&
      !isAllCaps(run[0]!.text) // "DOB", "SSN": acronyms, not names
    ) {
      pending.push(run[0]!);
    }
  }
  coordinated(text, out, pending);
  lowercaseNames(text, tokens, out);
  return out;
}
