import type { Command } from 'commander';
import { articleBlame } from '../../timeline/index.js';
import { checkArticleNumber } from '../../store/names.js';
import { formatBlame } from '../../report/history-text.js';
import { blameJson } from '../../report/json-views.js';
import { storeOf, langOf } from '../context.js';
import { constitutionOption, formatOption, langOption } from '../options.js';
import { loadTimeline } from '../compare.js';
import { emit } from '../output.js';

export function blameCommand(program: Command): void {
  program
    .command('blame')
    .description('for each point of one article, the version in which its wording first appeared')
    .argument('<version>', 'version id or alias (e.g. 2023-01-01, after-referendum)')
    .argument('<article>', 'article number in that version')
    .addOption(langOption())
    .addOption(formatOption(['text', 'json']))
    .addOption(constitutionOption())
    .action(function (this: Command, versionArg: string, articleArg: string, options: { lang: string; format: 'text' | 'json'; constitution: string }) {
      const store = storeOf(this);
      const version = store.version(options.constitution, versionArg);
      const number = checkArticleNumber(articleArg);
      const lang = langOf(options.lang);
      // Fails with a clear message when the version lacks the language or the article.
      store.readArticle(options.constitution, version.id, number, lang);
      const blame = articleBlame(loadTimeline(store, options.constitution, lang), version.id, number);
      emit(options.format === 'json' ? blameJson(blame) : formatBlame(blame));
    });
}
