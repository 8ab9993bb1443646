// Every command of the CLI, each defined in its own file and loaded only when
// it runs: a run of `diff` does not load the importer, the terminal UI or the
// history code. Help and unknown commands load them all.
import type { Command } from 'commander';
import { UsageError } from '../../errors.js';
import { formatOption } from '../options.js';
import { packageVersion } from '../program.js';

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
  'check-languages': async () => (await import('./check-languages.js')).checkLanguagesCommand,
  completion: async () => (await import('./completion.js')).completionCommand,
  site: async () => (await import('./site.js')).siteCommand,
};

/** One example per command, shown at the end of its --help. */
const EXAMPLES: Record<string, string[]> = {
  import: ['constdiff import ../exports/2022-06-08 --version 2022-06-08 --label "after the 2022 referendum" --alias after-referendum'],
  versions: ['constdiff versions', 'constdiff versions --format json'],
  show: ['constdiff show after-referendum 15', 'constdiff show 2019-03-23 44 --lang kaz --format json'],
  diff: ['constdiff diff before-referendum after-referendum --article 15 44',
    'constdiff diff 2019-03-23 2022-06-08 --format md --output referendum.md'],
  report: ['constdiff report before-referendum after-referendum --parallel kaz --output referendum.html'],
  tui: ['constdiff tui 2023-01-01 new-constitution --article 46'],
  at: ['constdiff at 2023-01-01 78'],
  history: ['constdiff history 7', 'constdiff history 9 --in new-constitution --format html --output art9.html'],
  blame: ['constdiff blame after-referendum 44'],
  attribution: ['constdiff attribution before-referendum after-referendum'],
  completion: ['source <(constdiff completion bash)'],
  'check-languages': ['constdiff check-languages', 'constdiff check-languages before-referendum after-referendum --json'],
  site: ['constdiff site --output constitution-site'],
};

/** The command named in `argv`, if it is one of ours; the value of a global option (`--store DIR`) is not one. */
function commandIn(program: Command, argv: string[]): string | undefined {
  const withValue = new Set(program.options.filter((o) => o.required).flatMap((o) => [o.long, o.short]));
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (withValue.has(arg)) i++;
    else if (!arg.startsWith('-')) return Object.hasOwn(COMMANDS, arg) ? arg : undefined;
  }
  return undefined;
}

export async function registerCommands(program: Command, argv: string[]): Promise<void> {
  const name = commandIn(program, argv);
  const names = name ? [name] : Object.keys(COMMANDS);
  // commander would read `--version` anywhere on the line, also as import's own
  // `--version <date>`: it is the program's only when no command is named.
  if (!name) program.version(packageVersion(), '-V, --version', 'print the version of constdiff');
  // Each command's help lists the global options (--store) too.
  program.configureHelp({ showGlobalOptions: true });
  for (const define of await Promise.all(names.map((n) => COMMANDS[n]()))) define(program);
  program.addHelpText('after', '\nExample:\n  $ constdiff diff before-referendum after-referendum --changed-only\n');
  for (const command of program.commands) {
    acceptJsonBothWays(command);
    const examples = EXAMPLES[command.name()];
    if (examples) command.addHelpText('after', `\nExample${examples.length > 1 ? 's' : ''}:\n${examples.map((e) => `  $ ${e}`).join('\n')}\n`);
  }
}

/**
 * `--json` and `--format json` mean the same in every command that prints JSON:
 * a command declaring one gets the other, and after parsing both are set alike
 * (`--json` with another `--format` is refused).
 */
function acceptJsonBothWays(command: Command): void {
  const has = (flag: string) => command.options.some((o) => o.long === flag);
  const format = command.options.find((o) => o.long === '--format');
  if (format && !format.argChoices?.includes('json')) return;
  if (!has('--json') && !has('--format')) return;
  if (!has('--json')) command.option('--json', 'same as --format json');
  if (!has('--format')) command.addOption(formatOption(['text', 'json']));
  command.hook('preAction', (cmd) => {
    const opts = cmd.opts<{ json?: boolean; format?: string }>();
    if (opts.json && cmd.getOptionValueSource('format') === 'cli' && opts.format !== 'json') {
      throw new UsageError(`--json and --format ${opts.format} ask for two formats; give one`);
    }
    if (opts.json) cmd.setOptionValue('format', 'json');
    if (opts.format === 'json') cmd.setOptionValue('json', true);
  });
}
