import type { Command } from 'commander';
import { Option } from 'commander';
import type { Lang } from '../../types.js';
import type { Store } from '../../store/index.js';
import { Timeline, articleHistory } from '../../diff/history.js';
import { checkArticleNumber } from '../../store/names.js';
import { formatHistory } from '../../report/history-text.js';
import { shouldColor } from '../../report/text.js';
import { storeOf, langOf, DEFAULT_CONSTITUTION } from '../context.js';
import { emit } from '../output.js';

/** Every stored version that has a text in `lang`, oldest first, ready to be compared. */
export function loadTimeline(store: Store, constitution: string, lang: Lang): Timeline {
  const info = store.constitution(constitution);
  const texts = info.versions
    .filter((v) => v.languages.includes(lang))
    .map((version) => ({ version, articles: store.readVersion(info.id, version.id, lang) }));
  return new Timeline(info.id, lang, texts);
}

interface HistoryOptions {
  lang: string;
  format: 'text' | 'json' | 'html';
  output?: string;
  in?: string;
  constitution: string;
}

export function historyCommand(program: Command): void {
  program
    .command('history')
    .description('every version of one article: what changed, word by word, and by which act (followed by content across renumberings)')
    .argument('<article>', 'article number (e.g. 7, 83-1, preamble)')
    .option('--in <version>', 'read the number in this version (default: the first version that has it)')
    .option('--lang <lang>', 'rus or kaz', 'rus')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json', 'html']).default('text'))
    .option('--output <file>', 'write to a file (atomically) instead of stdout')
    .option('--constitution <id>', 'constitution id', DEFAULT_CONSTITUTION)
    .action(async function (this: Command, articleArg: string, options: HistoryOptions) {
      const store = storeOf(this);
      const number = checkArticleNumber(articleArg);
      const lang = langOf(options.lang);
      const anchor = options.in === undefined ? undefined : store.version(options.constitution, options.in).id;
      const history = articleHistory(loadTimeline(store, options.constitution, lang), number, anchor);
      if (options.format === 'html') {
        // The HTML renderer (hast) is loaded only when asked for.
        const { renderHistoryHtml } = await import('../../report/html/history.js');
        emit(renderHistoryHtml(history), options.output);
        return;
      }
      emit(options.format === 'json'
        ? JSON.stringify(history, null, 2)
        : formatHistory(history, { color: !options.output && shouldColor(process.stdout, process.env) }), options.output);
    });
}
