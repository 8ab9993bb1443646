// The two views of one change: the inline redline (deletions struck out and
// insertions underlined in place, each with a spoken marker) and side by side
// (old | new, one row per point), and both languages next to each other (--parallel).
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Article, ArticleDiff, BlockDiff, Lang, WordOp } from '../../types.js';
import { shownOps } from '../format.js';
import { articleName, cleanText, EDIT_MARK, type ParallelText, type ReportContext, uiLang } from './context.js';
import { messages } from '../messages.js';

// Word ops -> inline hast: semantic <ins>/<del> carrying a hidden spoken marker,
// so the change is never conveyed by color alone.
export function visuallyHidden(text: string, lang?: string): ElementContent {
  return h('span.vh', lang ? { lang } : {}, text);
}

export function insertion(text: string, lang: Lang): ElementContent {
  return h('ins', [visuallyHidden(EDIT_MARK[lang].inserted), cleanText(text)]);
}

export function deletion(text: string, lang: Lang): ElementContent {
  return h('del', [visuallyHidden(EDIT_MARK[lang].deleted), cleanText(text)]);
}

/** All ops in reading order: the redline. */
export function inlineOps(ops: readonly WordOp[], lang: Lang): ElementContent[] {
  return ops.map((op) => {
    if (op.type === 'insert') return insertion(op.text, lang);
    if (op.type === 'delete') return deletion(op.text, lang);
    return { type: 'text', value: cleanText(op.text) };
  });
}

/** One side of the text: old = equal + delete, new = equal + insert. */
export function sideOps(ops: readonly WordOp[], side: 'old' | 'new', lang: Lang, marked = true): ElementContent[] {
  const skip = side === 'old' ? 'insert' : 'delete';
  const out: ElementContent[] = [];
  for (const op of ops) {
    if (op.type === skip) continue;
    if (op.type === 'equal' || !marked) out.push({ type: 'text', value: cleanText(op.text) });
    else out.push(op.type === 'insert' ? insertion(op.text, lang) : deletion(op.text, lang));
  }
  return out;
}

/** Plain text of one side, for unchanged or formatting-only blocks. */
export function sideText(ops: readonly WordOp[], side: 'old' | 'new'): string {
  const skip = side === 'old' ? 'insert' : 'delete';
  return cleanText(ops.filter((o) => o.type !== skip).map((o) => o.text).join(''));
}

// A point/subpoint label ("1.", "2-1)") in front of block text; a changed label
// shows the old one struck out and the new one inserted.

/** Label in the redline: both sides merged. */
export function mergedLabel(oldLabel: string | null, newLabel: string | null, lang: Lang): Array<ElementContent | string> {
  if (oldLabel === newLabel) return oldLabel ? [h('span.label', cleanText(oldLabel)), ' '] : [];
  const parts: ElementContent[] = [];
  if (oldLabel) parts.push(deletion(oldLabel, lang));
  if (newLabel) parts.push(insertion(newLabel, lang));
  return [h('span.label', parts), ' '];
}

/** Label on one side of the side-by-side view, marked when it differs from the other side. */
export function sideLabel(label: string | null, other: string | null, side: 'old' | 'new', lang: Lang): Array<ElementContent | string> {
  if (!label) return [];
  if (label === other) return [h('span.label', cleanText(label)), ' '];
  return [h('span.label', side === 'old' ? deletion(label, lang) : insertion(label, lang)), ' '];
}

// The inline redline view: every block in reading order, deletions struck out
// and insertions underlined in place.

/** Whether a block is shown without marks: unchanged, or formatting-only when not in exact mode. */
export function showsPlain(block: BlockDiff, exact: boolean): boolean {
  return block.status === 'unchanged' || (block.formatOnly && !exact);
}

export function blockClasses(block: BlockDiff): string[] {
  return ['block', `level-${Math.max(0, Math.min(block.level, 3))}`, `b-${block.status}`];
}

function formatOnlyHint(): ElementContent {
  return h('span.hint', { lang: uiLang() }, messages['html.formattingHint']);
}

export function redlineBlock(block: BlockDiff, ctx: ReportContext): Element {
  const exact = ctx.diff.options.exact;
  const plain = showsPlain(block, exact);
  const text: ElementContent[] = plain ? [{ type: 'text', value: sideText(block.ops, 'new') }] : inlineOps(shownOps(block.ops), ctx.lang);
  return h('p', { className: blockClasses(block), dataStatus: block.status }, [
    ...mergedLabel(block.oldLabel, block.newLabel, ctx.lang),
    h('span.text', text),
    block.formatOnly && !exact ? formatOnlyHint() : null,
  ]);
}

export function redlineView(blocks: readonly BlockDiff[], ctx: ReportContext): Element {
  return h('div.view.redline', [
    h('h4.view-title', { lang: uiLang() }, messages['html.changesInPlace']),
    ...blocks.map((b) => redlineBlock(b, ctx)),
  ]);
}

// The side-by-side view: old | new in a table, one row per BlockDiff, so points
// stay aligned even when a subpoint is inserted or removed between them.
function cell(block: BlockDiff, side: 'old' | 'new', article: Article | undefined, ctx: ReportContext): Element {
  const index = side === 'old' ? block.oldIndex : block.newIndex;
  const sideWord = side === 'old' ? messages['html.before'] : messages['html.after'];
  if (index === undefined) {
    return h('td.empty', { className: [side], dataSide: sideWord },
      [visuallyHidden(side === 'old' ? messages['html.notInOld'] : messages['html.notInNew'], uiLang())]);
  }
  // The article's own block gives label and depth; the BlockDiff is the fallback.
  const source = article?.blocks[index];
  const label = side === 'old' ? block.oldLabel ?? source?.label ?? null : block.newLabel ?? source?.label ?? null;
  const other = side === 'old' ? block.newLabel : block.oldLabel;
  const level = Math.max(0, Math.min(source?.level ?? block.level, 3));
  const marked = !showsPlain(block, ctx.diff.options.exact);
  const text: ElementContent[] = sideOps(shownOps(block.ops), side, ctx.lang, marked);
  // When the columns stack (phones), an unchanged row shows only its new side, labelled so.
  const stackedLabel = !marked && side === 'new' ? messages['html.unchangedSide'] : sideWord;
  return h('td', { className: [side], dataSide: stackedLabel }, [
    h('div', { className: ['block', `level-${level}`] }, [
      ...sideLabel(label, block.oldIndex !== undefined && block.newIndex !== undefined ? other : null, side, ctx.lang),
      h('span.text', text),
    ]),
  ]);
}

export function sideBySideView(article: ArticleDiff, ctx: ReportContext, title = messages['html.beforeAfter']): Element {
  const { from, to } = ctx.diff;
  const rows = article.blocks.map((b) =>
    h('tr', { className: [`b-${b.status}`], dataStatus: b.status }, [
      cell(b, 'old', article.old, ctx),
      cell(b, 'new', article.new, ctx),
    ]));
  return h('div.view.sbs', [
    h('h4.view-title', { lang: uiLang() }, title),
    h('table.sbs-table', [
      h('caption.vh', { lang: uiLang() },
        messages['html.sideCaption'](articleName(article.number), from.id, to.id)),
      h('thead', { lang: uiLang() }, h('tr', [
        h('th', { scope: 'col' }, messages['html.sideHead'](messages['html.before'], from.id)),
        h('th', { scope: 'col' }, messages['html.sideHead'](messages['html.after'], to.id)),
      ])),
      h('tbody', rows),
    ]),
  ]);
}

// Two languages of one article side by side (`--parallel`): the redline of the
// report's language in one column and the same change in the other language in
// the next, each column carrying its own `lang`. The side-by-side view shows the
// before/after table of each language, one after the other.
function column(article: ArticleDiff | undefined, ctx: ReportContext): Element {
  const name = messages['html.langName'](ctx.lang);
  const body: ElementContent[] = article
    ? article.blocks.map((b) => redlineBlock(b, ctx))
    : [h('p.hint', { lang: uiLang() }, messages['html.noTextIn'](ctx.lang))];
  return h('div.lang-col', { lang: ctx.textLang, dataLang: ctx.lang }, [
    h('p.lang-name', { lang: uiLang() }, name),
    ...body,
  ]);
}

export function parallelViews(article: ArticleDiff, ctx: ReportContext, parallel: ParallelText): Element {
  const other = parallel.counterpart(article);
  return h('div.views', { lang: ctx.textLang }, [
    h('div.view.redline.parallel', [
      h('h4.view-title', { lang: uiLang() }, messages['html.changesInPlaceOf'](ctx.lang, parallel.ctx.lang)),
      h('div.lang-cols', [column(article, ctx), column(other, parallel.ctx)]),
    ]),
    h('div.view.sbs', [
      sideBySideView(article, ctx, messages['html.beforeAfterOf'](ctx.lang)),
      other
        ? h('div', { lang: parallel.ctx.textLang }, [sideBySideView(other, parallel.ctx, messages['html.beforeAfterOf'](parallel.ctx.lang))])
        : null,
    ]),
  ]);
}
