import type { Command } from 'commander';
import { checkLanguages, ReversedPairError } from '../../timeline/index.js';
import { formatLanguageCheck, languageCheckJson } from '../../report/languages.js';
import { storeOf } from '../context.js';
import { constitutionOption, formatOption } from '../options.js';
import { loadBilingual } from '../compare.js';
import { emit } from '../output.js';

interface CheckLanguagesOptions {
  format: 'text' | 'json';
  constitution: string;
}

export function checkLanguagesCommand(program: Command): void {
  program
    .command('check-languages')
    .description('the Russian and Kazakh texts held against each other: articles and points of each version, and what each step changed in each text')
    .argument('[from]', 'first version (default: the oldest)')
    .argument('[to]', 'last version (default: the newest)')
    .addOption(formatOption(['text', 'json']))
    .addOption(constitutionOption())
    .action(function (this: Command, from: string | undefined, to: string | undefined, options: CheckLanguagesOptions) {
      const store = storeOf(this);
      const info = store.constitution(options.constitution);
      const first = from === undefined ? info.versions[0].id : store.version(info.id, from).id;
      const last = to === undefined ? info.versions.at(-1)!.id : store.version(info.id, to).id;
      if (first > last) {
        throw new ReversedPairError(`check-languages reads forwards in time, but ${first} is later than ${last}; name the older version first`);
      }
      const texts = loadBilingual(store, info.id, info.versions.filter((v) => v.id >= first && v.id <= last));
      const check = checkLanguages(info.id, texts);
      emit(options.format === 'json' ? languageCheckJson(check) : formatLanguageCheck(check));
    });
}
