// Two languages of one article side by side (`--parallel`): the redline of the
// report's language in one column and the same change in the other language in
// the next, each column carrying its own `lang`. The side-by-side view shows the
// before/after table of each language, one after the other.
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { ArticleDiff } from '../../types.js';
import type { ParallelText, ReportContext } from './context.js';
import { LANGUAGE_NAME, UI_LANG } from './labels.js';
import { redlineBlock } from './redline.js';
import { sideBySideView } from './side-by-side.js';

function column(article: ArticleDiff | undefined, ctx: ReportContext): Element {
  const name = LANGUAGE_NAME[ctx.lang];
  const body: ElementContent[] = article
    ? article.blocks.map((b) => redlineBlock(b, ctx))
    : [h('p.hint', { lang: UI_LANG }, `No ${name} text of this article in these versions.`)];
  return h('div.lang-col', { lang: ctx.textLang, dataLang: ctx.lang }, [
    h('p.lang-name', { lang: UI_LANG }, name),
    ...body,
  ]);
}

export function parallelViews(article: ArticleDiff, ctx: ReportContext, parallel: ParallelText): Element {
  const other = parallel.counterpart(article);
  const names = `${LANGUAGE_NAME[ctx.lang]} and ${LANGUAGE_NAME[parallel.ctx.lang]}`;
  return h('div.views', { lang: ctx.textLang }, [
    h('div.view.redline.parallel', [
      h('h4.view-title', { lang: UI_LANG }, `Changes in place, ${names}`),
      h('div.lang-cols', [column(article, ctx), column(other, parallel.ctx)]),
    ]),
    h('div.view.sbs', [
      sideBySideView(article, ctx, `Before and after, ${LANGUAGE_NAME[ctx.lang]}`),
      other
        ? h('div', { lang: parallel.ctx.textLang }, [sideBySideView(other, parallel.ctx, `Before and after, ${LANGUAGE_NAME[parallel.ctx.lang]}`)])
        : null,
    ]),
  ]);
}
