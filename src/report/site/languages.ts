// The bilingual check as a page: for every version, the articles and points one
// text has and the other lacks; for every step, the articles that changed in
// one language and not the other, or otherwise, with the points, each linked to
// the article's permanent page where both texts stand side by side.
import type { Element } from 'hast';
import { h } from 'hastscript';
import {articleName, cleanText } from '../html/context.js';
import { flagged, flagText, formerly, pointText, stepSummary, versionFindings, versionState } from '../languages.js';
import { pairPage, permalink, type SiteData, textOf, SITE_LANG } from './model.js';
import { sitePage } from './shell.js';

export function languagesPage(data: SiteData): ReturnType<typeof sitePage> {
  const check = data.languages;
  // Repealed articles have no page in the newer version: their link is the step's report.
  const hasPage = (version: string, number: string) => textOf(data, 'rus', version)?.some((a) => a.number === number) ?? false;
  const steps: Element[] = check.steps.map((s) => {
    const flags = flagged(s);
    return h('section', { id: `step-${s.to.id}` }, [
      h('h3', [h('a', { href: pairPage(s.from.id, s.to.id) }, `${cleanText(s.from.id)} → ${cleanText(s.to.id)}`)]),
      h('p', { className: flags.length ? ['flag'] : [] }, stepSummary(s)),
      flags.length ? h('ul', flags.map((a) => h('li', { dataNumber: a.number, dataFlag: a.flag }, [
        h('a', { href: hasPage(s.to.id, a.number) ? `${permalink(a.number, s.to.id)}#changes` : pairPage(s.from.id, s.to.id) }, articleName(a.number)),
        formerly(a, cleanText),
        `: ${flagText(a, cleanText)}`,
        a.points.length ? h('ul', a.points.map((p) => h('li', pointText(p, cleanText)))) : null,
      ]))) : null,
    ]);
  });
  return sitePage({
    depth: 0, path: 'languages.html', lang: SITE_LANG, generatedAt: data.generatedAt, title: 'Russian and Kazakh compared',
    body: [h('main', [
      h('h1', 'Russian and Kazakh compared'),
      h('p', 'Both texts are official and should say the same. Each is compared with its previous version on its own (formatting aside), '
        + 'and the results are laid side by side: an article is flagged when only one text changed, when the two changed differently, '
        + 'or when different points changed. Also: articles and points that one text of a version has and the other lacks. '
        + 'Shown as found (`constdiff check-languages` prints the same).'),
      h('h2', 'Versions'),
      h('ul', check.versions.map((v) => {
        const findings = versionFindings(v, cleanText);
        return h('li', { dataVersion: v.version.id }, [
          h('strong', cleanText(v.version.id)), ': ', versionState(v),
          findings.length ? h('ul', findings.map((f) => h('li', f))) : null,
        ]);
      })),
      h('h2', 'Steps'),
      ...steps,
    ])],
  });
}
