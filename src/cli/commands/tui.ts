import type { Command } from 'commander';
import { checkArticleNumber } from '../../store/names.js';
import { storeOf, langOf } from '../context.js';
import { constitutionOption, exactOption, fromArgument, langOption, toArgument } from '../options.js';
import { compareVersions, loadTimeline } from '../compare.js';
import { emit } from '../output.js';
import { articleHistory, selectArticles, type Timeline } from '../../timeline/index.js';
import { renderReport } from '../render.js';
import type { Store } from '../../store/index.js';
import { LANGS, type Lang } from '../../types.js';

interface TuiOptions {
  article?: string;
  lang: string;
  exact?: boolean;
  constitution: string;
}

/** What the TUI's `h` (history) and `l` (second language) load; the timeline is read once, on first use. */
function tuiLoaders(store: Store, constitution: string, lang: Lang, exact: boolean | undefined) {
  let timeline: Timeline | undefined;
  const other = LANGS.find((l) => l !== lang)!;
  return {
    loadHistory: (number: string, inVersion: string) =>
      articleHistory((timeline ??= loadTimeline(store, constitution, lang)), number, inVersion),
    loadParallel: (from: string, to: string) => ([from, to].every((v) => store.version(constitution, v).languages.includes(other))
      ? compareVersions(store, { constitution, from, to, lang: other, exact })
      : undefined),
  };
}

/** Opens the terminal UI; when stdout is not a terminal, prints the text report instead. */
export async function openTui(command: Command, from: string, to: string, options: TuiOptions): Promise<void> {
  const store = storeOf(command);
  const lang = langOf(options.lang);
  const load = (a: string, b: string) => compareVersions(store, { constitution: options.constitution, from: a, to: b, lang, exact: options.exact });
  const diff = load(from, to);
  const initialArticle = options.article ? checkArticleNumber(options.article) : undefined;
  // Selecting refuses an article in neither version with one line, before any UI opens.
  const focused = initialArticle ? selectArticles(diff, [initialArticle], false) : undefined;
  if (!process.stdout.isTTY || !process.stdin.isTTY) {
    emit(await renderReport(focused ?? selectArticles(diff, undefined, true), 'text', { toFile: false }));
    return;
  }
  // Loaded only here: React and ink are not needed by the other commands.
  const { launchTui } = await import('../../tui/launch.js');
  await launchTui({
    diff, versions: store.constitution(options.constitution).versions, loadDiff: load, initialArticle,
    ...tuiLoaders(store, options.constitution, lang, options.exact),
  });
}

export function tuiCommand(program: Command): void {
  program
    .command('tui')
    .description('review changes interactively (what `constdiff` alone opens; the referendum pair unless two versions are named)')
    .addArgument(fromArgument())
    .addArgument(toArgument())
    .option('--article <number>', 'open on this article')
    .addOption(langOption())
    .addOption(exactOption())
    .addOption(constitutionOption())
    .action(async function (this: Command, from: string, to: string, options: TuiOptions) {
      await openTui(this, from, to, options);
    });
}
