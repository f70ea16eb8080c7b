#!/usr/bin/env node
import { CommanderError } from 'commander';
import { buildProgram } from './program.js';

/** The only place that sets an exit code. */
try {
  await buildProgram().parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    process.exitCode = error.exitCode;
  } else {
    process.stderr.write(`palisade: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}
