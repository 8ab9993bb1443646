import type { Command } from 'commander';
import type { Lang, VersionDiff, VersionInfo } from '../../types.js';
import { articleLines, checkLanguages } from '../../timeline/index.js';
import { buildSite, SITE_MARKER, type SiteData, type SiteStep } from '../../report/site/index.js';
import { storeOf } from '../context.js';
import { constitutionOption } from '../options.js';
import { compareVersions, loadTimeline } from '../compare.js';
import { writeSiteFolder } from '../site-output.js';

interface SiteOptions {
  output: string;
  constitution: string;
}

export function siteCommand(program: Command): void {
  program
    .command('site')
    .description('write the whole history as a static website (home, reform matrix, article pages with permalinks, every pair of versions, feeds, search, the bilingual check); no server or network needed')
    .requiredOption('--output <dir>', 'the folder to write (new, empty, or a site written before, which is replaced whole)')
    .addOption(constitutionOption())
    .action(function (this: Command, options: SiteOptions) {
      const started = performance.now();
      const store = storeOf(this);
      const info = store.constitution(options.constitution);
      const rus = loadTimeline(store, info.id, 'rus');
      const kaz = info.versions.some((v) => v.languages.includes('kaz')) ? loadTimeline(store, info.id, 'kaz') : undefined;
      const both = (a: VersionInfo, b: VersionInfo) => a.languages.includes('kaz') && b.languages.includes('kaz');
      const compare = (from: VersionInfo, to: VersionInfo, lang: Lang): VersionDiff =>
        compareVersions(store, { constitution: info.id, from: from.id, to: to.id, lang });
      const versions = rus.texts.map((t) => t.version);
      const steps: SiteStep[] = versions.slice(1).map((to, i) => {
        const from = versions[i];
        return { from, to, rus: compare(from, to, 'rus'), ...(both(from, to) ? { kaz: compare(from, to, 'kaz') } : {}) };
      });
      const neighbour = (from: VersionInfo, to: VersionInfo) => steps.find((s) => s.from.id === from.id && s.to.id === to.id);
      const texts = versions.map((version) => ({
        version,
        texts: { rus: rus.texts[rus.indexOf(version.id)].articles, ...(kaz && kaz.indexOf(version.id) >= 0 ? { kaz: kaz.texts[kaz.indexOf(version.id)].articles } : {}) },
      }));
      const data: SiteData = {
        constitution: info,
        versions,
        steps,
        timelines: { rus, ...(kaz ? { kaz } : {}) },
        lines: articleLines(versions, rus.texts[0].articles, steps.map((s) => s.rus)),
        languages: checkLanguages(info.id, texts, (from, to, lang) => neighbour(from, to)?.[lang]),
        pair: (from, to) => {
          const known = neighbour(from, to);
          const diff = known?.rus ?? compare(from, to, 'rus');
          const parallel = both(from, to) ? known?.kaz ?? compare(from, to, 'kaz') : undefined;
          return { diff, ...(parallel ? { parallel } : {}) };
        },
      };
      const written = writeSiteFolder(buildSite(data), options.output, SITE_MARKER);
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      process.stdout.write(`wrote ${options.output}: ${written.files} files, ${(written.bytes / 1048576).toFixed(1)} MB in ${seconds} s`
        + `${written.replaced ? ' (replaced the site that was there)' : ''}; open ${options.output}/index.html\n`);
    });
}
