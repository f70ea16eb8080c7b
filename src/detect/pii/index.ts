export {
  createPiiDetector,
  type PiiDetector,
  type PiiDetectorOptions,
  PRECISE_THRESHOLD,
  RECALL_THRESHOLD,
  resolveOverlaps,
} from './detector.js';
export { PATTERN_RECOGNIZERS } from './recognizers/index.js';
export { DEFAULT_ENTITIES, PII_ENTITIES, type PiiEntity, type PiiMatch } from './types.js';
export * from './validators.js';
