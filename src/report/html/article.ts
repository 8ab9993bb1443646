// One article of the report: heading with its class, what it is "formerly",
// the two views of the change, and its notes. Unchanged articles fold away.
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { ArticleDiff } from '../../types.js';
import { cleanText } from './clean-text.js';
import type { ReportContext } from './context.js';
import { formatPercent } from '../format.js';
import { articleStatusLabel } from '../messages.js';
import { articleName, articleNameInline, formatCount, UI_LANG } from './labels.js';
import { articleNotes } from './notes.js';
import { parallelViews } from './parallel.js';
import { redlineBlock, redlineView } from './redline.js';
import { sideBySideView } from './side-by-side.js';

export function statusBadge(article: ArticleDiff): Element {
  return h('span', { className: ['badge', `st-${article.status}`], lang: UI_LANG }, articleStatusLabel(article));
}

/** Facts under the heading: where it came from and how much changed. */
function facts(article: ArticleDiff, ctx: ReportContext): string[] {
  const { from, to } = ctx.diff;
  const out: string[] = [];
  const prev = article.previousNumber;
  if (prev && prev !== article.number && article.status !== 'repealed') out.push(`formerly ${articleNameInline(cleanText(prev))}`);
  const oldSection = article.old?.section;
  const newSection = article.new?.section;
  if (article.status === 'moved' && oldSection && newSection && oldSection !== newSection) {
    out.push(`moved from “${cleanText(oldSection)}”`);
  }
  if (article.status === 'added') out.push(`new in ${to.id}`);
  if (!article.new && oldSection) out.push(`was in “${cleanText(oldSection)}”`);
  if (article.status === 'repealed') {
    out.push(article.new?.repealed ? `repealed in ${to.id} (kept as “excluded”, no text)` : `not in ${to.id}; text as of ${from.id}`);
  }
  if (article.matchedBy === 'similarity' && article.old && article.new) {
    out.push(`matched by content (${formatPercent(article.similarity, { fixed: true })} similar)`);
  }
  if (article.status !== 'unchanged' && (article.counts.wordsAdded || article.counts.wordsRemoved)) {
    out.push(`+${formatCount(article.counts.wordsAdded)} / −${formatCount(article.counts.wordsRemoved)} words`);
  }
  if (article.status === 'unchanged' && article.formatOnly) out.push('differs only in formatting');
  return out;
}

function heading(article: ArticleDiff, ctx: ReportContext): Element {
  return h('h3', { id: `${ctx.idOf(article)}-title` }, [
    h('span', { lang: UI_LANG }, articleName(cleanText(article.number))), ' ', statusBadge(article),
  ]);
}

function factsLine(article: ArticleDiff, ctx: ReportContext): Element | null {
  const list = facts(article, ctx);
  return list.length ? h('p.facts', { lang: UI_LANG }, list.join(' · ')) : null;
}

function changedArticle(article: ArticleDiff, ctx: ReportContext): ElementContent[] {
  return [
    heading(article, ctx),
    factsLine(article, ctx),
    ctx.parallel
      ? parallelViews(article, ctx, ctx.parallel)
      : h('div.views', { lang: ctx.textLang }, [redlineView(article.blocks, ctx), sideBySideView(article, ctx)]),
    articleNotes(article.new ?? article.old, ctx),
  ].filter((x): x is Element => x !== null);
}

function unchangedArticle(article: ArticleDiff, ctx: ReportContext): ElementContent[] {
  return [
    h('details.fold', [
      h('summary', [heading(article, ctx), h('span.fold-hint', { lang: UI_LANG }, [h('span.when-closed', 'show text'), h('span.when-open', 'hide text')])]),
      factsLine(article, ctx),
      h('div.plain', { lang: ctx.textLang }, article.blocks.map((b) => redlineBlock(b, ctx))),
      articleNotes(article.new ?? article.old, ctx),
    ]),
  ];
}

export function articleSection(article: ArticleDiff, ctx: ReportContext): Element {
  const id = ctx.idOf(article);
  return h('section', {
    id,
    className: ['article', `st-${article.status}`],
    dataStatus: article.status,
    dataNumber: cleanText(article.number),
    // No accessible name on purpose: a hundred named regions would drown the page's landmarks.
  }, article.status === 'unchanged' ? unchangedArticle(article, ctx) : changedArticle(article, ctx));
}
