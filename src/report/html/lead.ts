// The head of the report: the changed articles first, each with a link and the
// words of its first change as a short redline, before the change map and the
// full contents (which are folded).
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { ArticleDiff, BlockDiff, WordOp } from '../../types.js';
import { displayOps } from './editorial.js';
import { statusBadge } from './article.js';
import { articleName, cleanText, formatCount, type ReportContext, UI_LANG } from './context.js';
import { type Fill, wholeTree } from './index.js';
import { inlineOps, showsPlain } from './views.js';

/** Words of context kept before the first change, and words shown in all. */
const BEFORE = 6;
const BUDGET = 24;

/** The first `n` words of a text (with the whitespace between them), and whether some were left off. */
function headWords(text: string, n: number): [string, boolean] {
  const parts = text.split(/(\s+)/u);
  let words = 0;
  let i = 0;
  for (; i < parts.length && words < n; i++) if (/\S/u.test(parts[i])) words++;
  const head = parts.slice(0, i).join('');
  return [head, head.trimEnd().length < text.trimEnd().length];
}

/** The last `n` words of a text, and whether some were left off. */
function tailWords(text: string, n: number): [string, boolean] {
  const parts = text.split(/(\s+)/u);
  let words = 0;
  let i = parts.length;
  while (i > 0 && words < n) if (/\S/u.test(parts[--i])) words++;
  const tail = parts.slice(i).join('');
  return [tail, tail.trimStart().length < text.trimStart().length];
}

const wordCount = (text: string) => text.split(/\s+/u).filter(Boolean).length;

/** The ops around the first change of a block: a few words before it, then up to BUDGET words. */
export function gistOps(ops: readonly WordOp[]): { ops: WordOp[]; cutBefore: boolean; cutAfter: boolean } {
  const first = ops.findIndex((o) => o.type !== 'equal');
  if (first < 0) return { ops: [], cutBefore: false, cutAfter: false };
  const out: WordOp[] = [];
  let cutBefore = first > 1;
  if (first > 0) {
    const [tail, cut] = tailWords(ops[first - 1].text, BEFORE);
    cutBefore ||= cut;
    out.push({ type: 'equal', text: tail.trimStart() });
  }
  let left = BUDGET;
  for (let i = first; i < ops.length; i++) {
    const n = wordCount(ops[i].text);
    if (n <= left) {
      out.push(ops[i]);
      left -= n;
      continue;
    }
    const [head] = headWords(ops[i].text, left);
    if (head.trim()) out.push({ type: ops[i].type, text: head.trimEnd() });
    return { ops: out, cutBefore, cutAfter: true };
  }
  return { ops: out, cutBefore, cutAfter: false };
}

/** The first changed block of an article as the report shows it (formatting-only edits are no change). */
function firstChange(article: ArticleDiff, exact: boolean): BlockDiff | undefined {
  return article.blocks.find((b) => !showsPlain(b, exact));
}

function gist(article: ArticleDiff, ctx: ReportContext): ElementContent[] {
  const block = firstChange(article, ctx.diff.options.exact);
  if (!block) return [];
  const { ops, cutBefore, cutAfter } = gistOps(displayOps(block.ops, ctx.diff.options.exact));
  const label = block.newLabel ?? block.oldLabel;
  return [h('span.gist', { lang: ctx.textLang }, [
    label ? h('span.label', `${cleanText(label)} `) : null,
    cutBefore ? '… ' : '',
    ...inlineOps(ops, ctx.lang),
    cutAfter ? ' …' : '',
  ])];
}

function item(article: ArticleDiff, ctx: ReportContext): Element {
  const words = article.counts.wordsAdded || article.counts.wordsRemoved
    ? h('span.words', { lang: UI_LANG }, `+${formatCount(article.counts.wordsAdded)} / −${formatCount(article.counts.wordsRemoved)}`)
    : null;
  return h('li', { dataStatus: article.status }, [
    h('p.lead-head', { lang: UI_LANG }, [h('a', { href: `#${ctx.idOf(article)}` }, articleName(article.number)), ' ', statusBadge(article), ' ', words]),
    ...gist(article, ctx),
  ]);
}

/** "What changed": every changed article with the words of its first change. */
export function changedList(ctx: ReportContext, fill: Fill = wholeTree): Element | null {
  const changed = ctx.diff.articles.reduce((n, a) => n + (a.status === 'unchanged' ? 0 : 1), 0);
  if (!changed) return null;
  function* items(): Generator<Element> {
    for (const a of ctx.diff.articles) if (a.status !== 'unchanged') yield item(a, ctx);
  }
  return h('section.lead', { ariaLabel: 'What changed', lang: UI_LANG }, [
    h('h2', `What changed: ${formatCount(changed)} ${changed === 1 ? 'article' : 'articles'}`),
    h('ol.lead-list', fill(items())),
  ]);
}
