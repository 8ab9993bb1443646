import type { Command } from 'commander';
import { storeOf, langOf } from '../context.js';
import { constitutionOption, langOption } from '../options.js';
import { emit } from '../output.js';
import { formatArticle } from '../../report/article-text.js';
import { showJson } from '../../report/json-views.js';

export function showCommand(program: Command): void {
  program
    .command('show')
    .description('print one article of one version as stored, with its notes')
    .argument('<version>', 'version id or alias (e.g. 2022-06-08, after-referendum)')
    .argument('<article>', 'article number (e.g. 44, 83-1, preamble)')
    .addOption(langOption())
    .addOption(constitutionOption())
    .option('--json', 'the article as JSON')
    .action(function (this: Command, version: string, article: string, options: { lang: string; constitution: string; json?: boolean }) {
      const store = storeOf(this);
      const v = store.version(options.constitution, version);
      const a = store.readArticle(options.constitution, v.id, article, langOf(options.lang));
      emit(options.json ? showJson(options.constitution, v, a) : formatArticle(a, v));
    });
}
