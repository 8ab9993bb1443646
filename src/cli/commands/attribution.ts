import type { Command } from 'commander';
import { Option } from 'commander';
import { attributeVersions } from '../../diff/attribution.js';
import { formatAttribution } from '../../report/history-text.js';
import { storeOf, langOf, DEFAULT_CONSTITUTION } from '../context.js';
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
    .option('--lang <lang>', 'rus or kaz', 'rus')
    .option('--as-adopted', 'apply the newer version\'s pending wording first (see diff --as-adopted)')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .option('--constitution <id>', 'constitution id', DEFAULT_CONSTITUTION)
    .action(function (this: Command, from: string, to: string, options: AttributionOptions) {
      const store = storeOf(this);
      const diff = compareVersions(store, { constitution: options.constitution, from, to, lang: langOf(options.lang), asAdopted: options.asAdopted });
      const attribution = attributeVersions(diff);
      emit(options.format === 'json' ? JSON.stringify(attribution, null, 2) : formatAttribution(attribution));
    });
}
