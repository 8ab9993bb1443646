// Options and arguments several commands declare the same way, written once so
// that their names, help texts and defaults cannot drift apart. Each is a
// factory (a commander Option belongs to one command) and is added in place,
// so every command's --help keeps its own order.
import { Argument, Option } from 'commander';
import { DEFAULT_CONSTITUTION } from './context.js';

/** The 2022 referendum pair, compared when `report` or `tui` is given no versions. */
export const HEADLINE_PAIR = ['before-referendum', 'after-referendum'] as const;

export const langOption = () => new Option('--lang <lang>', 'rus or kaz').default('rus');

export const exactOption = () => new Option('--exact', 'also report whitespace and look-alike letter differences');

export const constitutionOption = () => new Option('--constitution <id>', 'constitution id').default(DEFAULT_CONSTITUTION);

export const formatOption = (choices: readonly string[]) =>
  new Option('--format <format>', 'output format').choices(choices).default('text');

/** `[from]` and `[to]` of `report` and `tui`: the headline pair unless named. */
export const fromArgument = () => new Argument('[from]', 'older version').default(HEADLINE_PAIR[0]);
export const toArgument = () => new Argument('[to]', 'newer version').default(HEADLINE_PAIR[1]);

/** `--output -` means standard output, as is usual for command-line tools. */
export const STDOUT = '-';

export const outputOption = () => new Option('--output <file>', 'write to a file (atomically) instead of stdout; - for stdout')
  .argParser((value: string) => (value === STDOUT ? undefined : value));
