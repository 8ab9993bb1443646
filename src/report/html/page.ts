// The report page: header, view switch, summary, change map, contents,
// articles and footer, in the shared document shell (document.ts).
import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import { articleSection } from './article.js';
import { changeMap } from './change-map.js';
import { cleanText } from './clean-text.js';
import { htmlDocument, toolbar, viewRadios } from './document.js';
import type { ReportContext } from './context.js';
import { defaultTitle, pageHeader, summarySection } from './header.js';
import { UI_LANG } from './labels.js';
import { groupBySection, sectionTitle } from './sections.js';
import { tableOfContents } from './toc.js';
import type { VersionDiff } from '../../types.js';

export interface PageOptions {
  title?: string;
  generatedAt?: string;
  /**
   * The same pair of versions compared in a second language: each changed
   * article's word diff is shown in both languages side by side.
   */
  parallel?: VersionDiff;
}

function articles(ctx: ReportContext): ElementContent[] {
  return groupBySection(ctx.diff.articles).flatMap((group) => [
    h('h2.section-title', { id: group.id, lang: group.title === null ? UI_LANG : ctx.textLang }, sectionTitle(group)),
    ...group.articles.map((a) => articleSection(a, ctx)),
  ]);
}

function footer(options: PageOptions): Element {
  return h('footer.page-footer', { lang: UI_LANG }, [
    h('p', [
      'Made with constdiff. Footnotes, notes and pending wordings are shown for reference; they are not constitutional text.',
      options.generatedAt ? ` Generated ${cleanText(options.generatedAt)}.` : '',
    ]),
  ]);
}

export function buildPage(ctx: ReportContext, options: PageOptions): Root {
  const title = options.title === undefined ? defaultTitle(ctx) : cleanText(options.title);
  return htmlDocument({
    lang: ctx.textLang,
    title,
    body: [
      h('a.skip', { href: '#articles', lang: UI_LANG }, 'Skip to the articles'),
      pageHeader(ctx, options.title),
      ...viewRadios(),
      h('main', [
        summarySection(ctx),
        changeMap(ctx),
        tableOfContents(ctx),
        toolbar(),
        h('div#articles.articles', articles(ctx)),
      ]),
      footer(options),
    ],
  });
}
