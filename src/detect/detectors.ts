import type { Severity, Span } from '../core/index.js';
import { type Analysis, analyze } from './analysis.js';
import { type LinearModel, scoreTextAll, type TextScore } from './classifier/model.js';
import { PAYLOAD_NAMES, type PayloadKind } from './normalize/decode.js';
import type { TextLang } from './normalize/lang.js';
import { mostWordsRunTogether, type NormalizedText, toOriginalSpan } from './normalize/normalize.js';
import { matchRules } from './rules/engine.js';
import { isQuotedMention } from './rules/mention.js';
import type { RuleGuard } from './rules/types.js';

/** What a detector reports about one text, before a guard attaches the segment path. */
export interface DetectorHit {
  code: string;
  severity: Severity;
  message: string;
  span?: Span;
  score?: number;
}

export interface DetectorResult {
  hits: DetectorHit[];
  /** 0..1 and comparable across languages: 0.5 is the decision boundary (for AUC and --predictions). */
  score: number;
  /** The classifiers' own centred score (0.5 = threshold), before rule findings lift `score`. */
  modelScore: number;
}

export interface ClassifierOptions {
  model: LinearModel;
  /** Calibrated-probability threshold, for every language or per language; unset, the model's own. */
  threshold?: ThresholdSetting | undefined;
  code: string;
  severity: Severity;
  label: string;
}

export interface DetectOptions {
  rules?: RuleGuard;
  classifiers?: readonly ClassifierOptions[];
  /** Text from tool results or retrieved documents (enables the untrusted-only rules). */
  untrusted?: boolean;
  /** Also scan decoded payloads, of every kind in `PAYLOAD_KINDS` (default true). */
  scanPayloads?: boolean;
}

/** A policy's threshold: one for every language, or some languages' own. */
export type ThresholdSetting = number | Partial<Record<TextLang, number>>;

/** The threshold a setting gives a language (undefined: the model's own applies). */
export function thresholdFor(setting: ThresholdSetting | undefined, lang: TextLang): number | undefined {
  return typeof setting === 'number' ? setting : setting?.[lang];
}

/**
 * Text whose words were run together, this many or more out of one run of letters, was written to
 * slip past word-based detection: 6 of the 81,472 benign rows of our data read so, and 526 of 585
 * English injections with their first twelve words run together (`npx tsx scripts/segment-probes.ts`).
 */
const RUN_TOGETHER_WORDS = 6;
/**
 * Its classifiers' thresholds are this share of their own. Running words together drops the
 * punctuation between them: 6.1 % of the English injections the model detects lose more than a fifth
 * of their score that way, 81 % less than a twentieth (same command).
 */
const RUN_TOGETHER_THRESHOLD_SHARE = 0.8;

/** The threshold a classifier applies to a view: lowered for words run together (see above). */
function effectiveThreshold(threshold: number, score: number, norm: NormalizedText): number {
  const lowered = threshold * RUN_TOGETHER_THRESHOLD_SHARE;
  // Only a score between the two thresholds needs the (linear) count.
  if (score >= threshold || score < lowered) return threshold;
  return mostWordsRunTogether(norm) >= RUN_TOGETHER_WORDS ? lowered : threshold;
}

/** Maps a calibrated probability so that `threshold` lands on 0.5 (monotonic). */
export function centreScore(p: number, threshold: number): number {
  if (threshold <= 0 || threshold >= 1) return p;
  return p < threshold ? (0.5 * p) / threshold : 0.5 + (0.5 * (p - threshold)) / (1 - threshold);
}

interface View {
  norm: NormalizedText;
  /** Set for decoded payloads: where the encoded form sits and what it was. */
  payload?: { kind: PayloadKind; span: Span };
}

function views(analysis: Analysis, scanPayloads: boolean): View[] {
  const out: View[] = [{ norm: analysis.norm }];
  if (scanPayloads) for (const p of analysis.payloads) out.push({ norm: p.norm, payload: p.payload });
  return out;
}

// prompt-injection and jailbreak share the injection model: memoise its score per normalised text
// (the normalised text objects themselves live in the shared analysis cache).
const scoreMemo = new WeakMap<NormalizedText, Map<LinearModel, TextScore>>();

/** Scores of a view under every model, the missing ones computed together (one feature extraction per run of models with the same features). */
function memoScores(models: readonly LinearModel[], norm: NormalizedText): TextScore[] {
  let byModel = scoreMemo.get(norm);
  if (!byModel) {
    byModel = new Map();
    scoreMemo.set(norm, byModel);
  }
  const known = byModel;
  const missing = [...new Set(models.filter((model) => !known.has(model)))];
  if (missing.length > 0) {
    const scores = scoreTextAll(missing, norm.text);
    missing.forEach((model, i) => {
      known.set(model, scores[i] as TextScore);
    });
  }
  return models.map((model) => known.get(model) as TextScore);
}

/** Rules plus (optionally) a classifier over a text and its decoded payloads. */
export function detect(text: string, options: DetectOptions): DetectorResult {
  const analysis = analyze(text);
  const hits: DetectorHit[] = [];
  const classifiers = options.classifiers ?? [];
  // Rule hits on a quoted mention of an attack phrase in trusted text: findings only if the classifier disagrees.
  const mentions: DetectorHit[] = [];
  const mayBeMention = !options.untrusted && classifiers.length > 0;
  // Highest centred classifier score over the text and its payloads (0.5 = threshold).
  let modelScore = 0;
  const seenCodes = new Set<string>();
  for (const view of views(analysis, options.scanPayloads ?? true)) {
    const where = view.payload ? ` (inside a ${PAYLOAD_NAMES[view.payload.kind]} payload)` : '';
    if (options.rules) {
      for (const hit of matchRules(view.norm, options.rules, options.untrusted ?? false)) {
        if (seenCodes.has(hit.code)) continue;
        const finding = {
          code: hit.code,
          severity: hit.severity,
          message: `${hit.description}${where}`,
          span: view.payload ? view.payload.span : hit.span,
          score: 1,
        };
        if (mayBeMention && !view.payload && isQuotedMention(text, hit.span)) {
          mentions.push(finding);
          continue;
        }
        seenCodes.add(hit.code);
        hits.push(finding);
      }
    }
    if (classifiers.length === 0 || view.norm.text.length === 0) continue;
    const scores = memoScores(
      classifiers.map((c) => c.model),
      view.norm,
    );
    // The language decides the default thresholds (found while normalising).
    const { lang } = view.norm;
    classifiers.forEach((c, i) => {
      const scored = scores[i] as TextScore;
      const own = thresholdFor(c.threshold, lang) ?? c.model.meta.thresholds[lang];
      const threshold = effectiveThreshold(own, scored.score, view.norm);
      const centred = centreScore(scored.score, threshold);
      if (scored.score >= threshold && !seenCodes.has(c.code)) {
        seenCodes.add(c.code);
        hits.push({
          code: c.code,
          severity: c.severity,
          message: `${c.label} classifier score ${scored.score.toFixed(3)} ≥ ${threshold.toFixed(3)}${threshold < own ? ' (lowered: words run together)' : ''}${where}`,
          span: view.payload ? view.payload.span : toOriginalSpan(view.norm, scored.start, scored.end),
          score: Math.round(scored.score * 1000) / 1000,
        });
      }
      modelScore = Math.max(modelScore, centred);
    });
  }
  for (const mention of mentions) {
    if (seenCodes.has(mention.code)) continue;
    seenCodes.add(mention.code);
    hits.push(modelScore >= 0.5 ? mention : asMentionNote(mention));
  }
  const detected = hits.some((h) => h.severity !== 'info');
  // A finding lifts the score above every finding-free text while keeping the model's ordering.
  const score = detected ? 0.9 + 0.1 * modelScore : Math.min(modelScore, 0.4999);
  return { hits, score, modelScore };
}

/** An informational finding in place of a rule hit on a quoted mention (allowed by the default policy). */
function asMentionNote(hit: DetectorHit): DetectorHit {
  const family = hit.code.slice(0, hit.code.indexOf('.'));
  const { score: _ruleScore, ...rest } = hit;
  return {
    ...rest,
    code: `${family}.quoted_mention`,
    severity: 'info',
    message: `Quoted mention of an attack phrase (${hit.code}: ${hit.message}); the classifier scores the text as benign`,
  };
}
