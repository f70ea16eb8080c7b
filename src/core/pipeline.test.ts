import { describe, expect, it } from 'vitest';
import type { Finding } from './finding.js';
import type { GuardCheck, GuardKind, GuardResult } from './guard.js';
import { type CompiledGuard, runStage, type StageContext } from './pipeline.js';
import { compilePolicy, policySchema } from './policy.js';
import type { Segment } from './segment.js';

const context: StageContext = { requestId: 'r1', requestState: new Map() };
const segments: Segment[] = [
  { path: ['messages', 0, 'content'], role: 'system', text: 'You are helpful.' },
  { path: ['messages', 1, 'content'], role: 'user', text: 'my secret is 1234 ok' },
];

function guard(name: string, kind: GuardKind, check: GuardCheck, timeoutMs = 100): CompiledGuard {
  return { name, kind, stages: new Set(['input']), timeoutMs, check };
}

const finding = (over: Partial<Finding>): Finding => ({
  source: 'test',
  code: 'test.hit',
  severity: 'medium',
  message: 'hit',
  path: ['messages', 1, 'content'],
  ...over,
});

const policy = (over: object = {}) => compilePolicy(policySchema.parse(over));

describe('runStage', () => {
  it('runs detect guards concurrently', async () => {
    let running = 0;
    let peak = 0;
    const slow: GuardCheck = async () => {
      running++;
      peak = Math.max(peak, running);
      await new Promise((r) => setTimeout(r, 20));
      running--;
      return { findings: [] };
    };
    await runStage(
      [guard('a', 'detect', slow), guard('b', 'detect', slow), guard('c', 'detect', slow)],
      'input',
      segments,
      context,
      policy(),
    );
    expect(peak).toBe(3);
  });

  it('runs transform guards in order, each on the text edited so far', async () => {
    const seen: string[] = [];
    const upper: GuardCheck = (segs) => {
      seen.push(segs[1]!.text);
      return { findings: [], edits: [{ path: segs[1]!.path, span: { start: 0, end: 2 }, text: 'MY' }] };
    };
    const second: GuardCheck = (segs) => {
      seen.push(segs[1]!.text);
      return { findings: [] };
    };
    const result = await runStage(
      [guard('t1', 'transform', upper), guard('t2', 'transform', second)],
      'input',
      segments,
      context,
      policy(),
    );
    expect(seen).toEqual(['my secret is 1234 ok', 'MY secret is 1234 ok']);
    expect(result.segments[1]!.text).toBe('MY secret is 1234 ok');
    expect(result.changed).toBe(true);
  });

  it('applies redact to spans, with the finding replacement or a code label', async () => {
    const detect: GuardCheck = () => ({
      findings: [
        finding({ code: 'pii.number', span: { start: 13, end: 17 }, replacement: '<NUM_1>' }),
        finding({ code: 'pii.word', span: { start: 3, end: 9 } }),
      ],
    });
    const result = await runStage(
      [guard('d', 'detect', detect)],
      'input',
      segments,
      context,
      policy({ byCode: { 'pii.*': 'redact' } }),
    );
    expect(result.action).toBe('redact');
    expect(result.segments[1]!.text).toBe('my [REDACTED:pii.word] is <NUM_1> ok');
    expect(result.segments[0]!.text).toBe('You are helpful.');
  });

  it('a block stops transform guards from running', async () => {
    let transformed = false;
    const result = await runStage(
      [
        guard('d', 'detect', () => ({ findings: [finding({ severity: 'high' })] })),
        guard('t', 'transform', () => {
          transformed = true;
          return { findings: [] };
        }),
      ],
      'input',
      segments,
      context,
      policy(),
    );
    expect(result.action).toBe('block');
    expect(transformed).toBe(false);
  });

  it('fails closed when a guard times out, and the timeout aborts its signal', async () => {
    let aborted = false;
    const hang: GuardCheck = (_s, ctx) =>
      new Promise<GuardResult>((resolve) => {
        ctx.signal.addEventListener('abort', () => {
          aborted = true;
          resolve({ findings: [] });
        });
      });
    const result = await runStage([guard('slow', 'detect', hang, 20)], 'input', segments, context, policy());
    expect(result.action).toBe('block');
    expect(result.findings[0]!.code).toBe('guard.timeout');
    expect(aborted).toBe(true);
  });

  it('fails closed when a guard throws, sync or async', async () => {
    const sync = guard('sync', 'detect', () => {
      throw new Error('boom');
    });
    const asyncThrow = guard('async', 'detect', async () => {
      throw new Error('boom');
    });
    const result = await runStage([sync, asyncThrow], 'input', segments, context, policy());
    expect(result.action).toBe('block');
    expect(result.findings.map((f) => f.code)).toEqual(['guard.error', 'guard.error']);
  });

  it('onError: allow lets the request through, recording the error as a finding', async () => {
    const result = await runStage(
      [guard('bad', 'detect', () => Promise.reject(new Error('down')))],
      'input',
      segments,
      context,
      policy({ onError: 'allow' }),
    );
    expect(result.action).toBe('allow');
    expect(result.findings[0]).toMatchObject({ code: 'guard.error', action: 'allow' });
  });

  it('only runs guards registered for the stage', async () => {
    const outputOnly: CompiledGuard = {
      ...guard('o', 'detect', () => ({ findings: [finding({ severity: 'critical' })] })),
      stages: new Set(['output']),
    };
    expect((await runStage([outputOnly], 'input', segments, context, policy())).action).toBe('allow');
  });
});

describe('policy', () => {
  it('maps severities, exact codes and the most specific glob', () => {
    const p = policy({
      byCode: { 'pii.*': 'redact', 'pii.email': 'allow', '*': 'flag', 'injection.*.strong': 'block' },
    });
    expect(p.actionFor(finding({ code: 'pii.email' }))).toBe('allow');
    expect(p.actionFor(finding({ code: 'pii.phone' }))).toBe('redact');
    expect(p.actionFor(finding({ code: 'injection.x.strong' }))).toBe('block');
    expect(p.actionFor(finding({ code: 'other' }))).toBe('flag');
    expect(policy().actionFor(finding({ severity: 'info' }))).toBe('allow');
    expect(policy().actionFor(finding({ severity: 'critical' }))).toBe('block');
  });
});
