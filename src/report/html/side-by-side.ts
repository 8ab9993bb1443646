// The side-by-side view: old | new in a table, one row per BlockDiff, so points
// stay aligned even when a subpoint is inserted or removed between them.
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Article, ArticleDiff, BlockDiff } from '../../types.js';
import { sideLabel } from './block-label.js';
import type { ReportContext } from './context.js';
import { articleName, UI_LANG } from './labels.js';
import { shownOps } from '../format.js';
import { sideOps, visuallyHidden } from './ops.js';
import { showsPlain } from './redline.js';

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
  const text: ElementContent[] = sideOps(shownOps(block.ops), side, ctx.lang, marked);
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
    h('tr', { className: [`b-${b.status}`], dataStatus: b.status }, [
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
