import { type CompiledGuard, GUARD_STAGES, type GuardDeps, type GuardEntryConfig } from '../core/index.js';
import { GUARD_REGISTRY } from '../guards/registry.js';
import { ConfigError, formatIssues } from './config-loader.js';

/** Builds every configured guard once, at load; config errors name the offending entry. */
export function compileGuards(entries: readonly GuardEntryConfig[], deps: GuardDeps): CompiledGuard[] {
  const names = new Set<string>();
  return entries.map((entry, index) => {
    const where = `guards[${index}]`;
    const definition = GUARD_REGISTRY.get(entry.use);
    if (!definition) {
      throw new ConfigError(
        `${where}.use: unknown guard ${JSON.stringify(entry.use)}; known guards: ${[...GUARD_REGISTRY.keys()].join(', ')}`,
      );
    }
    const name = entry.name ?? entry.use;
    if (names.has(name))
      throw new ConfigError(
        `${where}.name: two guards are named ${JSON.stringify(name)}; give one a distinct name`,
      );
    names.add(name);
    const stages = entry.stages ?? definition.stages;
    for (const stage of stages) {
      if (!definition.stages.includes(stage))
        throw new ConfigError(`${where}.stages: guard ${entry.use} does not run at the ${stage} stage`);
    }
    const parsed = definition.configSchema.safeParse(entry.config ?? {});
    if (!parsed.success)
      throw new ConfigError(
        `${where}.config is invalid:`,
        formatIssues(parsed.error.issues, [where, 'config']),
      );
    let check: CompiledGuard['check'];
    try {
      check = definition.create(parsed.data, deps);
    } catch (error) {
      throw new ConfigError(`${where} (${entry.use}) could not be built: ${(error as Error).message}`);
    }
    return {
      name,
      kind: definition.kind,
      stages: new Set(stages.filter((s) => GUARD_STAGES.includes(s))),
      timeoutMs: entry.timeoutMs,
      check,
    };
  });
}
