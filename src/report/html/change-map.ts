// "Where the changes fall": an SVG strip with one cell per article (colour, height
// and a tooltip per cell, a legend with words) and a per-section table with bars.
// The strip is a pointer shortcut; its links are left out of the tab order because
// the table of contents right below carries the same links for keyboards.
import type { Element, ElementContent } from 'hast';
import { h, s } from 'hastscript';
import type { ChangeStatus } from '../../types.js';
import { CHANGE_STATUSES } from '../../types.js';
import type { ReportContext } from './context.js';
import { SUMMARY_ORDER } from '../format.js';
import { articleStatusLabel, STATUS_LABEL } from '../messages.js';
import { articleName, formatCount, UI_LANG } from './labels.js';
import { type Fill, wholeTree } from './pieces.js';
import { groupBySection, sectionTitle, type SectionGroup } from './sections.js';

const CELL = 10;
const CELL_GAP = 2;
const SECTION_GAP = 8;
const HEIGHT = 44;
const LOW = 14; // unchanged articles are short bars, so "changed" reads without colour

/** Width of the strip's drawing: one cell per article, a gap between sections. */
function stripWidth(groups: SectionGroup[]): number {
  const articles = groups.reduce((n, g) => n + g.articles.length, 0);
  return Math.max(articles * CELL + Math.max(0, groups.length - 1) * SECTION_GAP, CELL);
}

function* cells(ctx: ReportContext, groups: SectionGroup[]): Generator<Element> {
  let x = 0;
  for (const [gi, group] of groups.entries()) {
    if (gi > 0) x += SECTION_GAP;
    for (const article of group.articles) {
      const changed = article.status !== 'unchanged';
      const height = changed ? HEIGHT : LOW;
      const words = changed ? ` (+${article.counts.wordsAdded} / −${article.counts.wordsRemoved} words)` : '';
      yield s('a', { href: `#${ctx.idOf(article)}`, tabIndex: -1, className: ['cell', `st-${article.status}`] }, [
        s('title', `${articleName(article.number)}: ${articleStatusLabel(article)}${words}`),
        s('rect', { x, y: HEIGHT - height, width: CELL - CELL_GAP, height, rx: 1 }),
      ]);
      x += CELL;
    }
  }
}

function strip(ctx: ReportContext, groups: SectionGroup[], fill: Fill): Element {
  const width = stripWidth(groups);
  const { summary } = ctx.diff;
  return s('svg', {
    className: ['strip'], viewBox: `0 0 ${width} ${HEIGHT}`, preserveAspectRatio: 'none',
    role: 'img', ariaLabel: `Change map of ${summary.total} articles in reading order: ${summary.changed} changed (tall bars), `
      + `${summary.articles.unchanged} unchanged (short bars). The contents list below gives the same per article.`,
    // Cells may stretch to fill the line, but not into wide slabs when there are few articles.
    width: '100%', height: HEIGHT, style: `max-width:${width * 3}px`,
  }, fill(cells(ctx, groups), 'svg'));
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
  return h('section.map', { ariaLabelledby: 'map-title', lang: UI_LANG }, [
    h('h2#map-title', 'Where the changes are'),
    h('figure.strip-figure', [
      strip(ctx, groups, fill),
      h('figcaption', 'One bar per article in reading order, sections separated by gaps; tall bars changed, short bars unchanged. Click a bar to jump to the article.'),
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
