import type { Command } from 'commander';
import { Option } from 'commander';
import type { ReportFormat, VersionDiff } from '../../types.js';
import { UsageError } from '../../errors.js';
import { checkArticleNumber } from '../../store/names.js';
import { renderJson } from '../../report/json.js';
import { renderMarkdown } from '../../report/markdown.js';
import { renderText, shouldColor } from '../../report/text.js';
import { renderPatch } from '../../report/patch.js';
import { storeOf, langOf, DEFAULT_CONSTITUTION } from '../context.js';
import { compareVersions, type CompareRequest } from '../compare.js';
import type { Store } from '../../store/index.js';
import { emit } from '../output.js';

export interface DiffCommandOptions {
  article?: string[];
  changedOnly?: boolean;
  lang: string;
  format: ReportFormat;
  output?: string;
  exact?: boolean;
  asAdopted?: boolean;
  parallel?: string;
  constitution: string;
}

export const FORMATS: readonly ReportFormat[] = ['text', 'md', 'json', 'patch', 'html'];

/** Renders a comparison in the asked format; text is colored only for a terminal. */
export async function renderAsync(diff: VersionDiff, format: ReportFormat, toFile: boolean,
  html: { parallel?: VersionDiff } = {}): Promise<string> {
  if (format !== 'html') return render(diff, format, toFile);
  // The HTML renderer (hast) is loaded only when asked for.
  const { renderHtml } = await import('../../report/html/index.js');
  return renderHtml(diff, html.parallel ? { parallel: html.parallel } : {});
}

/** `--parallel <lang>`: the same comparison in a second language, for the HTML report. */
export function parallelDiff(store: Store, req: CompareRequest, parallel: string | undefined, format: ReportFormat): VersionDiff | undefined {
  if (parallel === undefined) return undefined;
  const lang = langOf(parallel);
  if (format !== 'html') throw new UsageError('--parallel works with --format html');
  if (lang === req.lang) throw new UsageError(`--parallel ${lang} is the report's own language; name the other one`);
  return compareVersions(store, { ...req, lang });
}

/** Renders every format but html synchronously. */
export function render(diff: VersionDiff, format: Exclude<ReportFormat, 'html'> | ReportFormat, toFile: boolean): string {
  switch (format) {
    case 'json': return renderJson(diff);
    case 'md': return renderMarkdown(diff);
    case 'patch': return renderPatch(diff);
    case 'html': throw new Error('html is rendered by renderAsync');
    case 'text': {
      const color = !toFile && shouldColor(process.stdout, process.env);
      return renderText(diff, { color, width: !toFile && process.stdout.isTTY ? process.stdout.columns : undefined });
    }
  }
}

/**
 * Keeps only the asked articles (by new or old number) and, with changedOnly,
 * only changed ones. The summary still describes the whole comparison.
 */
export function selectArticles(diff: VersionDiff, numbers: string[] | undefined, changedOnly: boolean | undefined): VersionDiff {
  let articles = diff.articles;
  if (numbers?.length) {
    const wanted = numbers.map(checkArticleNumber);
    for (const n of wanted) {
      if (!articles.some((a) => a.number === n || a.previousNumber === n)) {
        throw new UsageError(`article ${n} is in neither ${diff.from.id} nor ${diff.to.id}`);
      }
    }
    articles = articles.filter((a) => wanted.includes(a.number) || (a.previousNumber !== undefined && wanted.includes(a.previousNumber)));
  }
  if (changedOnly) articles = articles.filter((a) => a.status !== 'unchanged');
  return { ...diff, articles };
}

export function diffCommand(program: Command): void {
  program
    .command('diff')
    .description('compare two versions article by article, word by word')
    .argument('<from>', 'older version id or alias (e.g. 2019-03-23, before-referendum)')
    .argument('<to>', 'newer version id or alias (e.g. 2022-06-08, after-referendum)')
    .option('--article <number...>', 'only these articles (new or old numbers)')
    .option('--changed-only', 'leave out unchanged articles')
    .option('--lang <lang>', 'rus or kaz', 'rus')
    .addOption(new Option('--format <format>', 'output format').choices(FORMATS as string[]).default('text'))
    .option('--output <file>', 'write to a file (atomically) instead of stdout')
    .option('--exact', 'also report whitespace and look-alike letter differences')
    .option('--as-adopted', 'apply the newer version\'s pending wording (dated or conditional): everything its act changed')
    .option('--parallel <lang>', 'html: show each changed article in this second language too, side by side (e.g. kaz)')
    .option('--constitution <id>', 'constitution id', DEFAULT_CONSTITUTION)
    .action(async function (this: Command, from: string, to: string, options: DiffCommandOptions) {
      const store = storeOf(this);
      const req: CompareRequest = { constitution: options.constitution, from, to, lang: langOf(options.lang), exact: options.exact, asAdopted: options.asAdopted };
      const diff = compareVersions(store, req);
      const parallel = parallelDiff(store, req, options.parallel, options.format);
      emit(await renderAsync(selectArticles(diff, options.article, options.changedOnly), options.format, Boolean(options.output),
        parallel ? { parallel } : {}), options.output);
    });
}
