import type { Command } from 'commander';
import { attributeVersions } from '../../timeline/index.js';
import { formatAttribution } from '../../report/history-text.js';
import { attributionJson } from '../../report/json-views.js';
import { storeOf, langOf } from '../context.js';
import { constitutionOption, formatOption, langOption } from '../options.js';
import { compareVersions } from '../compare.js';
import { emit } from '../output.js';

interface AttributionOptions {
  lang: string;
  format: 'text' | 'json';
  asAdopted?: boolean;
  constitution: string;
}

export function attributionCommand(program: Command): void {
  program
    .command('attribution')
    .description('which act (named in the footnotes) changed each article between two versions; flags changes no footnote explains and footnotes with no change')
    .argument('<from>', 'older version id or alias')
    .argument('<to>', 'newer version id or alias')
    .addOption(langOption())
    .option('--as-adopted', 'apply the newer version\'s pending wording first (see diff --as-adopted)')
    .addOption(formatOption(['text', 'json']))
    .addOption(constitutionOption())
    .action(function (this: Command, from: string, to: string, options: AttributionOptions) {
      const store = storeOf(this);
      const diff = compareVersions(store, { constitution: options.constitution, from, to, lang: langOf(options.lang), asAdopted: options.asAdopted });
      const attribution = attributeVersions(diff);
      emit(options.format === 'json' ? attributionJson(attribution) : formatAttribution(attribution));
    });
}
