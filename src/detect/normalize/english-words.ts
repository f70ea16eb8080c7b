/**
 * English words the normaliser reads by: for splitting words run together (segment-pass.ts), a trie
 * of the words a prompt is made of with what each costs, and the known words with their frequency
 * ranks, by which a leet "1" reads as "i" or "l" (leet-pass.ts).
 */

import { CONCEPTS } from '../classifier/concept-lexicon.js';
import { FNV_OFFSET, hashUnits } from '../classifier/gram-hash.js';
import { buildTrie, type Trie } from '../lexicon/double-array.js';
import enData from '../pii/gazetteers/en-names.json' with { type: 'json' };
import corpus from './data/english-words.json' with { type: 'json' };

/** Common English words (compromise's lexicon and the 10,000 most frequent; lower-case). */
export const COMMON_WORDS: ReadonlySet<string> = new Set(enData.common);

/**
 * The one- and two-letter words a split may use. The common list holds most letter pairs (as
 * abbreviations), which would split any run of letters into something. "im" is "I'm" without its
 * apostrophe, as words run together lose it: without it "imyourdeveloper" read "i my our developer".
 */
export const SHORT_WORDS: ReadonlySet<string> = new Set(
  'a i ai am an as at be by do go he hi if im in is it me my no of oh ok on or so to up us we'.split(' '),
);

/** Letters a..z as trie symbols 1..26. */
const LETTER_SYMBOL = new Int32Array(128);
for (let c = 0x61; c <= 0x7a; c++) LETTER_SYMBOL[c] = c - 0x60;

/**
 * The English words the split reads by (see `segmentVocabulary`): the pieces a run may be split into,
 * in a trie with what reading each costs, and the known words.
 */
export interface SegmentVocabulary {
  trie: Trie;
  /** Per piece (the index `trie.term` gives): what reading it costs. */
  cost: Float64Array;
  /** The words, as strings (for derived forms: `isKnownWord`). */
  known: ReadonlySet<string>;
  /**
   * FNV-1a hashes of the words, in an open-addressing table (see `hasKnownHash`): most runs are
   * words, and a hash needs no string (a stray match among some 45,000 32-bit hashes, which only
   * keeps a run whole, is about one run in 100,000).
   */
  knownHashes: Int32Array;
}

/** Suffixes and prefixes of English derivation and inflection, longest first. */
const SUFFIXES = [
  'ations',
  'ation',
  'ments',
  'ment',
  'nesses',
  'ness',
  'less',
  'ings',
  'ing',
  'able',
  'ible',
  'ions',
  'ion',
  'ally',
  'ful',
  'ers',
  'est',
  'ies',
  'ied',
  'ism',
  'ist',
  'ity',
  'ive',
  'ize',
  'ise',
  'ous',
  'er',
  'ed',
  'es',
  'ly',
  'al',
  'y',
  's',
  'd',
];
const PREFIXES = [
  'counter',
  'under',
  'inter',
  'super',
  'over',
  'anti',
  'auto',
  'semi',
  'non',
  'dis',
  'mis',
  'pre',
  'sub',
  'out',
  'un',
  're',
  'in',
  'im',
];

/** Suffixes that the training rows have as words of their own (from split text): never a piece. */
const SUFFIX_PIECES = new Set(SUFFIXES.filter((suffix) => !['less', 'able', 'ally'].includes(suffix)));

/**
 * Whether `word` is a known word or one derived from a known stem by a suffix or a prefix (or
 * both): "employing", "helpless", "predefined", "unblocking" are English words even when the
 * training rows never had them, and must not be split ("help less").
 */
export function isKnownWord(word: string, known: ReadonlySet<string>, depth = 2): boolean {
  if (known.has(word)) return true;
  if (depth === 0) return false;
  for (const suffix of SUFFIXES) {
    if (!word.endsWith(suffix) || word.length - suffix.length < 3) continue;
    // criticiz-ed → criticize, stopp-ed → stop, stud-ies → study.
    const stem = word.slice(0, -suffix.length);
    if (isKnownWord(stem, known, depth - 1) || isKnownWord(`${stem}e`, known, depth - 1)) return true;
    if (suffix.startsWith('i') && isKnownWord(`${stem}y`, known, depth - 1)) return true;
    if (stem.length >= 4 && stem.at(-1) === stem.at(-2) && isKnownWord(stem.slice(0, -1), known, depth - 1))
      return true;
  }
  for (const prefix of PREFIXES) {
    if (word.length - prefix.length < 4 || !word.startsWith(prefix)) continue;
    if (isKnownWord(word.slice(prefix.length), known, depth - 1)) return true;
  }
  return false;
}

let vocabulary: SegmentVocabulary | undefined;

let ranks: Map<string, number> | undefined;

/** A word's rank by frequency in the English training rows (0 most frequent); Infinity if not there. */
export function wordRank(word: string): number {
  ranks ??= new Map(corpus.words.map((w, i) => [w, i]));
  return ranks.get(word) ?? Number.POSITIVE_INFINITY;
}

/** English inflections: a word is one of `words` with one of these endings (stem rules: `isInflectionOf`). */
const INFLECTIONS = ['s', 'es', 'ed', 'd', 'ing', 'er', 'ers', 'ly'];

/**
 * Whether `word` (letters only) is a word of `words` inflected ("numbered", "phrased", "stopped",
 * "studies"). English endings only: "anweisungen" is no inflection of anything here.
 */
function isInflectionOf(word: string, words: ReadonlySet<string>): boolean {
  if (words.has(word) || !/^[a-z]{4,}$/.test(word)) return false;
  for (const ending of INFLECTIONS) {
    if (!word.endsWith(ending) || word.length - ending.length < 3) continue;
    const stem = word.slice(0, -ending.length);
    if (words.has(stem) || words.has(`${stem}e`)) return true;
    if (stem.at(-1) === stem.at(-2) && words.has(stem.slice(0, -1))) return true;
    if (stem.endsWith('i') && words.has(`${stem.slice(0, -1)}y`)) return true;
  }
  return false;
}

/** A power-of-two table at most a quarter full, each hash at its slot or the next free one (0: free). */
function hashTable(hashes: readonly number[]): Int32Array {
  let size = 1;
  while (size < hashes.length * 4) size <<= 1;
  const table = new Int32Array(size);
  for (const hash of hashes) {
    const key = hash || 1;
    let slot = key & (size - 1);
    while (table[slot] !== 0 && table[slot] !== key) slot = (slot + 1) & (size - 1);
    table[slot] = key;
  }
  return table;
}

/** Whether `hash` is in a table built by `hashTable`. */
export function hasKnownHash(table: Int32Array, hash: number): boolean {
  const key = hash || 1;
  const mask = table.length - 1;
  for (let slot = key & mask; ; slot = (slot + 1) & mask) {
    const at = table[slot] ?? 0;
    if (at === key) return true;
    if (at === 0) return false;
  }
}

/**
 * The words runs of letters are read by. Known (a run that is one stays whole): every word seen three
 * times or more in the training rows (data/english-words.json, scripts/build-english-words.ts), every
 * common word, every English word of the concept lexicon and the short words above. Pieces (what a
 * run may be split into): the short words, the common and concept-lexicon words of three letters or
 * more but the suffixes, the training rows' English inflections of those ("numbered") and the
 * English rows' words that read as words of their own (`pieces` of the data file: not other
 * languages' words, as "systemanweisungen" must not read as "system anweisungen", nor words run
 * together such as "systemprompt"). A piece costs the negative
 * log of its Zipf probability, ln((rank + 1) · ln N) by its rank in the training rows, an unranked
 * one as the rarest: the split that costs least reads most like English ("instructions and", not
 * "instruction sand"). Built on first use.
 */
export function segmentVocabulary(): SegmentVocabulary {
  if (vocabulary) return vocabulary;
  const short = [...SHORT_WORDS];
  const conceptWords = CONCEPTS.flatMap((concept) => concept.en.flatMap((term) => term.split(' ')));
  const known = new Set([...corpus.words, ...enData.common, ...conceptWords, ...short]);
  const candidates = new Set(
    [...enData.common, ...conceptWords].filter(
      (word) => /^[a-z]{3,}$/.test(word) && !SUFFIX_PIECES.has(word),
    ),
  );
  // The training rows' inflections of those words are pieces too ("numbered", "phrased"), and so
  // are the English rows' own words ("synthesize", "defamatory", "crimea").
  for (const word of corpus.words) if (isInflectionOf(word, candidates)) candidates.add(word);
  for (const word of corpus.pieces) if (!SUFFIX_PIECES.has(word)) candidates.add(word);
  const pieces = [...candidates, ...short].sort();
  const logN = Math.log(corpus.words.length);
  const cost = Float64Array.from(pieces, (word) =>
    Math.log((Math.min(wordRank(word), corpus.words.length) + 1) * logN),
  );
  const knownHashes = hashTable([...known].map((word) => hashUnits(word, FNV_OFFSET)));
  vocabulary = { trie: buildTrie(pieces, LETTER_SYMBOL), cost, known, knownHashes };
  return vocabulary;
}
