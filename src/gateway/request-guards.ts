import {
  type Action,
  type CompiledGuard,
  type CompiledPolicy,
  type DecidedFinding,
  type GuardStage,
  isUntrusted,
  runStage,
  type Segment,
  type StageContext,
  strongerAction,
} from '../core/index.js';

/** Accumulates the decisions and findings of every stage of one request (for headers and audit). */
export class RequestGuards {
  action: Action = 'allow';
  readonly findings: DecidedFinding[] = [];

  constructor(
    private readonly guards: readonly CompiledGuard[],
    private readonly policy: CompiledPolicy,
    readonly context: StageContext,
  ) {}

  /** Runs one stage and records its outcome; returns the stage's action and edited segments. */
  async run(
    stage: GuardStage,
    segments: readonly Segment[],
    window?: { streaming: boolean; final: boolean },
  ): Promise<{ action: Action; segments: Segment[]; changed: boolean }> {
    if (segments.length === 0 && stage !== 'input') return { action: 'allow', segments: [], changed: false };
    const context = window ? { ...this.context, ...window } : this.context;
    const result = await runStage(this.guards, stage, segments, context, this.policy);
    this.action = strongerAction(this.action, result.action);
    for (const finding of result.findings) if (finding.action !== 'allow') this.findings.push(finding);
    return result;
  }

  /** Input stage on every segment, then the tool stage on tool results and documents. */
  async runRequest(
    segments: readonly Segment[],
  ): Promise<{ blocked: boolean; segments: Segment[]; changed: boolean }> {
    const input = await this.run('input', segments);
    if (input.action === 'block') return { blocked: true, segments: input.segments, changed: input.changed };
    const untrusted = input.segments.filter(isUntrusted);
    if (untrusted.length === 0) return { blocked: false, segments: input.segments, changed: input.changed };
    const tool = await this.run('tool', untrusted);
    if (tool.action === 'block') return { blocked: true, segments: input.segments, changed: input.changed };
    if (!tool.changed) return { blocked: false, segments: input.segments, changed: input.changed };
    const edited = new Map(tool.segments.map((s) => [s.path.join('.'), s]));
    return {
      blocked: false,
      segments: input.segments.map((s) => edited.get(s.path.join('.')) ?? s),
      changed: true,
    };
  }

  /** Output (and tool-call) stage on a complete response. */
  async runResponse(
    segments: readonly Segment[],
  ): Promise<{ blocked: boolean; segments: Segment[]; changed: boolean }> {
    const text = segments.filter((s) => s.role !== 'tool');
    const calls = segments.filter((s) => s.role === 'tool');
    const output = await this.run('output', text);
    if (output.action === 'block') return { blocked: true, segments: [], changed: false };
    const tool = await this.run('tool', calls);
    if (tool.action === 'block') return { blocked: true, segments: [], changed: false };
    return {
      blocked: false,
      segments: [...output.segments, ...tool.segments],
      changed: output.changed || tool.changed,
    };
  }

  /** Finding details for clients, per the policy's `exposeFindings`. */
  exposed(): { code: string; message?: string }[] | undefined {
    const mode = this.policy.config.exposeFindings;
    if (mode === 'none') return undefined;
    return this.findings.map((f) =>
      mode === 'full' ? { code: f.code, message: f.message } : { code: f.code },
    );
  }
}
