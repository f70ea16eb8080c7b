import { Command } from 'commander';
import { COMMANDS } from './commands/index.js';

export function buildProgram(): Command {
  const program = new Command('palisade')
    .description('Palisade: security layer for generative AI (gateway, toolkit, console).')
    .version('0.1.0')
    .exitOverride()
    .showHelpAfterError();
  for (const register of COMMANDS) register(program);
  return program;
}
