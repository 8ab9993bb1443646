// One article of the report: its heading and class, what it was formerly, the
// views of its change, and the material around it that is not constitutional
// text (amending acts, notes, pending wording).
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { ActRef, Article, ArticleDiff, PendingWording } from '../../types.js';
import { articleStatusLabel, messages, percentText } from '../messages.js';
import { articleName, articleNameInline, cleanText, formatCount, type ReportContext, uiLang } from './context.js';
import { parallelViews, redlineBlock, redlineView, sideBySideView } from './views.js';

// Material around an article that is not constitutional text: footnotes naming
// the amending acts, notes (court rulings, transitional remarks) and wording that
// was adopted but takes effect later.
function actRef(act: ActRef): string {
  return act.number ? messages['html.actRef'](act.date, cleanText(act.number)) : act.date;
}


/** "Takes effect 2023-01-01", or the event it waits for when there is no date. */
function effectiveWhen(p: PendingWording, ctx: ReportContext): Element {
  if (p.effective) return h('strong', messages['html.takesEffect'](cleanText(p.effective)));
  if (p.condition) return h('strong', [messages['html.takesEffectWhen'], h('span', { lang: ctx.textLang }, cleanText(p.condition))]);
  return h('strong', messages['html.takesEffectLater']);
}

function pendingItem(p: PendingWording, ctx: ReportContext): Element {
  return h('li.pending', [
    h('p', { lang: uiLang() }, [
      effectiveWhen(p, ctx), ': ',
      messages['pending.does'](p.target, cleanText), messages['html.adoptedBy'],
      h('span', { lang: ctx.textLang }, cleanText(p.act)),
      p.actDate ? ` (${cleanText(p.actDate)})` : '', '.',
    ]),
    h('p.note-text', { lang: ctx.textLang }, cleanText(p.note)),
    h('blockquote.pending-text', { lang: ctx.textLang }, p.blocks.map((b) =>
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
    parts.push(h('h4', { lang: uiLang() }, messages['html.amendingActs']));
    parts.push(h('ul.footnotes', footnotes.map((f) => h('li', [
      h('span', { lang: ctx.textLang }, cleanText(f.text)),
      f.acts.length ? h('span.acts', { lang: uiLang() }, messages['html.acts'](f.acts.map(actRef).join('; '))) : null,
    ]))));
  }
  if (notes.length) {
    parts.push(h('h4', { lang: uiLang() }, messages['html.notes']));
    parts.push(h('ul.notes-list', { lang: ctx.textLang }, notes.map((n) => h('li', cleanText(n.text)))));
  }
  if (pending.length) {
    parts.push(h('h4', { lang: uiLang() }, messages['html.pending']));
    parts.push(h('ul.pending-list', pending.map((p) => pendingItem(p, ctx))));
  }
  return h('div.notes', { lang: uiLang() }, parts);
}

// One article of the report: heading with its class, what it is "formerly",
// the two views of the change, and its notes. Unchanged articles fold away.
/** `show text` / `hide text` beside a folded article's heading. */
export function foldHint(): ElementContent[] {
  return [h('span.when-closed', messages['html.showText']), h('span.when-open', messages['html.hideText'])];
}

export function statusBadge(article: ArticleDiff): Element {
  return h('span', { className: ['badge', `st-${article.status}`], lang: uiLang() }, articleStatusLabel(article));
}

/** Facts under the heading: where it came from and how much changed. */
function facts(article: ArticleDiff, ctx: ReportContext): string[] {
  const { from, to } = ctx.diff;
  const out: string[] = [];
  const prev = article.previousNumber;
  if (prev && prev !== article.number && article.status !== 'repealed') out.push(messages['article.formerly'](articleNameInline(cleanText(prev))));
  const oldSection = article.old?.section;
  const newSection = article.new?.section;
  if (article.status === 'moved' && oldSection && newSection && oldSection !== newSection) {
    out.push(messages['html.movedFrom'](cleanText(oldSection)));
  }
  if (article.status === 'added') out.push(messages['html.newIn'](to.id));
  if (!article.new && oldSection) out.push(messages['html.wasIn'](cleanText(oldSection)));
  if (article.status === 'repealed') {
    out.push(article.new?.repealed ? messages['html.repealedIn'](to.id) : messages['html.notIn'](to.id, from.id));
  }
  if (article.matchedBy === 'similarity' && article.old && article.new) {
    out.push(messages['html.matched'](percentText(article.similarity, { fixed: true })));
  }
  if (article.status !== 'unchanged' && (article.counts.wordsAdded || article.counts.wordsRemoved)) {
    out.push(messages['html.words'](formatCount(article.counts.wordsAdded), formatCount(article.counts.wordsRemoved)));
  }
  if (article.status === 'unchanged' && article.formatOnly) out.push(messages['html.formatOnly']);
  return out;
}

function heading(article: ArticleDiff, ctx: ReportContext): Element {
  return h('h3', { id: `${ctx.idOf(article)}-title` }, [
    h('span', { lang: uiLang() }, articleName(cleanText(article.number))), ' ', statusBadge(article),
  ]);
}

function factsLine(article: ArticleDiff, ctx: ReportContext): Element | null {
  const list = facts(article, ctx);
  return list.length ? h('p.facts', { lang: uiLang() }, list.join(' · ')) : null;
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
      h('summary', [heading(article, ctx), h('span.fold-hint', { lang: uiLang() }, foldHint())]),
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
