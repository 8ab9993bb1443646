import type { Command } from 'commander';
import { UsageError } from '../../errors.js';
import { applyPending, isDue } from '../../diff/pending.js';
import { checkArticleNumber, isVersionId, printable } from '../../store/names.js';
import type { InForce } from '../../types.js';
import { formatAt, formatAtArticle } from '../../report/history-text.js';
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
  if (!isVersionId(value) || new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value) {
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
      const version = store.versionAt(info.id, date);
      if (!version) {
        const first = info.versions.map((v) => v.effective).sort()[0];
        throw new UsageError(`no version of ${info.id} is in force on ${date} (the earliest took effect on ${first})`);
      }
      const articles = store.readVersion(info.id, version.id, lang);
      const due = { until: date };
      const applied = articles.flatMap((a) => a.pending.filter((p) => isDue(p, due)).map((p) => ({ article: a.number, pending: p })));
      const waiting = articles.flatMap((a) => a.pending.filter((p) => !isDue(p, due)).map((p) => ({ article: a.number, pending: p })));
      const inForce: InForce = { constitution: info.id, date, lang, version, applied, waiting };
      if (number === undefined) {
        emit(options.format === 'json' ? JSON.stringify(inForce, null, 2) : formatAt(inForce));
        return;
      }
      const article = articles.find((a) => a.number === number);
      if (!article) throw new UsageError(`article ${number} is not in ${version.id}, the version in force on ${date}`);
      const text = applyPending(article, due);
      const mine = { ...inForce, applied: applied.filter((x) => x.article === number), waiting: waiting.filter((x) => x.article === number) };
      emit(options.format === 'json' ? JSON.stringify({ ...mine, article: text }, null, 2) : formatAtArticle(mine, text));
    });
}
