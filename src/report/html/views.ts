// The two views of one change: the inline redline (deletions struck out and
// insertions underlined in place, each with a spoken marker) and side by side
// (old | new, one row per point), and both languages next to each other (--parallel).
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Article, ArticleDiff, BlockDiff, Lang, WordOp } from '../../types.js';
import { displayOps, onlyEditorial } from './editorial.js';
import { articleName, cleanText, EDIT_MARK, type ParallelText, type ReportContext, UI_LANG } from './context.js';
import { LANGUAGE_NAME } from '../messages.js';

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

/**
 * Whether a removed text and the added text right after it (or the reverse)
 * would run together: neither side has whitespace where they meet.
 */
function runTogether(a: WordOp, b: WordOp): boolean {
  return a.type !== 'equal' && b.type !== 'equal' && a.type !== b.type && /\S$/u.test(a.text) && /^\S/u.test(b.text);
}

/**
 * All ops in reading order: the redline. A deletion next to an insertion is kept
 * apart by a space (marked .sep), so the text copied or read aloud does not run
 * the old and the new word together ("помиловании запрещается", not "помилованиизапрещается").
 */
export function inlineOps(ops: readonly WordOp[], lang: Lang): ElementContent[] {
  const out: ElementContent[] = [];
  ops.forEach((op, i) => {
    if (i > 0 && runTogether(ops[i - 1], op)) out.push(h('span.sep', ' '));
    if (op.type === 'insert') out.push(insertion(op.text, lang));
    else if (op.type === 'delete') out.push(deletion(op.text, lang));
    else out.push({ type: 'text', value: cleanText(op.text) });
  });
  return out;
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
  if (oldLabel && newLabel) parts.push(h('span.sep', ' '));
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
  return block.status === 'unchanged' || (block.formatOnly && !exact) || onlyEditorial(block, exact);
}

export function blockClasses(block: BlockDiff): string[] {
  return ['block', `level-${Math.max(0, Math.min(block.level, 3))}`, `b-${block.status}`];
}

function formatOnlyHint(): ElementContent {
  return h('span.hint', { lang: UI_LANG }, ' (formatting only)');
}

export function redlineBlock(block: BlockDiff, ctx: ReportContext): Element {
  const exact = ctx.diff.options.exact;
  const plain = showsPlain(block, exact);
  const text: ElementContent[] = plain ? [{ type: 'text', value: sideText(block.ops, 'new') }] : inlineOps(displayOps(block.ops, exact), ctx.lang);
  const status = plain ? 'unchanged' : block.status;
  return h('p', { className: [...blockClasses(block).slice(0, 2), `b-${status}`], dataStatus: status }, [
    ...mergedLabel(block.oldLabel, block.newLabel, ctx.lang),
    h('span.text', text),
    block.formatOnly && !exact ? formatOnlyHint() : null,
    onlyEditorial(block, exact) ? h('span.hint', { lang: UI_LANG }, ' (an editorial reference of the source differs, not wording)') : null,
  ]);
}

/** Unchanged points kept open next to a change, and the shortest run worth folding. */
const CONTEXT = 1;
const MIN_FOLD = 2;

/** A run of unchanged points folded away, with a summary that names them and opens them. */
function foldedRun(run: readonly BlockDiff[], ctx: ReportContext): Element {
  const first = run[0].newLabel;
  const last = run.at(-1)!.newLabel;
  const range = first && last ? `: ${cleanText(first)} to ${cleanText(last)}` : '';
  return h('details.ctx-fold', [
    h('summary', { lang: UI_LANG }, `${run.length} unchanged ${first ? 'points' : 'paragraphs'}${range}`),
    ...run.map((b) => redlineBlock(b, ctx)),
  ]);
}

/**
 * The blocks of a redline with long runs of unchanged points folded: the first
 * block (an article's lead-in) and one point on each side of a change stay open.
 */
function foldUnchanged(blocks: readonly BlockDiff[], ctx: ReportContext): ElementContent[] {
  const exact = ctx.diff.options.exact;
  // A point whose only difference is an editorial reference stays open with its note.
  const plain = blocks.map((b) => showsPlain(b, exact) && !onlyEditorial(b, exact));
  const keep = blocks.map((_, i) => i === 0 || !plain[i]
    || plain.slice(Math.max(0, i - CONTEXT), i + CONTEXT + 1).some((p) => !p));
  const out: ElementContent[] = [];
  for (let i = 0; i < blocks.length;) {
    if (keep[i]) {
      out.push(redlineBlock(blocks[i], ctx));
      i++;
      continue;
    }
    let j = i;
    while (j < blocks.length && !keep[j]) j++;
    const run = blocks.slice(i, j);
    out.push(...(run.length >= MIN_FOLD ? [foldedRun(run, ctx)] : run.map((b) => redlineBlock(b, ctx))));
    i = j;
  }
  return out;
}

export function redlineView(blocks: readonly BlockDiff[], ctx: ReportContext): Element {
  return h('div.view.redline', [
    h('h4.view-title', { lang: UI_LANG }, 'Changes in place'),
    ...foldUnchanged(blocks, ctx),
  ]);
}

// The side-by-side view: old | new in a table, one row per BlockDiff, so points
// stay aligned even when a subpoint is inserted or removed between them.
function cell(block: BlockDiff, side: 'old' | 'new', article: Article | undefined, ctx: ReportContext): Element {
  const index = side === 'old' ? block.oldIndex : block.newIndex;
  const sideWord = side === 'old' ? 'Before' : 'After';
  if (index === undefined) {
    return h('td.empty', { className: [side], dataSide: sideWord },
      [visuallyHidden(side === 'old' ? 'not in the old text' : 'not in the new text', UI_LANG)]);
  }
  // The article's own block gives label and depth; the BlockDiff is the fallback.
  const source = article?.blocks[index];
  const label = side === 'old' ? block.oldLabel ?? source?.label ?? null : block.newLabel ?? source?.label ?? null;
  const other = side === 'old' ? block.newLabel : block.oldLabel;
  const level = Math.max(0, Math.min(source?.level ?? block.level, 3));
  const marked = !showsPlain(block, ctx.diff.options.exact);
  const text: ElementContent[] = sideOps(displayOps(block.ops, ctx.diff.options.exact), side, ctx.lang, marked);
  // When the columns stack (phones), an unchanged row shows only its new side, labelled so.
  const stackedLabel = !marked && side === 'new' ? 'Unchanged' : sideWord;
  return h('td', { className: [side], dataSide: stackedLabel }, [
    h('div', { className: ['block', `level-${level}`] }, [
      ...sideLabel(label, block.oldIndex !== undefined && block.newIndex !== undefined ? other : null, side, ctx.lang),
      h('span.text', text),
    ]),
  ]);
}

export function sideBySideView(article: ArticleDiff, ctx: ReportContext, title = 'Before and after'): Element {
  const { from, to } = ctx.diff;
  const rows = article.blocks.map((b) =>
    h('tr', { className: [`b-${onlyEditorial(b, ctx.diff.options.exact) ? 'unchanged' : b.status}`], dataStatus: b.status }, [
      cell(b, 'old', article.old, ctx),
      cell(b, 'new', article.new, ctx),
    ]));
  return h('div.view.sbs', [
    h('h4.view-title', { lang: UI_LANG }, title),
    h('table.sbs-table', [
      h('caption.vh', { lang: UI_LANG },
        `${articleName(article.number)}: ${from.id} (left) and ${to.id} (right), point by point`),
      h('thead', { lang: UI_LANG }, h('tr', [
        h('th', { scope: 'col' }, `Before · ${from.id}`),
        h('th', { scope: 'col' }, `After · ${to.id}`),
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
