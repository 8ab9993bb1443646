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
import { type Fill, wholeTree } from './pieces.js';
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

/** The content of the articles container, one node at a time: each section's heading, then its articles. */
function* articles(ctx: ReportContext): Generator<ElementContent> {
  for (const group of groupBySection(ctx.diff.articles)) {
    yield h('h2.section-title', { id: group.id, lang: group.title === null ? UI_LANG : ctx.textLang }, sectionTitle(group));
    for (const article of group.articles) yield articleSection(article, ctx);
  }
}

function footer(options: PageOptions): Element {
  return h('footer.page-footer', { lang: UI_LANG }, [
    h('p', [
      'Made with constdiff. Footnotes, notes and pending wordings are shown for reference; they are not constitutional text.',
      options.generatedAt ? ` Generated ${cleanText(options.generatedAt)}.` : '',
    ]),
  ]);
}

/** The page; the parts that grow with the number of articles take their children through `fill` (pieces.ts). */
export function buildPage(ctx: ReportContext, options: PageOptions, fill: Fill = wholeTree): Root {
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
        changeMap(ctx, fill),
        tableOfContents(ctx, fill),
        toolbar(),
        h('div#articles.articles', fill(articles(ctx))),
      ]),
      footer(options),
    ],
  });
}
