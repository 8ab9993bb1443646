// Table of contents: every article, grouped by section, with its class in words.
import type { Element } from 'hast';
import { h } from 'hastscript';
import type { ArticleDiff } from '../../types.js';
import { statusBadge } from './article.js';
import type { ReportContext } from './context.js';
import { articleName, articleNameInline, UI_LANG } from './labels.js';
import { type Fill, wholeTree } from './pieces.js';
import { groupBySection, sectionTitle, type SectionGroup } from './sections.js';

function entry(article: ArticleDiff, ctx: ReportContext): Element {
  const prev = article.previousNumber;
  const formerly = prev && prev !== article.number && article.status !== 'repealed' ? ` (formerly ${articleNameInline(prev)})` : '';
  return h('li', { className: [`st-${article.status}`], dataStatus: article.status }, [
    h('a', { href: `#${ctx.idOf(article)}` }, articleName(article.number)),
    formerly, ' ', statusBadge(article),
  ]);
}

function* sections(groups: SectionGroup[], ctx: ReportContext): Generator<Element> {
  for (const g of groups) {
    yield h('li.toc-section', [
      h('a.toc-section-title', { href: `#${g.id}`, lang: g.title === null ? UI_LANG : ctx.textLang }, sectionTitle(g)),
      h('ol.toc-articles', g.articles.map((a) => entry(a, ctx))),
    ]);
  }
}

export function tableOfContents(ctx: ReportContext, fill: Fill = wholeTree): Element {
  const groups = groupBySection(ctx.diff.articles);
  return h('nav.toc', { ariaLabelledby: 'toc-title', lang: UI_LANG }, [
    h('h2#toc-title', 'Contents'),
    h('ol.toc-sections', fill(sections(groups, ctx))),
  ]);
}
