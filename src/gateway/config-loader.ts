import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { configSchema, type PalisadeConfig } from '../core/index.js';
import { resolveSecretRef } from '../identity/secret-ref.js';

export class ConfigError extends Error {
  constructor(
    message: string,
    readonly issues: string[] = [],
  ) {
    super(issues.length > 0 ? `${message}\n${issues.map((i) => `  - ${i}`).join('\n')}` : message);
    this.name = 'ConfigError';
  }
}

/** `guards[1].config.maxTokens: expected number, received string` */
export function formatIssues(
  issues: readonly z.core.$ZodIssue[],
  prefix: (string | number)[] = [],
): string[] {
  return issues.map((issue) => {
    const path = [...prefix, ...issue.path].reduce<string>(
      (acc, key) =>
        typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key),
      '',
    );
    return `${path || '(root)'}: ${issue.message}`;
  });
}

export function parseConfig(input: unknown, source = 'config'): PalisadeConfig {
  const result = configSchema.safeParse(input ?? {});
  if (!result.success) throw new ConfigError(`${source} is invalid:`, formatIssues(result.error.issues));
  return result.data;
}

/** Reads a YAML or JSON config file (by extension; YAML is a superset, so others parse as YAML). */
export function loadConfigFile(path: string): PalisadeConfig {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new ConfigError(`cannot read config file ${path}: ${(error as Error).message}`);
  }
  let raw: unknown;
  try {
    raw = extname(path) === '.json' ? JSON.parse(text) : parseYaml(text, { maxAliasCount: 100 });
  } catch (error) {
    throw new ConfigError(
      `config file ${path} is not valid ${extname(path) === '.json' ? 'JSON' : 'YAML'}: ${(error as Error).message}`,
    );
  }
  return parseConfig(raw, `config file ${path}`);
}

/** Resolves an `env:NAME` / `file:PATH` secret reference; a missing secret is a startup error. */
export function resolveSecret(ref: string): string {
  try {
    return resolveSecretRef(ref);
  } catch (error) {
    throw new ConfigError(
      `secret ${ref.startsWith('env:') || ref.startsWith('file:') ? ref : 'reference'}: ${(error as Error).message}`,
    );
  }
}
