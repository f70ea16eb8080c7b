import type { GuardDefinition } from '../core/index.js';
import { denylistGuard } from './denylist/index.js';
import { harmfulRequestGuard } from './harmful-request/index.js';
import { hiddenTextGuard } from './hidden-text/index.js';
import { inputLimitGuard } from './input-limit/index.js';
import { jailbreakGuard } from './jailbreak/index.js';
import { lexiconGuard } from './lexicon/index.js';
import { piiGuard } from './pii/index.js';
import { promptInjectionGuard } from './prompt-injection/index.js';
import { toxicityGuard } from './toxicity/index.js';

/**
 * Every guard the gateway can load, by id. Adding a guard = one folder under src/guards
 * (index.ts + test) and one line here.
 */
/** Each definition validates its own config at load, so the registry holds them config-erased. */
type AnyGuardDefinition = GuardDefinition<unknown>;

export const GUARD_REGISTRY: ReadonlyMap<string, AnyGuardDefinition> = new Map<string, AnyGuardDefinition>(
  [
    inputLimitGuard,
    denylistGuard,
    piiGuard,
    promptInjectionGuard,
    jailbreakGuard,
    harmfulRequestGuard,
    toxicityGuard,
    lexiconGuard,
    hiddenTextGuard,
  ].map((definition) => [definition.id, definition]),
);
