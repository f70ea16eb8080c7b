import { describe, expect, it } from 'vitest';
import { testContext, testDeps } from '../../detect/guard-test-kit.js';
import { denylistGuard } from './index.js';

const deps = testDeps();
const ctx = testContext();
const seg = (text: string) => ({ path: ['prompt'], role: 'user' as const, text });
const build = (config: unknown) => denylistGuard.create(denylistGuard.configSchema.parse(config), deps);

describe('denylist', () => {
  it('matches terms case-insensitively, in CJK text without word boundaries, with spans', async () => {
    const check = build({
      terms: [{ text: 'Project Falcon', code: 'denylist.codename' }, { text: '机密项目' }],
    });
    const result = await check([seg('about PROJECT FALCON and 这个机密项目吗')], ctx);
    expect(result.findings.map((f) => [f.code, f.span])).toEqual([
      ['denylist.codename', { start: 6, end: 20 }],
      ['denylist.term', { start: 27, end: 31 }],
    ]);
    expect(result.findings[0]!.message).not.toContain('Falcon');
    expect((await check([seg('a harmless sentence')], ctx)).findings).toEqual([]);
  });

  it('matches safe regular expressions', async () => {
    const check = build({
      patterns: [{ pattern: '\\bproj-\\d{4}\\b', code: 'denylist.project_id', severity: 'medium' }],
    });
    const result = await check([seg('see proj-1234 and proj-99')], ctx);
    expect(result.findings.map((f) => [f.code, f.severity, f.span])).toEqual([
      ['denylist.project_id', 'medium', { start: 4, end: 13 }],
    ]);
  });

  it('rejects a catastrophic-backtracking regex at load with a clear error', () => {
    expect(() => build({ patterns: [{ pattern: '(a+)+$' }] })).toThrow(/pattern #1.*unsafe.*exponential/);
    expect(() => build({ patterns: [{ pattern: '\\s*,\\s*' }] })).toThrow(/unsafe.*polynomial/);
  });

  it('rejects an invalid regex and bad flags', () => {
    expect(() => build({ patterns: [{ pattern: '(' }] })).toThrow(/invalid regular expression/);
    expect(() => denylistGuard.configSchema.parse({ patterns: [{ pattern: 'a', flags: 'g' }] })).toThrow();
  });
});
