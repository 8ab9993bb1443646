import type { Command } from 'commander';
import { articleHistory } from '../../timeline/index.js';
import { checkArticleNumber } from '../../store/names.js';
import { formatHistory } from '../../report/history-text.js';
import { historyJson } from '../../report/json-views.js';
import { shouldColor } from '../../report/text.js';
import { storeOf, langOf } from '../context.js';
import { constitutionOption, formatOption, langOption, outputOption } from '../options.js';
import { loadTimeline } from '../compare.js';
import { emit } from '../output.js';

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
    .addOption(langOption())
    .addOption(formatOption(['text', 'json', 'html']))
    .addOption(outputOption())
    .addOption(constitutionOption())
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
        ? historyJson(history)
        : formatHistory(history, { color: !options.output && shouldColor(process.stdout, process.env) }), options.output);
    });
}
