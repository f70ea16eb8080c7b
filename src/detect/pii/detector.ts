import { hasContext } from './context.js';
import { KeywordIndex } from './keyword-index.js';
import { detectLatinEntities } from './names/en.js';
import { detectChineseNames } from './names/zh.js';
import { extendAddress } from './recognizers/address.js';
import { PATTERN_RECOGNIZERS } from './recognizers/index.js';
import type { PatternRecognizer, PiiEntity, PiiMatch } from './types.js';

/**
 * Operating points. Live traffic (the guard) uses PRECISE: a lone capitalised word nobody vouches for
 * ("Kubernetes", "Hamlet") is not redacted. Offline desensitisation and evaluation use RECALL: missing
 * a name in a training set is worse than over-redacting, and F2 weighs recall.
 */
export const PRECISE_THRESHOLD = 0.5;
export const RECALL_THRESHOLD = 0.45;

export interface PiiDetectorOptions {
  /** Entities or codes to report ('person', 'pii.email', 'secret' for every secret rule). Default: all. */
  entities?: readonly string[];
  /** Minimum confidence, 0..1. Default 0.5. */
  threshold?: number;
}

export interface PiiDetector {
  detect(text: string): PiiMatch[];
}

const HAS_DIGIT = /[0-9]/;
const HAS_HAN = /[\u4e00-\u9fff]/;
const HAS_LATIN = /[A-Za-z]/;

function enabled(entities: readonly string[] | undefined, entity: PiiEntity, code: string): boolean {
  if (!entities) return true;
  return (
    entities.includes(entity) ||
    entities.includes(code) ||
    (code.startsWith('secret.') && entities.includes('secret'))
  );
}

/**
 * Runs one recognizer on `text.slice(from, to)`; validators and context see the whole text, and
 * offsets are reported in whole-text coordinates.
 */
function runRecognizer(
  r: PatternRecognizer,
  text: string,
  lower: string,
  threshold: number,
  out: PiiMatch[],
  from = 0,
  to = text.length,
): void {
  const part = from === 0 && to === text.length ? text : text.slice(from, to);
  if (r.pretest) {
    r.pretest.lastIndex = 0;
    if (!r.pretest.test(part)) return;
  }
  const regex = r.regex;
  regex.lastIndex = 0;
  for (let m = regex.exec(part); m !== null; m = regex.exec(part)) {
    if (m[0].length === 0) {
      regex.lastIndex++;
      continue;
    }
    // A recognizer with `group` reports only that (trailing) group, e.g. the value of `password=…`.
    const value = r.group ? (m[r.group] ?? '') : m[0];
    let start = from + m.index + m[0].length - value.length;
    let end = start + value.length;
    if (end === start) continue;
    let score = r.score;
    if (r.extend) {
      const grown = r.extend(text, start, end);
      if (!grown) continue;
      [start, end] = grown;
    }
    if (r.validate) {
      const verdict = r.validate(text.slice(start, end), text, start);
      if (verdict === false) continue;
      if (typeof verdict === 'number') score = verdict;
    }
    if (r.context && r.contextBoost && score < 0.99 && hasContext(lower, start, end, r.context)) {
      score = Math.min(0.99, score + r.contextBoost);
    }
    if (score < threshold) continue;
    out.push({ entity: r.entity, code: r.code, start, end, score });
  }
}

/**
 * Every character of a digit-bearing match lies within this many characters of a digit: 48 covers
 * phones, cards, IDs and dates; street addresses can put ~150 characters of words before the number.
 */
const DIGIT_MARGIN = 48;
const ADDRESS_MARGIN = 160;

/** Regions around digits, merged; digit recognizers scan only these (most chat text has few digits). */
export function digitWindows(text: string, margin = DIGIT_MARGIN): [number, number][] {
  return windowsAround(digitPositions(text), text.length, margin);
}

function digitPositions(text: string): number[] {
  const positions: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) positions.push(i);
  }
  return positions;
}

/** A run of digits in which consecutive digits are at most one separator apart ("138 1234-5678"). */
interface DigitCluster {
  start: number;
  end: number;
  digits: number;
}

const SEPARATOR = new Set([32, 45, 46, 40, 41, 47, 43]); // space - . ( ) / +

function digitClusters(text: string, positions: readonly number[]): DigitCluster[] {
  const clusters: DigitCluster[] = [];
  let current: DigitCluster | undefined;
  for (const i of positions) {
    const gap = current ? i - current.end : Number.POSITIVE_INFINITY;
    if (current && (gap === 0 || (gap === 1 && SEPARATOR.has(text.charCodeAt(i - 1))))) {
      current.end = i + 1;
      current.digits++;
    } else {
      current = { start: i, end: i + 1, digits: 1 };
      clusters.push(current);
    }
  }
  return clusters;
}

/** Windows around the clusters with at least `minDigits` digits (an ID needs 17, a card 12 …). */
function clusterWindows(
  clusters: readonly DigitCluster[],
  minDigits: number,
  length: number,
  margin: number,
): [number, number][] {
  const windows: [number, number][] = [];
  for (const c of clusters) {
    if (c.digits < minDigits) continue;
    const from = Math.max(0, c.start - margin);
    const to = Math.min(length, c.end + margin);
    const last = windows[windows.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else windows.push([from, to]);
  }
  return windows;
}

function windowsAround(positions: readonly number[], length: number, margin: number): [number, number][] {
  const windows: [number, number][] = [];
  for (const i of positions) {
    const from = Math.max(0, i - margin);
    const to = Math.min(length, i + margin + 1);
    const last = windows[windows.length - 1];
    if (last && from <= last[1]) last[1] = to;
    else windows.push([from, to]);
  }
  return windows;
}

/** Highest score wins, then the longer span; the result has no overlaps and is sorted by start. */
export function resolveOverlaps(matches: PiiMatch[]): PiiMatch[] {
  // Structural evidence (a house number next to a street word) outranks a name lexicon hit.
  const rank = (m: PiiMatch) => m.score + (m.entity === 'address' ? 0.15 : 0);
  const ranked = matches.slice().sort((a, b) => rank(b) - rank(a) || b.end - b.start - (a.end - a.start));
  const kept: PiiMatch[] = [];
  for (const m of ranked) if (!kept.some((k) => m.start < k.end && k.start < m.end)) kept.push(m);
  kept.sort((a, b) => a.start - b.start);
  return mergeAddresses(kept);
}

const SOFT: ReadonlySet<PiiEntity> = new Set(['person', 'location', 'organization', 'address']);

/** Addresses absorb the locality after them; names or places inside the extended span are dropped. */
function extendAddresses(text: string, sorted: PiiMatch[]): PiiMatch[] {
  const out: PiiMatch[] = [];
  let reach = -1;
  for (const m of sorted) {
    if (m.start < reach && SOFT.has(m.entity)) continue;
    if (m.entity === 'address' && /[A-Za-z0-9]/.test(text.charAt(m.end - 1) || '')) {
      // A postcode or house number written before the street ("45818 P.O. Box 242").
      const lead = /(?:^|[\s>,])([0-9]{3,6}) $/.exec(text.slice(Math.max(0, m.start - 8), m.start));
      const start = lead ? m.start - lead[1]!.length - 1 : m.start;
      let end = extendAddress(text, m.end);
      const hard = sorted.find((o) => o.start >= m.end && o.start < end && !SOFT.has(o.entity));
      if (hard) end = Math.min(end, hard.start);
      while (end > m.end && /\s|,/.test(text.charAt(end - 1))) end--;
      if (start < m.start && out.length > 0 && out[out.length - 1]!.end > start) {
        out.push({ ...m, end });
      } else out.push({ ...m, start, end });
      reach = end;
      continue;
    }
    out.push(m);
  }
  return out;
}

/** Address parts separated only by commas/whitespace (street, unit, ZIP) become one span. */
function mergeAddresses(sorted: PiiMatch[]): PiiMatch[] {
  const out: PiiMatch[] = [];
  for (const m of sorted) {
    const prev = out[out.length - 1];
    if (prev && prev.entity === 'address' && m.entity === 'address' && m.start - prev.end <= 4) {
      out[out.length - 1] = { ...prev, end: m.end, score: Math.max(prev.score, m.score) };
    } else out.push(m);
  }
  return out;
}

export function createPiiDetector(options: PiiDetectorOptions = {}): PiiDetector {
  const threshold = options.threshold ?? 0.5;
  const recognizers = PATTERN_RECOGNIZERS.filter((r) => enabled(options.entities, r.entity, r.code));
  const digitRecognizers = recognizers.filter((r) => r.needsDigit && !r.keywords);
  const keywordRecognizers = recognizers.filter((r) => r.keywords);
  const plainRecognizers = recognizers.filter((r) => !r.needsDigit && !r.keywords);
  const gates = new KeywordIndex([
    ...keywordRecognizers.flatMap((r) => r.keywords!),
    ...digitRecognizers.filter((r) => r.requiresContext).flatMap((r) => r.context!),
  ]);
  const latin = ['person', 'location', 'organization'].some((e) =>
    enabled(options.entities, e as PiiEntity, `pii.${e}`),
  );
  const chinese = enabled(options.entities, 'person', 'pii.person');

  return {
    detect(text) {
      if (text.length === 0) return [];
      const found: PiiMatch[] = [];
      // Lower-cased once; a length-changing case mapping (rare: 'İ') falls back to per-window folding.
      const folded = text.toLowerCase();
      const lower = folded.length === text.length ? folded : text.replace(/[A-Z]/g, (c) => c.toLowerCase());
      const present = gates.present(lower);
      for (const r of keywordRecognizers) {
        if (r.keywords!.some((k) => present.has(k))) runRecognizer(r, text, lower, threshold, found);
      }
      if (HAS_DIGIT.test(text)) {
        const digits = digitPositions(text);
        const narrow = windowsAround(digits, text.length, DIGIT_MARGIN);
        const wide = windowsAround(digits, text.length, ADDRESS_MARGIN);
        const clusters = digitClusters(text, digits);
        const byMinimum = new Map<number, [number, number][]>();
        for (const r of digitRecognizers) {
          if (r.requiresContext && !r.context!.some((word) => present.has(word))) continue;
          let windows = r.entity === 'address' ? wide : narrow;
          if (r.minDigits) {
            windows =
              byMinimum.get(r.minDigits) ?? clusterWindows(clusters, r.minDigits, text.length, DIGIT_MARGIN);
            byMinimum.set(r.minDigits, windows);
          }
          for (const [from, to] of windows) runRecognizer(r, text, lower, threshold, found, from, to);
        }
      }
      for (const r of plainRecognizers) runRecognizer(r, text, lower, threshold, found);
      if (chinese && HAS_HAN.test(text)) found.push(...detectChineseNames(text, Math.max(threshold, 0.6)));
      if (latin && HAS_LATIN.test(text)) {
        for (const m of detectLatinEntities(text)) {
          if (m.score >= threshold && enabled(options.entities, m.entity, m.code)) found.push(m);
        }
      }
      return extendAddresses(text, resolveOverlaps(found));
    },
  };
}
