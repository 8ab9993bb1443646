// The root command, without its subcommands: the name, the global options and
// how commander reports errors. registerCommands adds the commands a run needs
// (and `--version`); `completion` adds them all to describe the whole command line.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command, Option } from 'commander';
import { packageRoot } from '../package-root.js';
import { stripControls } from '../report/format.js';
import { UI_LANGS } from '../report/messages.js';

/** The version in package.json, as installed. */
export function packageVersion(): string {
  return (JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version;
}

export function createProgram(): Command {
  return new Command('constdiff')
    .description('Versioned constitution texts and exact, article-by-article change reports')
    .option('--store <dir>', 'the constitution store to read (default: the bundled one)')
    .addOption(new Option('--ui <language>', 'language of the reports\' and the terminal UI\'s wording (default: from LC_ALL / LC_MESSAGES / LANG, else en)')
      .choices(UI_LANGS))
    .exitOverride()
    .configureOutput({ writeErr: (text) => process.stderr.write(stripControls(text.startsWith('error:') ? `constdiff: ${text.slice(7)}` : text)) });
}
