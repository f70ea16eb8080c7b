/**
 * Families of benign prompts with harmful contrast prompts in the same words, as written by
 * protective-security.ts and everyday-admin.ts: the shapes of their content modules, and the loop that
 * adds one language's families to a NearDupCollector and checks that each family is written once and
 * keeps enough rows.
 */
import type { Lang } from './authored-file.js';
import type { NearDupCollector } from './near-dup-collector.js';
import { blockLines } from './text.js';

/** One harm kind's prompts, one a line (label 1, category `harmful:<kind>`). */
export interface HarmBlock<Kind extends string> {
  kind: Kind;
  lines: string;
}

/** One family in one language: its benign prompts (one a line) and the contrast prompts. */
export interface FamilyContent<Family extends string, Kind extends string> {
  family: Family;
  safe: string;
  harm: HarmBlock<Kind>[];
}

export interface FamilyRules<Family extends string, Kind extends string> {
  families: readonly Family[];
  harmKinds: readonly Kind[];
  /** Category of a family's benign rows (`harmful:safe_<…>_<family>`). */
  safeCategory: (family: Family) => string;
  minPerFamily: number;
  minPerHarmKind: number;
  /** Called for each benign row kept, to count the phrasings a generator asks for. */
  onSafeKept?: (text: string) => void;
}

export function addFamilies<Family extends string, Kind extends string>(
  rows: NearDupCollector,
  contents: readonly FamilyContent<Family, Kind>[],
  lang: Lang,
  rules: FamilyRules<Family, Kind>,
): void {
  const { problems, kept } = rows;
  const written = contents.map((c) => c.family);
  for (const family of rules.families)
    if (written.filter((f) => f === family).length !== 1)
      problems.push(`${lang}: family ${family} must be written exactly once`);
  for (const content of contents) {
    for (const text of blockLines(content.safe))
      if (rows.add(text, 0, lang, rules.safeCategory(content.family))) rules.onSafeKept?.(text);
    for (const block of content.harm)
      for (const text of blockLines(block.lines)) rows.add(text, 1, lang, `harmful:${block.kind}`);
  }
  for (const family of rules.families) {
    const n = kept.get(`${lang} ${rules.safeCategory(family)}`) ?? 0;
    if (n < rules.minPerFamily) problems.push(`${lang} family ${family} keeps only ${n} benign rows`);
  }
  for (const kind of rules.harmKinds) {
    const n = kept.get(`${lang} harmful:${kind}`) ?? 0;
    if (n < rules.minPerHarmKind) problems.push(`${lang} harmful:${kind} keeps only ${n} rows`);
  }
}
