import { fileURLToPath } from 'node:url';
import {
  type GuardContext,
  type GuardDefinition,
  type GuardDeps,
  type GuardResult,
  MemorySharedState,
  type Segment,
} from '../core/index.js';

/** The committed models directory (tests run against the shipped weights). */
export const MODELS_DIR = fileURLToPath(new URL('../../models', import.meta.url));

const silent = { debug() {}, info() {}, warn() {}, error() {} };

/** Tests resolve only `env:` references, from the test's own environment. */
function resolveTestSecret(ref: string): string {
  const value = ref.startsWith('env:') ? process.env[ref.slice(4)] : undefined;
  if (!value) throw new Error(`secret ${ref} is not set`);
  return value;
}

export function testDeps(): GuardDeps {
  return {
    logger: silent,
    modelsDir: MODELS_DIR,
    sharedState: new MemorySharedState(),
    resolveSecret: resolveTestSecret,
  };
}

export function testContext(stage: GuardContext['stage'] = 'input'): GuardContext {
  return { requestId: 'test', stage, signal: new AbortController().signal, requestState: new Map() };
}

/** Builds a guard from raw config (validated by its schema) and runs it on one text. */
export async function runGuard<C>(
  definition: GuardDefinition<C>,
  rawConfig: unknown,
  text: string,
  role: Segment['role'] = 'user',
): Promise<GuardResult> {
  const check = definition.create(definition.configSchema.parse(rawConfig), testDeps());
  return check([{ path: ['messages', 0, 'content'], role, text }], testContext());
}

export async function codesOf<C>(
  definition: GuardDefinition<C>,
  rawConfig: unknown,
  text: string,
  role: Segment['role'] = 'user',
): Promise<string[]> {
  return (await runGuard(definition, rawConfig, text, role)).findings.map((f) => f.code);
}
