import type { Severity } from '../core/index.js';
import { analyze } from './analysis.js';
import { loadModel } from './classifier/model.js';
import { type DetectorResult, detect, type ThresholdSetting } from './detectors.js';
import { DEFAULT_HARM_CODE, harmCategory } from './harm-categories.js';
import { segmentVocabulary } from './normalize/english-words.js';

/** Detectors that produce a score per text (what `palisade eval` and the benchmark measure). */
export const SCORED_DETECTORS = ['prompt-injection', 'jailbreak', 'harmful-request', 'toxicity'] as const;
export type ScoredDetectorId = (typeof SCORED_DETECTORS)[number];

export interface DetectorSettings {
  threshold?: ThresholdSetting | undefined;
  /** Untrusted text (tool results, retrieved documents): adds the indirect-injection model. */
  untrusted?: boolean;
  /** Severity of the indirect-injection model's finding (default medium: how-to documents look alike). */
  indirectSeverity?: Severity;
  classifier?: boolean;
  rules?: boolean;
  severity?: Severity;
  scanPayloads?: boolean;
}

export type TextDetector = (text: string) => DetectorResult;

const DEFAULT_SEVERITY: Record<ScoredDetectorId, Severity> = {
  'prompt-injection': 'high',
  jailbreak: 'high',
  'harmful-request': 'high',
  toxicity: 'medium',
};

/**
 * One place that wires each detector (rules, model, codes); the guards and the evaluation tools
 * both use it, so what `palisade eval` measures is exactly what the gateway runs.
 */
export function createDetector(
  id: ScoredDetectorId,
  modelsDir: string,
  settings: DetectorSettings = {},
): TextDetector {
  // The normaliser's word list (about 70 ms to build since the fourteenth round's pieces) is built with the detectors, not by the first
  // text that needs it.
  segmentVocabulary();
  const severity = settings.severity ?? DEFAULT_SEVERITY[id];
  const useClassifier = settings.classifier ?? true;
  const scanPayloads = settings.scanPayloads ?? true;
  const classifier = (model: string, code: string, label: string = id, level: Severity = severity) =>
    useClassifier
      ? [{ model: loadModel(modelsDir, model), threshold: settings.threshold, code, severity: level, label }]
      : [];
  switch (id) {
    case 'prompt-injection':
    case 'jailbreak': {
      const indirect =
        id === 'prompt-injection' && settings.untrusted
          ? classifier(
              'indirect',
              'injection.indirect',
              'indirect-injection',
              settings.indirectSeverity ?? 'medium',
            )
          : [];
      const options = {
        ...((settings.rules ?? true) ? { rules: id } : {}),
        classifiers: [
          ...classifier('injection', id === 'jailbreak' ? 'jailbreak.classifier' : 'injection.classifier'),
          ...indirect,
        ],
        scanPayloads,
        untrusted: settings.untrusted ?? false,
      };
      return (text) => detect(text, options);
    }
    case 'harmful-request': {
      const options = { classifiers: classifier('harmful', DEFAULT_HARM_CODE), scanPayloads };
      return (text) => {
        const result = detect(text, options);
        if (result.hits.length === 0) return result;
        const code = harmCategory(analyze(text).norm.text);
        return { ...result, hits: result.hits.map((h) => ({ ...h, code })) };
      };
    }
    case 'toxicity': {
      const options = { classifiers: classifier('toxicity', 'toxicity.toxic'), scanPayloads };
      return (text) => detect(text, options);
    }
  }
}
