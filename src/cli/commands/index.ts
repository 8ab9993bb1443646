// Every command of the CLI, each defined in its own file and loaded only when
// it runs: a run of `diff` does not load the importer, the terminal UI or the
// history code. Help and unknown commands load them all.
import type { Command } from 'commander';

type Define = (program: Command) => void;

const COMMANDS: Record<string, () => Promise<Define>> = {
  import: async () => (await import('./import.js')).importCommand,
  versions: async () => (await import('./versions.js')).versionsCommand,
  show: async () => (await import('./show.js')).showCommand,
  diff: async () => (await import('./diff.js')).diffCommand,
  report: async () => (await import('./report.js')).reportCommand,
  tui: async () => (await import('./tui.js')).tuiCommand,
  at: async () => (await import('./at.js')).atCommand,
  history: async () => (await import('./history.js')).historyCommand,
  blame: async () => (await import('./blame.js')).blameCommand,
  attribution: async () => (await import('./attribution.js')).attributionCommand,
};

/** Global options that take a value, so their value is not mistaken for a command name. */
const GLOBAL_WITH_VALUE = new Set(['--store']);

/** The command named in `argv`, if it is one of ours. */
function commandIn(argv: string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (GLOBAL_WITH_VALUE.has(arg)) i++;
    else if (!arg.startsWith('-')) return Object.hasOwn(COMMANDS, arg) ? arg : undefined;
  }
  return undefined;
}

export async function registerCommands(program: Command, argv: string[]): Promise<void> {
  const name = commandIn(argv);
  const names = name ? [name] : Object.keys(COMMANDS);
  for (const define of await Promise.all(names.map((n) => COMMANDS[n]!()))) define(program);
}
