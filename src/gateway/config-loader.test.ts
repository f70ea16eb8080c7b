import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testDeps } from '../detect/guard-test-kit.js';
import { ConfigError, loadConfigFile, parseConfig, resolveSecret } from './config-loader.js';
import { compileGuards } from './guards.js';

const dir = mkdtempSync(join(tmpdir(), 'palisade-config-'));
const write = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const deps = testDeps();

describe('config', () => {
  it('defaults: loopback listener, local Ollama upstream, default guards, fail-closed policy', () => {
    const config = parseConfig({});
    expect(config.server.host).toBe('127.0.0.1');
    expect(config.upstreams).toMatchObject([
      { name: 'ollama', url: 'http://127.0.0.1:11434', kind: 'ollama', models: ['*'] },
    ]);
    expect(config.guards.map((g) => g.use)).toEqual([
      'input-limit',
      'hidden-text',
      'prompt-injection',
      'jailbreak',
      'pii',
      'denylist',
    ]);
    expect(compileGuards(config.guards, deps)).toHaveLength(6);
    expect(config.policy.onError).toBe('block');
  });

  it('loads YAML and JSON files', () => {
    const yaml = write(
      'a.yaml',
      'server:\n  port: 9000\nupstreams:\n  - name: vllm\n    url: http://10.0.0.5:8000\n    kind: openai\n',
    );
    expect(loadConfigFile(yaml).upstreams[0]!.kind).toBe('openai');
    const json = write('a.json', JSON.stringify({ server: { port: 9001 } }));
    expect(loadConfigFile(json).server.port).toBe(9001);
  });

  it('points at the offending path', () => {
    const bad = write(
      'bad.yaml',
      'server:\n  port: "eighty"\nupstreams:\n  - name: x\n    url: ftp://nope\npolicy:\n  bySeverity:\n    high: explode\n',
    );
    expect(() => loadConfigFile(bad)).toThrow(ConfigError);
    const message = (() => {
      try {
        loadConfigFile(bad);
        return '';
      } catch (error) {
        return (error as Error).message;
      }
    })();
    expect(message).toContain('server.port');
    expect(message).toContain('upstreams[0].url');
    expect(message).toContain('policy.bySeverity.high');
  });

  it('rejects unknown keys, bad YAML and missing files clearly', () => {
    expect(() => parseConfig({ sever: {} })).toThrow(/sever/);
    expect(() => loadConfigFile(write('broken.yaml', 'server: [unclosed'))).toThrow(/not valid YAML/);
    expect(() => loadConfigFile(join(dir, 'missing.yaml'))).toThrow(/cannot read config file/);
  });

  it('accepts secrets only as env:/file: references', () => {
    expect(() =>
      parseConfig({ upstreams: [{ name: 'o', url: 'https://api.example.com', apiKey: 'sk-live-123' }] }),
    ).toThrow(/secret reference/);
    process.env.PALISADE_TEST_KEY = 'from-env';
    expect(resolveSecret('env:PALISADE_TEST_KEY')).toBe('from-env');
    expect(resolveSecret(`file:${write('key.txt', 'from-file\n')}`)).toBe('from-file');
    expect(() => resolveSecret('env:PALISADE_TEST_UNSET')).toThrow(/empty or unset/);
  });

  it('validates each guard config with the guard schema, naming the entry', () => {
    const config = parseConfig({ guards: [{ use: 'input-limit', config: { maxTokens: 'lots' } }] });
    expect(() => compileGuards(config.guards, deps)).toThrow(/guards\[0\]\.config\.maxTokens/);
    expect(() => compileGuards(parseConfig({ guards: [{ use: 'nope' }] }).guards, deps)).toThrow(
      /unknown guard "nope"/,
    );
    expect(() =>
      compileGuards(parseConfig({ guards: [{ use: 'input-limit', stages: ['output'] }] }).guards, deps),
    ).toThrow(/does not run at the output stage/);
  });
});
