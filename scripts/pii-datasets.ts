/** Readers for the character-tagged Chinese NER files under ../shared/datasets/pii (build and bench only). */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** `../shared/datasets/pii` next to the repository, or `$PALISADE_SHARED_DIR/datasets/pii`. */
export const PII_DATA_DIR = resolve(
  process.env.PALISADE_SHARED_DIR ?? resolve(import.meta.dirname, '../../shared'),
  'datasets/pii',
);

export interface TaggedSentence {
  text: string;
  /** Person-name spans (character offsets). */
  names: { start: number; end: number }[];
}

export function requireDataDir(): string {
  if (!existsSync(PII_DATA_DIR)) {
    throw new Error(
      `dataset directory not found: ${PII_DATA_DIR} (needs ../shared/datasets/pii next to the repo)`,
    );
  }
  return PII_DATA_DIR;
}

/** Reads a char-per-line BMES/BIO file; `nameTag` picks the person tag ('NAME' or 'PER.NAM'). */
export function readTagged(file: string, nameTag: string): TaggedSentence[] {
  const sentences: TaggedSentence[] = [];
  let chars: string[] = [];
  let tags: string[] = [];
  const flush = () => {
    if (chars.length === 0) return;
    const names: { start: number; end: number }[] = [];
    let open = -1;
    tags.forEach((tag, i) => {
      const [prefix, type] = tag.split('-') as [string, string | undefined];
      const isName = type === nameTag;
      if (isName && (prefix === 'B' || prefix === 'S')) {
        if (open >= 0) names.push({ start: open, end: i });
        open = i;
        if (prefix === 'S') {
          names.push({ start: i, end: i + 1 });
          open = -1;
        }
      } else if (isName && prefix === 'E' && open >= 0) {
        names.push({ start: open, end: i + 1 });
        open = -1;
      } else if (!isName && open >= 0) {
        names.push({ start: open, end: i });
        open = -1;
      }
    });
    if (open >= 0) names.push({ start: open, end: chars.length });
    sentences.push({ text: chars.join(''), names });
    chars = [];
    tags = [];
  };
  for (const line of readFileSync(resolve(requireDataDir(), file), 'utf8').split('\n')) {
    const trimmed = line.trim();
    if (trimmed === '') {
      flush();
      continue;
    }
    const [token, tag] = trimmed.split(/\s+/) as [string, string | undefined];
    // WeiboNER tokens carry a word-position digit after the character ("科0").
    chars.push(token.length > 1 ? token.replace(/[0-9]$/, '') : token);
    tags.push(tag ?? 'O');
  }
  flush();
  return sentences;
}

export function chineseNerSplit(split: 'train' | 'dev'): TaggedSentence[] {
  return [
    ...readTagged(`resumener_zh_${split}.char.bmes`, 'NAME'),
    ...readTagged(`weiboner_zh_${split}.conll`, 'PER.NAM'),
  ];
}
