import { readFileSync } from 'node:fs';

/** Resolves `env:NAME` / `file:PATH` (trimmed). Throws naming the reference, never the value. */
export function resolveSecretRef(ref: string, env: NodeJS.ProcessEnv = process.env): string {
  const match = /^(env|file):(\S+)$/.exec(ref);
  if (!match) throw new Error(`not a secret reference (env:NAME or file:PATH): ${ref.slice(0, 5)}…`);
  const [, kind, target] = match as unknown as [string, 'env' | 'file', string];
  const value = kind === 'env' ? env[target] : readFileSync(target, 'utf8');
  const trimmed = value?.trim();
  if (!trimmed) throw new Error(`secret reference ${kind}:${target} is empty or unset`);
  return trimmed;
}

/** A value that may be given literally or as a secret reference (database and Redis URLs). */
export function resolveMaybeRef(
  value: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
): string | undefined {
  if (value === undefined) return undefined;
  return /^(env|file):\S+$/.test(value) ? resolveSecretRef(value, env) : value;
}
