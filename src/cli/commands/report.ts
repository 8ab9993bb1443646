import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { UsageError } from '../../errors.js';
import { storeOf, langOf } from '../context.js';
import { constitutionOption, exactOption, fromArgument, langOption, STDOUT, toArgument } from '../options.js';
import { selectArticles } from '../../timeline/index.js';
import { compareVersions, parallelDiff } from '../compare.js';
import { emitBinary, emitChunks } from '../output.js';
import { renderDocx, renderReportChunks } from '../render.js';
import { messages } from '../../report/messages.js';

interface ReportOptions {
  output?: string;
  force?: boolean;
  docx?: boolean;
  changedOnly?: boolean;
  lang: string;
  exact?: boolean;
  parallel?: string;
  constitution: string;
}

export function reportCommand(program: Command): void {
  program
    .command('report')
    .description('write the self-contained HTML change report, or a Word file with tracked changes (the referendum pair unless two versions are named)')
    .addArgument(fromArgument())
    .addArgument(toArgument())
    .option('--docx', 'write a Word (.docx) file in which every change is a tracked revision, instead of HTML')
    .option('--output <file>', 'where to write it (default: constdiff-<from>-<to>.html, or .docx; - for stdout)')
    .option('--force', 'replace the default output file if it exists')
    .option('--changed-only', 'leave out unchanged articles')
    .addOption(langOption())
    .addOption(exactOption())
    .option('--parallel <lang>', 'show each changed article in this second language too, side by side (e.g. kaz)')
    .addOption(constitutionOption())
    .action(async function (this: Command, from: string, to: string, options: ReportOptions) {
      const store = storeOf(this);
      const lang = langOf(options.lang);
      const req = { constitution: options.constitution, from, to, lang, exact: options.exact };
      const format = options.docx ? 'docx' : 'html';
      const compared = compareVersions(store, req);
      const parallel = parallelDiff(store, req, options.parallel, format);
      const diff = options.changedOnly ? selectArticles(compared, undefined, true) : compared;
      const file = options.output ?? `constdiff-${diff.from.id}-${diff.to.id}${lang === 'rus' ? '' : `-${lang}`}.${format}`;
      // An explicitly named file is the user's choice; the default name never replaces a file unasked.
      if (!options.output && !options.force && existsSync(file)) {
        throw new UsageError(`${file} already exists; use --force to replace it or --output to name another file`);
      }
      const target = options.output === STDOUT ? undefined : file;
      if (format === 'docx') await emitBinary(await renderDocx(diff), target, '--docx');
      else await emitChunks(await renderReportChunks(diff, 'html', { toFile: true, parallel }), target);
      if (target === undefined) return;
      process.stdout.write(`${messages['report.wrote'](file, messages['summary.changed'](diff.summary.changed, diff.summary.total))}\n`);
    });
}
