import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { UsageError } from '../../errors.js';
import { storeOf, langOf } from '../context.js';
import { constitutionOption, exactOption, fromArgument, langOption, STDOUT, toArgument } from '../options.js';
import { compareVersions, parallelDiff } from '../compare.js';
import { emitChunks } from '../output.js';
import { renderReportChunks } from '../render.js';

interface ReportOptions {
  output?: string;
  force?: boolean;
  lang: string;
  exact?: boolean;
  parallel?: string;
  constitution: string;
}

export function reportCommand(program: Command): void {
  program
    .command('report')
    .description('write the self-contained HTML change report (the referendum pair unless two versions are named)')
    .addArgument(fromArgument())
    .addArgument(toArgument())
    .option('--output <file>', 'where to write it (default: constdiff-<from>-<to>.html; - for stdout)')
    .option('--force', 'replace the default output file if it exists')
    .addOption(langOption())
    .addOption(exactOption())
    .option('--parallel <lang>', 'show each changed article in this second language too, side by side (e.g. kaz)')
    .addOption(constitutionOption())
    .action(async function (this: Command, from: string, to: string, options: ReportOptions) {
      const store = storeOf(this);
      const lang = langOf(options.lang);
      const req = { constitution: options.constitution, from, to, lang, exact: options.exact };
      const diff = compareVersions(store, req);
      const parallel = parallelDiff(store, req, options.parallel, 'html');
      const file = options.output ?? `constdiff-${diff.from.id}-${diff.to.id}${lang === 'rus' ? '' : `-${lang}`}.html`;
      // An explicitly named file is the user's choice; the default name never replaces a file unasked.
      if (!options.output && !options.force && existsSync(file)) {
        throw new UsageError(`${file} already exists; use --force to replace it or --output to name another file`);
      }
      if (options.output === STDOUT) {
        await emitChunks(await renderReportChunks(diff, 'html', { toFile: true, parallel }));
        return;
      }
      await emitChunks(await renderReportChunks(diff, 'html', { toFile: true, parallel }), file);
      process.stdout.write(`wrote ${file}: ${diff.summary.changed} of ${diff.summary.total} articles changed\n`);
    });
}
