import type { Command } from 'commander';
import type { Article, ReportFormat } from '../../types.js';
import { serializeArticle } from '../../store/article-file.js';
import { checkArticleNumber } from '../../store/names.js';
import { selectArticles } from '../../timeline/index.js';
import { storeOf, langOf } from '../context.js';
import { constitutionOption, exactOption, formatOption, langOption, outputOption } from '../options.js';
import { compareVersions, parallelDiff, type CompareRequest } from '../compare.js';
import { DIFF_FORMATS, renderDocx, renderReportChunks } from '../render.js';
import { emitBinary, emitChunks } from '../output.js';

export interface DiffCommandOptions {
  article?: string[];
  changedOnly?: boolean;
  lang: string;
  format: ReportFormat | 'docx';
  output?: string;
  exact?: boolean;
  asAdopted?: boolean;
  parallel?: string;
  constitution: string;
}

export function diffCommand(program: Command): void {
  program
    .command('diff')
    .description('compare two versions article by article, word by word')
    .argument('<from>', 'older version id or alias (e.g. 2019-03-23, before-referendum)')
    .argument('<to>', 'newer version id or alias (e.g. 2022-06-08, after-referendum)')
    .option('--article <number...>', 'only these articles (new or old numbers)')
    .option('--changed-only', 'leave out unchanged articles (from json, html and docx, and the ones asked for with --article from text and md)')
    .addOption(langOption())
    .addOption(formatOption(DIFF_FORMATS))
    .addOption(outputOption())
    .addOption(exactOption())
    .option('--as-adopted', 'apply the newer version\'s pending wording (dated or conditional): everything its act changed')
    .option('--parallel <lang>', 'html: show each changed article in this second language too, side by side (e.g. kaz)')
    .addOption(constitutionOption())
    .action(async function (this: Command, from: string, to: string, options: DiffCommandOptions) {
      const store = storeOf(this);
      const req: CompareRequest = { constitution: options.constitution, from, to, lang: langOf(options.lang), exact: options.exact, asAdopted: options.asAdopted };
      const diff = compareVersions(store, req);
      const parallel = parallelDiff(store, req, options.parallel, options.format);
      const shown = selectArticles(diff, options.article?.map(checkArticleNumber), options.changedOnly);
      if (options.format === 'docx') {
        await emitBinary(await renderDocx(shown), options.output, '--format docx');
        return;
      }
      // The patch applies to the stored files of the old version; the new side is the stored file too,
      // unless --as-adopted changed the article (then as the store would write it).
      const patchFile = (a: Article, side: 'old' | 'new') => (side === 'old' || !diff.options.asAdopted
        ? store.articleSource(a.constitution, a.version, a.number, a.lang) : serializeArticle(a));
      await emitChunks(await renderReportChunks(shown, options.format, { toFile: Boolean(options.output), parallel, patchFile }), options.output);
    });
}
