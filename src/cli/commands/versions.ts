import type { Command } from 'commander';
import type { VersionInfo } from '../../types.js';
import { storeOf, DEFAULT_CONSTITUTION } from '../context.js';
import { emit } from '../output.js';
import { versionsJson } from '../../report/json-views.js';
import { oneLine } from '../../report/format.js';
import { messages } from '../../report/messages.js';

export function versionsCommand(program: Command): void {
  program
    .command('versions')
    .description('list the stored versions with dates, labels and article counts')
    .argument('[constitution]', 'constitution id', DEFAULT_CONSTITUTION)
    .option('--json', 'machine-readable output')
    .action(function (this: Command, constitution: string, options: { json?: boolean }) {
      const store = storeOf(this);
      const info = store.constitution(constitution);
      const articles = (v: VersionInfo) => store.articleNumbers(info.id, v.id, 'rus').filter((n) => n !== 'preamble').length;
      if (options.json) return emit(versionsJson(info, articles));
      const rows = info.versions.map((v) => ({ ...v, articles: articles(v) }));
      // Titles, labels, aliases and acts come from a hand-editable manifest: no control sequences reach the terminal.
      const lines = [`${oneLine(info.title)} (${info.id})`, ''];
      for (const r of rows) {
        lines.push(messages['versions.row'](r.id, r.effective, r.articles, r.languages.join(', '), oneLine(r.label)));
        if (r.aliases.length) lines.push(`            ${messages['versions.also'](r.aliases.map(oneLine).join(', '))}`);
        if (r.act) lines.push(`            ${messages['versions.act'](oneLine(r.act))}`);
      }
      emit(lines.join('\n'));
    });
}
