import type { GuardDefinition } from '../core/index.js';
import { denylistGuard } from './denylist/index.js';
import { inputLimitGuard } from './input-limit/index.js';

/**
 * Every guard the gateway can load, by id. Adding a guard = one folder under src/guards
 * (index.ts + test) and one line here.
 */
/** Each definition validates its own config at load, so the registry holds them config-erased. */
type AnyGuardDefinition = GuardDefinition<unknown>;

export const GUARD_REGISTRY: ReadonlyMap<string, AnyGuardDefinition> = new Map<string, AnyGuardDefinition>(
  [inputLimitGuard, denylistGuard].map((definition) => [definition.id, definition]),
);
