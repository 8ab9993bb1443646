// The inline redline view: every block in reading order, deletions struck out
// and insertions underlined in place.
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { BlockDiff } from '../../types.js';
import { mergedLabel } from './block-label.js';
import type { ReportContext } from './context.js';
import { UI_LANG } from './labels.js';
import { shownOps } from '../format.js';
import { inlineOps, sideText } from './ops.js';

/** Whether a block is shown without marks: unchanged, or formatting-only when not in exact mode. */
export function showsPlain(block: BlockDiff, exact: boolean): boolean {
  return block.status === 'unchanged' || (block.formatOnly && !exact);
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
  const text: ElementContent[] = plain ? [{ type: 'text', value: sideText(block.ops, 'new') }] : inlineOps(shownOps(block.ops), ctx.lang);
  return h('p', { className: blockClasses(block), dataStatus: block.status }, [
    ...mergedLabel(block.oldLabel, block.newLabel, ctx.lang),
    h('span.text', text),
    block.formatOnly && !exact ? formatOnlyHint() : null,
  ]);
}

export function redlineView(blocks: readonly BlockDiff[], ctx: ReportContext): Element {
  return h('div.view.redline', [
    h('h4.view-title', { lang: UI_LANG }, 'Changes in place'),
    ...blocks.map((b) => redlineBlock(b, ctx)),
  ]);
}
