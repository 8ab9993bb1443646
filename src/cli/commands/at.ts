import type { Command } from 'commander';
import { UsageError } from '../../errors.js';
import { articleInForce, inForceOn, numberingChange, versionInForce } from '../../timeline/index.js';
import { checkArticleNumber, isVersionId, printable } from '../../store/names.js';
import { formatAt, formatAtArticle } from '../../report/history-text.js';
import { atJson } from '../../report/json-views.js';
import { storeOf, langOf } from '../context.js';
import { constitutionOption, formatOption, langOption } from '../options.js';
import { emit } from '../output.js';

interface AtOptions {
  lang: string;
  format: 'text' | 'json';
  constitution: string;
}

/** `today` or a YYYY-MM-DD date that exists. */
export function checkDate(value: string): string {
  if (value === 'today') return new Date().toISOString().slice(0, 10);
  if (!isVersionId(value)) {
    throw new UsageError(`"${printable(value)}" is not a date (YYYY-MM-DD or today)`);
  }
  return value;
}

export function atCommand(program: Command): void {
  program
    .command('at')
    .description('the text in force on a date: the version then in force, with its pending wording due by that date applied')
    .argument('<date>', 'YYYY-MM-DD or today')
    .argument('[article]', 'one article (e.g. 78); without it, what was in force and which pending wording applied')
    .addOption(langOption())
    .addOption(formatOption(['text', 'json']))
    .addOption(constitutionOption())
    .action(function (this: Command, dateArg: string, articleArg: string | undefined, options: AtOptions) {
      const store = storeOf(this);
      const date = checkDate(dateArg);
      const lang = langOf(options.lang);
      const number = articleArg === undefined ? undefined : checkArticleNumber(articleArg);
      const info = store.constitution(options.constitution);
      const version = versionInForce(info, date);
      const articles = store.readVersion(info.id, version.id, lang);
      const inForce = inForceOn(info.id, date, lang, version, articles);
      if (number === undefined) {
        emit(options.format === 'json' ? atJson(inForce) : formatAt(inForce));
        return;
      }
      const one = articleInForce(inForce, articles, number);
      // The version before, in the same language: did this number name another article there?
      const previous = info.versions.filter((v) => v.id < version.id && v.languages.includes(lang)).at(-1);
      const numbering = previous && numberingChange(
        { version: previous, articles: store.readVersion(info.id, previous.id, lang) }, { version, articles }, number);
      emit(options.format === 'json' ? atJson(one.inForce, one.article, numbering) : formatAtArticle(one.inForce, one.article, numbering));
    });
}
