// One article of the report: its heading and class, what it was formerly, the
// views of its change, and the material around it that is not constitutional
// text (amending acts, notes, pending wording).
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { ActRef, Article, ArticleDiff, PendingWording } from '../../types.js';
import { formatPercent } from '../format.js';
import { articleStatusLabel, messages } from '../messages.js';
import { articleName, articleNameInline, cleanText, formatCount, type ReportContext, UI_LANG, withDates } from './context.js';
import type { PageViews, ViewName } from './adopted.js';
import { onlyEditorial } from './editorial.js';
import { pendingRedline } from './pending.js';
import { parallelViews, redlineBlock, redlineView, sideBySideView } from './views.js';

// Material around an article that is not constitutional text: footnotes naming
// the amending acts, notes (court rulings, transitional remarks) and wording that
// was adopted but takes effect later.
function actRef(act: ActRef): string {
  return act.number ? `${cleanText(act.date)} No. ${cleanText(act.number)}` : cleanText(act.date);
}

/** " — act of 2022-06-08 No. 123-VII", after a footnote: which acts it names, in words. */
function actsLine(acts: readonly ActRef[]): Element | null {
  if (!acts.length) return null;
  return h('span.acts', { lang: UI_LANG }, withDates(` — ${acts.length === 1 ? 'act' : 'acts'} of ${acts.map(actRef).join('; ')}`));
}


/** "Takes effect 2023-01-01", or the event it waits for when there is no date. */
function effectiveWhen(p: PendingWording, ctx: ReportContext): Element {
  if (p.effective) return h('strong', withDates(`Takes effect ${cleanText(p.effective)}`));
  if (p.condition) return h('strong', ['Takes effect when: ', h('span', { lang: ctx.textLang }, cleanText(p.condition))]);
  return h('strong', 'Takes effect later (no date given)');
}

function pendingItem(article: Article, p: PendingWording, ctx: ReportContext): Element {
  return h('li.pending', [
    h('p', { lang: UI_LANG }, [
      effectiveWhen(p, ctx), ': ',
      messages['pending.does'](p.target, cleanText), ' — adopted by ',
      h('span', { lang: ctx.textLang }, cleanText(p.act)),
      ...(p.actDate ? withDates(` (${cleanText(p.actDate)})`) : []), '.',
    ]),
    h('p.note-text', { lang: ctx.textLang }, cleanText(p.note)),
    pendingRedline(article, p, ctx) ?? h('blockquote.pending-text', { lang: ctx.textLang }, p.blocks.map((b) =>
      h('p', { className: ['block', `level-${Math.max(0, Math.min(b.level, 3))}`] }, [
        b.label ? h('span.label', cleanText(b.label)) : null, b.label ? ' ' : null,
        h('span.text', cleanText(b.text)),
      ]))),
  ]);
}

/** Notes of the article as it reads in the report (the new text, or the old one when repealed). */
export function articleNotes(article: Article | undefined, ctx: ReportContext): Element | null {
  if (!article) return null;
  const { footnotes, notes, pending } = article;
  if (!footnotes.length && !notes.length && !pending.length) return null;
  const parts: ElementContent[] = [];
  if (footnotes.length) {
    parts.push(h('h4', { lang: UI_LANG }, 'Amending acts'));
    parts.push(h('ul.footnotes', footnotes.map((f) => h('li', [
      h('span', { lang: ctx.textLang }, cleanText(f.text)),
      actsLine(f.acts),
    ]))));
  }
  if (notes.length) {
    parts.push(h('h4', { lang: UI_LANG }, 'Notes'));
    parts.push(h('ul.notes-list', { lang: ctx.textLang }, notes.map((n) => h('li', cleanText(n.text)))));
  }
  if (pending.length) {
    parts.push(h('h4', { lang: UI_LANG }, 'Pending wording'));
    parts.push(h('ul.pending-list', pending.map((p) => pendingItem(article, p, ctx))));
  }
  return h('div.notes', { lang: UI_LANG }, parts);
}

// One article of the report: heading with its class, what it is "formerly",
// the two views of the change, and its notes. Unchanged articles fold away.
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
  if (article.status === 'amended' && article.blocks.every((b) => b.status === 'unchanged' || onlyEditorial(b, ctx.diff.options.exact))) {
    out.push('only an editorial reference of the source differs, no wording');
  }
  return out;
}

function heading(article: ArticleDiff, ctx: ReportContext): Element {
  return h('h3', { id: `${ctx.idOf(article)}-title` }, [
    h('span', { lang: UI_LANG }, articleName(cleanText(article.number))), ' ', statusBadge(article),
  ]);
}

function factsLine(article: ArticleDiff, ctx: ReportContext): Element | null {
  const list = facts(article, ctx);
  return list.length ? h('p.facts', { lang: UI_LANG }, withDates(list.join(' · '))) : null;
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

/** Links to the changed articles before and after, in one view (plain links: they work with scripts off). */
function navLinks(n: { prev?: string; next?: string }, only?: ViewName): Element {
  return h('nav.art-nav', { ariaLabel: 'Changed articles', lang: UI_LANG, className: only ? [`only-${only}`] : [] }, [
    n.prev ? h('a.prev-change', { href: `#${n.prev}`, rel: 'prev' }, '← Previous change') : h('span.none', 'First change'),
    n.next ? h('a.next-change', { href: `#${n.next}`, rel: 'next' }, 'Next change →') : h('span.none', 'Last change'),
  ]);
}

/**
 * The previous/next change links of an article: of the one view given, or of
 * each view where the two differ (each shown only in its view).
 */
export function changeNav(id: string, views: PageViews, view?: ViewName): Element[] {
  if (view) {
    const n = views.neighbours[view].get(id);
    return n ? [navLinks(n)] : [];
  }
  const force = views.neighbours.force.get(id);
  if (!views.adopted) return force ? [navLinks(force)] : [];
  const adopted = views.neighbours.adopted.get(id);
  if (force && adopted && force.prev === adopted.prev && force.next === adopted.next) return [navLinks(force)];
  return [...(force ? [navLinks(force, 'force')] : []), ...(adopted ? [navLinks(adopted, 'adopted')] : [])];
}

/**
 * One article. `nav` gives its previous/next-change links; `only` marks an
 * article shown in one view of the page (inside a .pair that carries the id).
 */
export function articleSection(article: ArticleDiff, ctx: ReportContext, nav: () => Element[] = () => [], only?: ViewName): Element {
  const id = ctx.idOf(article);
  return h('section', {
    id: only ? undefined : id,
    className: ['article', `st-${article.status}`, ...(only ? [`only-${only}`] : [])],
    dataStatus: article.status,
    dataNumber: cleanText(article.number),
    // No accessible name on purpose: a hundred named regions would drown the page's landmarks.
  }, article.status === 'unchanged' ? unchangedArticle(article, ctx) : [...changedArticle(article, ctx), ...nav()]);
}
