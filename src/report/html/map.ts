// "Where the changes are": one bar per changed article in reading order, its
// height by the words added and removed, its article number on the axis below;
// each run of unchanged articles is one short grey bar labelled with its range.
// The bars are links big enough to tap and in the tab order; a strip wider than
// the screen scrolls on its own, not the page. Below, a table per section.
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { type ArticleDiff, CHANGE_STATUSES, type ChangeStatus } from '../../types.js';
import { SUMMARY_ORDER } from '../format.js';
import { articleStatusLabel, STATUS_LABEL } from '../messages.js';
import { articleName, cleanText, formatCount, groupBySection, type ReportContext, type SectionGroup, sectionTitle, UI_LANG } from './context.js';
import { type Fill, wholeTree } from './index.js';

/** Bar heights in px: the smallest change still shows, the largest fills the strip. */
const MIN_BAR = 6;
const MAX_BAR = 56;

const changedWords = (a: ArticleDiff) => a.counts.wordsAdded + a.counts.wordsRemoved;

/** Height of a changed article's bar: by the square root of its words changed, so small changes stay visible. */
export function barHeight(words: number, most: number): number {
  if (most <= 0) return MIN_BAR;
  return Math.round(MIN_BAR + (MAX_BAR - MIN_BAR) * Math.sqrt(words / most));
}

function changedBar(article: ArticleDiff, ctx: ReportContext, most: number): Element {
  const words = changedWords(article);
  const label = `${articleName(article.number)}: ${articleStatusLabel(article)}, +${article.counts.wordsAdded} / −${article.counts.wordsRemoved} words`;
  return h('li', { className: ['bar-item', `st-${article.status}`], dataWords: String(words) }, h('a', { href: `#${ctx.idOf(article)}`, title: label, ariaLabel: label }, [
    h('span.bar', { style: `height:${barHeight(words, most)}px` }),
    h('span.axis', { ariaHidden: 'true' }, cleanText(article.number === 'preamble' ? 'pr.' : article.number)),
  ]));
}

function quietRun(run: ArticleDiff[]): Element {
  const first = cleanText(run[0].number === 'preamble' ? 'pr.' : run[0].number);
  const last = cleanText(run.at(-1)!.number);
  const range = run.length === 1 ? first : `${first}–${last}`;
  return h('li.bar-item.st-unchanged.quiet', { title: `${run.length} unchanged: ${range}` }, [
    h('span.bar', { ariaHidden: 'true' }),
    h('span.axis', range),
  ]);
}

/** The strip's items: a bar per changed article, one per run of unchanged ones. */
function* bars(ctx: ReportContext, most: number): Generator<Element> {
  let run: ArticleDiff[] = [];
  for (const article of ctx.diff.articles) {
    if (article.status === 'unchanged') {
      run.push(article);
      continue;
    }
    if (run.length) yield quietRun(run);
    run = [];
    yield changedBar(article, ctx, most);
  }
  if (run.length) yield quietRun(run);
}

function legend(ctx: ReportContext): Element {
  const { articles } = ctx.diff.summary;
  return h('ul.legend', SUMMARY_ORDER.map((st) => h('li', [
    h('span', { className: ['swatch', `st-${st}`], ariaHidden: 'true' }),
    h('span', { className: ['badge', `st-${st}`] }, STATUS_LABEL[st]),
    ` ${formatCount(articles[st] ?? 0)}`,
  ])));
}

function sectionCounts(group: SectionGroup): Record<ChangeStatus, number> {
  const counts = Object.fromEntries(CHANGE_STATUSES.map((st) => [st, 0])) as Record<ChangeStatus, number>;
  for (const a of group.articles) counts[a.status] += 1;
  return counts;
}

function sectionRow(group: SectionGroup, ctx: ReportContext): Element {
  const counts = sectionCounts(group);
  const total = group.articles.length;
  const changed = total - counts.unchanged;
  const breakdown = SUMMARY_ORDER.filter((st) => st !== 'unchanged' && counts[st] > 0)
    .map((st) => `${counts[st]} ${STATUS_LABEL[st]}`).join(', ');
  const segments: ElementContent[] = SUMMARY_ORDER.filter((st) => counts[st] > 0).map((st) =>
    h('span', { className: ['seg', `st-${st}`], style: `flex-grow:${counts[st]}` }));
  return h('tr', [
    h('th', { scope: 'row' }, h('a', { href: `#${group.id}`, lang: group.title === null ? UI_LANG : ctx.textLang }, sectionTitle(group))),
    h('td.num', `${changed} of ${total}`),
    h('td.breakdown', breakdown || 'no changes'),
    h('td.barcell', { ariaHidden: 'true' }, h('span.bar', segments)),
  ]);
}

function* sectionRows(groups: SectionGroup[], ctx: ReportContext): Generator<Element> {
  for (const g of groups) yield sectionRow(g, ctx);
}

export function changeMap(ctx: ReportContext, fill: Fill = wholeTree): Element {
  const groups = groupBySection(ctx.diff.articles);
  const most = ctx.diff.articles.reduce((m, a) => (a.status === 'unchanged' ? m : Math.max(m, changedWords(a))), 0);
  const { summary } = ctx.diff;
  return h('section.map', { ariaLabel: 'Where the changes are', lang: UI_LANG }, [
    h('h2', 'Where the changes are'),
    h('figure.strip-figure', [
      h('div.bars-scroll', [
        h('ol.bars', { ariaLabel: `${summary.changed} changed of ${summary.total} articles, in reading order` }, fill(bars(ctx, most))),
      ]),
      h('figcaption', 'One bar per changed article in reading order, taller for more words changed, its number below; grey: articles unchanged. Tap a bar to go to the article.'),
    ]),
    legend(ctx),
    h('div.table-wrap', h('table.by-section', [
      h('caption', 'Changes by section'),
      h('thead', h('tr', [
        h('th', { scope: 'col' }, 'Section'),
        h('th', { scope: 'col' }, 'Changed'),
        h('th', { scope: 'col' }, 'Kinds of change'),
        h('td.barcell', { ariaHidden: 'true' }),
      ])),
      h('tbody', fill(sectionRows(groups, ctx))),
    ])),
  ]);
}
