#!/usr/bin/env node
// constdiff's entry point: builds the command line and turns every error a
// user can act on into one line on stderr and an exit code (2 usage, 1 data).
import { CommanderError } from 'commander';
import { isUserFacingError } from '../errors.js';
import { NotFoundError, PendingTargetError, ReversedPairError } from '../timeline/index.js';
import { registerCommands } from './commands/index.js';
import { createProgram } from './program.js';
import { oneLine } from '../report/format.js';
import { uiFromEnv, type UiLang, useUi } from '../report/messages.js';

export async function main(argv: string[]): Promise<number> {
  const program = createProgram();
  // `constdiff` alone opens the terminal UI on the referendum pair.
  const args = argv.length ? argv : ['tui'];
  try {
    await registerCommands(program, args);
    // Every command renders in the language chosen (JSON output is not translated).
    program.hook('preAction', (_program, command) => {
      useUi((command.optsWithGlobals().ui as UiLang | undefined) ?? uiFromEnv(process.env));
    });
    await program.parseAsync(args, { from: 'user' });
    return Number(process.exitCode ?? 0);
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? 0 : 2;
    }
    const code = exitCodeOf(error);
    if (code !== undefined) {
      process.stderr.write(`constdiff: ${errorLine(error)}\n`);
      return code;
    }
    process.stderr.write(`constdiff: internal error: ${errorLine(error)} (please report it)\n`);
    if (process.env.CONSTDIFF_DEBUG) console.error(error);
    return 70;
  }
}

/** The exit code of an error a user can act on (2: the request is wrong, 1: the data is); undefined for a bug. */
function exitCodeOf(error: unknown): number | undefined {
  if (isUserFacingError(error)) return error.exitCode;
  if (error instanceof NotFoundError || error instanceof ReversedPairError) return 2;
  if (error instanceof PendingTargetError) return 1;
  return undefined;
}

/** The first line of an error's message; values it echoes (names, paths) may hold control sequences: dropped. */
function errorLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return oneLine(message.split('\n')[0]);
}

// `constdiff diff … | head` closes the pipe early: stop quietly, as other tools do.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  process.stderr.write(`constdiff: cannot write output: ${error.code ?? error.message}\n`);
  process.exit(1);
});

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
