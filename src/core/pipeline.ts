import { applyEdits } from './edits.js';
import type { Finding } from './finding.js';
import type { Edit, GuardCheck, GuardContext, GuardKind, GuardResult, GuardStage } from './guard.js';
import {
  type Action,
  type CompiledPolicy,
  GUARD_ERROR_CODE,
  GUARD_TIMEOUT_CODE,
  strongerAction,
} from './policy.js';
import type { Segment } from './segment.js';

/** A configured guard instance, built once at load. */
export interface CompiledGuard {
  /** Instance name (defaults to the guard id); the `source` of its error findings. */
  name: string;
  kind: GuardKind;
  stages: ReadonlySet<GuardStage>;
  timeoutMs: number;
  check: GuardCheck;
}

export interface DecidedFinding extends Finding {
  action: Action;
}

export interface StageResult {
  action: Action;
  findings: DecidedFinding[];
  /** Segments after redactions and transform edits (same array identity order as the input). */
  segments: Segment[];
  changed: boolean;
}

export type StageContext = Omit<GuardContext, 'signal' | 'stage'> & { signal?: AbortSignal };

/**
 * Runs one stage: detect guards concurrently on the original text, then transform guards in order,
 * each on the text as edited so far. A guard that throws or exceeds its timeout becomes a
 * `guard.error` / `guard.timeout` finding whose action is the policy's `onError`.
 */
export async function runStage(
  guards: readonly CompiledGuard[],
  stage: GuardStage,
  segments: readonly Segment[],
  context: StageContext,
  policy: CompiledPolicy,
): Promise<StageResult> {
  const active = guards.filter((g) => g.stages.has(stage));
  let current: Segment[] = segments.slice();
  const decided: DecidedFinding[] = [];
  let action = 'allow' as Action;
  let changed = false;

  const absorb = (results: readonly GuardResult[]): Edit[] => {
    const edits: Edit[] = [];
    for (const result of results) {
      for (const finding of result.findings) {
        const findingAction = policy.actionFor(finding);
        decided.push({ ...finding, action: findingAction });
        action = strongerAction(action, findingAction);
        if (findingAction === 'redact' && finding.span) {
          edits.push({
            path: finding.path,
            span: finding.span,
            text: finding.replacement ?? `[REDACTED:${finding.code}]`,
          });
        }
      }
      if (result.edits) edits.push(...result.edits);
    }
    return edits;
  };

  const detectors = active.filter((g) => g.kind === 'detect');
  if (detectors.length > 0) {
    const results = await Promise.all(detectors.map((g) => invoke(g, current, stage, context)));
    const edits = absorb(results);
    if (action === 'block') return { action, findings: decided, segments: current, changed };
    if (edits.length > 0) {
      current = applyEdits(current, edits);
      changed = true;
    }
  }

  for (const transformer of active) {
    if (transformer.kind !== 'transform') continue;
    const edits = absorb([await invoke(transformer, current, stage, context)]);
    if (action === 'block') break;
    if (edits.length > 0) {
      current = applyEdits(current, edits);
      changed = true;
    }
  }
  return { action, findings: decided, segments: current, changed };
}

/**
 * The context one guard sees. Its abort signal is created only if the guard reads it: most guards
 * are synchronous and never do, and an AbortController per guard per request is measurable on the
 * hot path. A class (fixed shape, getter on the prototype) keeps construction cheap.
 */
class InvocationContext implements GuardContext {
  readonly requestId: string;
  readonly stage: GuardStage;
  readonly requestState: Map<string, unknown>;
  readonly tenant: string | undefined;
  readonly model: string | undefined;
  readonly conversationId: string | undefined;
  readonly streaming: boolean | undefined;
  readonly final: boolean | undefined;
  readonly #outer: AbortSignal | undefined;
  #controller: AbortController | undefined;
  #unlink: (() => void) | undefined;

  constructor(context: StageContext, stage: GuardStage) {
    this.requestId = context.requestId;
    this.stage = stage;
    this.requestState = context.requestState;
    this.tenant = context.tenant;
    this.model = context.model;
    this.conversationId = context.conversationId;
    this.streaming = context.streaming;
    this.final = context.final;
    this.#outer = context.signal;
  }

  get signal(): AbortSignal {
    if (!this.#controller) {
      const controller = new AbortController();
      this.#controller = controller;
      const outer = this.#outer;
      if (outer) {
        if (outer.aborted) controller.abort(outer.reason);
        const onAbort = () => controller.abort(outer.reason);
        outer.addEventListener('abort', onAbort, { once: true });
        this.#unlink = () => outer.removeEventListener('abort', onAbort);
      }
    }
    return this.#controller.signal;
  }

  abort(reason: Error): void {
    this.#controller?.abort(reason);
  }

  release(): void {
    this.#unlink?.();
  }
}

function invoke(
  guard: CompiledGuard,
  segments: readonly Segment[],
  stage: GuardStage,
  context: StageContext,
): GuardResult | Promise<GuardResult> {
  const ctx = new InvocationContext(context, stage);
  let pending: GuardResult | Promise<GuardResult>;
  try {
    pending = guard.check(segments, ctx);
  } catch (error) {
    ctx.release();
    return errorResult(guard, GUARD_ERROR_CODE, error);
  }
  if (!(pending instanceof Promise)) {
    ctx.release();
    return pending;
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<GuardResult>((resolve) => {
    timer = setTimeout(() => {
      ctx.abort(new Error('guard timeout'));
      resolve(errorResult(guard, GUARD_TIMEOUT_CODE, `exceeded ${guard.timeoutMs} ms`));
    }, guard.timeoutMs);
  });
  return Promise.race([
    pending.catch((error: unknown) => errorResult(guard, GUARD_ERROR_CODE, error)),
    timeout,
  ]).finally(() => {
    clearTimeout(timer);
    ctx.release();
  });
}

function errorResult(guard: CompiledGuard, code: string, cause: unknown): GuardResult {
  const reason = cause instanceof Error ? cause.message : String(cause);
  const finding: Finding = {
    source: guard.name,
    code,
    severity: 'high',
    message: `guard ${guard.name} failed: ${reason}`,
    path: [],
  };
  return { findings: [finding] };
}
