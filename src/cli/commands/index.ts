import type { Command } from 'commander';
import { registerAudit } from './audit.js';
import { registerDetect } from './detect.js';
import { registerEval } from './eval.js';
import { registerEvalPii } from './eval-pii.js';
import { registerKeys } from './keys.js';
import { registerMigrate } from './migrate.js';
import { registerRedact } from './redact.js';
import { registerServe } from './serve.js';
import { registerTenants } from './tenants.js';

/** Each command module exports one `register(program)`; adding a command = one line here. */
export const COMMANDS: readonly ((program: Command) => void)[] = [
  registerServe,
  registerMigrate,
  registerKeys,
  registerTenants,
  registerAudit,
  registerDetect,
  registerEval,
  registerEvalPii,
  registerRedact,
];
