import type { Command } from 'commander';
import { registerServe } from './serve.js';

/** Each command module exports one `register(program)`; adding a command = one line here. */
export const COMMANDS: readonly ((program: Command) => void)[] = [registerServe];
