import type { ZodType } from 'zod';
import type { Finding, SegmentPath, Span } from './finding.js';
import type { Segment } from './segment.js';
import type { SharedState } from './shared-state.js';

export const GUARD_STAGES = ['input', 'output', 'tool'] as const;
export type GuardStage = (typeof GUARD_STAGES)[number];
export type GuardKind = 'detect' | 'transform';

/** pino-compatible subset, so core stays free of the logging library. */
export interface GuardLogger {
  debug(obj: object, msg?: string): void;
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

/** What a guard may use when it is created (once, at load). */
export interface GuardDeps {
  logger: GuardLogger;
  /** Directory holding the project's trained model weights. */
  modelsDir: string;
  /** Key-value state shared by gateway instances (memory or Redis), e.g. pseudonym vaults. */
  sharedState: SharedState;
  /** Resolves an `env:NAME` / `file:PATH` reference from a guard's config (at load, never per request). */
  resolveSecret(ref: string): string;
}

export interface GuardContext {
  requestId: string;
  stage: GuardStage;
  /** Aborted when the guard's timeout elapses or the client goes away. */
  signal: AbortSignal;
  /** Per-request state shared between the input and output stages of one request. */
  requestState: Map<string, unknown>;
  tenant?: string;
  model?: string;
  /** Conversation id for multi-turn state, when the client supplies one. */
  conversationId?: string;
  /** True when the output stage runs on a window of a streamed response. */
  streaming?: boolean;
  /** True on the last window of a stream (or always, outside streaming). */
  final?: boolean;
}

/** An unconditional text change made by a transform guard (e.g. restoring pseudonyms). */
export interface Edit {
  path: SegmentPath;
  span: Span;
  text: string;
}

export interface GuardResult {
  findings: Finding[];
  edits?: Edit[];
}

export type GuardCheck = (
  segments: readonly Segment[],
  ctx: GuardContext,
) => GuardResult | Promise<GuardResult>;

export interface GuardDefinition<C> {
  /** Registry name used in config: 'input-limit', 'denylist'. */
  id: string;
  description: string;
  stages: readonly GuardStage[];
  kind: GuardKind;
  /** One source of truth for the guard's config: types, validation, docs. */
  configSchema: ZodType<C>;
  create(config: C, deps: GuardDeps): GuardCheck;
}

/** Identity helper that keeps `C` inferred from the schema. */
export function defineGuard<C>(definition: GuardDefinition<C>): GuardDefinition<C> {
  return definition;
}

export const NO_FINDINGS: GuardResult = Object.freeze({ findings: [] }) as GuardResult;
