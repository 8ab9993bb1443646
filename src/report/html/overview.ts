// The top of the report: the header (the two versions, the summary counts), the
// change map (where the changes fall) and the contents.
import type { Element, ElementContent } from 'hast';
import { h, s } from 'hastscript';
import { type ArticleDiff, CHANGE_STATUSES, type ChangeStatus, type SectionDiff, type VersionInfo } from '../../types.js';
import { shownOps, SUMMARY_ORDER } from '../format.js';
import { inlineOps } from './views.js';
import { adoptedSentence, alsoAmendedCount, articleStatusLabel, messages, percentText } from '../messages.js';
import { statusBadge } from './article.js';
import { articleName, articleNameInline, cleanText, formatCount, groupBySection, type ReportContext, safeHttpUrl, type SectionGroup, sectionTitle, uiLang } from './context.js';
import { type Fill, wholeTree } from './index.js';

// Page header: title, the two versions compared (dates, labels, amending acts,
// sources), and the summary counts.
export function defaultTitle(ctx: ReportContext): string {
  const { diff } = ctx;
  return messages['html.title'](diff.constitution, diff.from.id, diff.to.id);
}

function versionCard(role: 'before' | 'after', v: VersionInfo, ctx: ReportContext): Element {
  const source = v.sources[ctx.lang];
  const href = safeHttpUrl(source);
  const rows: [string, Element | string][] = [
    [messages['html.card.version'], h('strong', cleanText(v.id))],
    [messages['html.card.effective'], cleanText(v.effective)],
  ];
  if (v.label) rows.push([messages['html.card.label'], cleanText(v.label)]);
  if (v.act) rows.push([messages['html.card.act'], h('span', { lang: ctx.textLang }, cleanText(v.act))]);
  if (source) rows.push([messages['html.card.source'], href ? h('a', { href, rel: 'noreferrer' }, href) : cleanText(source)]);
  return h('div.version', { className: [role] }, [
    h('p.version-role', messages[`html.${role}`]),
    h('dl', rows.flatMap(([k, val]) => [h('dt', k), h('dd', val)])),
  ]);
}

export function pageHeader(ctx: ReportContext, title: string | undefined): Element {
  const { diff } = ctx;
  return h('header.page-header', { lang: uiLang() }, [
    title === undefined ? h('h1', defaultTitle(ctx)) : h('h1', cleanText(title)),
    h('p.subtitle', `${cleanText(diff.constitution)} · ${messages['html.textIn'](diff.lang)} · `
      + (ctx.parallel ? `${messages['html.alongside'](ctx.parallel.ctx.lang)} · ` : '')
      + (diff.options.exact ? messages['html.exact'] : messages['html.notExact'])),
    h('div.versions', [versionCard('before', diff.from, ctx), h('span.arrow', { ariaHidden: 'true' }, '→'), versionCard('after', diff.to, ctx)]),
  ]);
}

export function summarySection(ctx: ReportContext): Element {
  const { summary } = ctx.diff;
  return h('section.summary', { ariaLabelledby: 'summary-title', lang: uiLang() }, [
    h('h2#summary-title', messages['html.summary']),
    h('p.headline', [
      h('strong', messages['summary.changed'](summary.changed, summary.total, formatCount)),
      `; ${messages['summary.words'](summary.wordsAdded, summary.wordsRemoved, formatCount)} `
        + `(${messages['html.ofText'](percentText(summary.changeRatio, { fixed: true }))}).`,
    ]),
    ...(adoptedSentence(ctx.diff) ? [h('p.adopted', adoptedSentence(ctx.diff))] : []),
    h('ul.counts', SUMMARY_ORDER.map((st) => h('li', { dataStatus: st }, [
      h('span.count', formatCount(summary.articles[st] ?? 0)), ' ',
      h('span', { className: ['badge', `st-${st}`] }, messages['status.group'](st)),
      ...(alsoAmendedCount(summary, st) ? [` ${messages['summary.alsoAmended'](formatCount(alsoAmendedCount(summary, st)))}`] : []),
    ]))),
    ...sectionHeadings(ctx),
  ]);
}

/** The section headings that changed, as a redline, each with its footnotes and notes (none when nothing changed). */
function sectionHeadings(ctx: ReportContext): Element[] {
  const changed = (ctx.diff.sections ?? []).filter((x) => x.status !== 'unchanged');
  if (!changed.length) return [];
  return [h('div.section-headings', [
    h('h3', messages['sections.title']),
    h('ul', changed.map((x) => h('li', { dataStatus: x.status }, [
      h('span', { lang: ctx.textLang }, inlineOps(shownOps(x.ops), ctx.lang)),
      ` (${messages[`sections.status.${x.status as Exclude<SectionDiff['status'], 'unchanged'>}`]})`,
      ...x.footnotes.map((f) => h('p.note', [`${messages['sections.footnote']}: `, h('span', { lang: ctx.textLang }, cleanText(f.text))])),
      ...x.notes.map((n) => h('p.note', [`${messages['sections.note']}: `, h('span', { lang: ctx.textLang }, cleanText(n.text))])),
    ]))),
  ])];
}

// "Where the changes fall": an SVG strip with one cell per article (colour, height
// and a tooltip per cell, a legend with words) and a per-section table with bars.
// The strip is a pointer shortcut; its links are left out of the tab order because
// the table of contents right below carries the same links for keyboards.
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
      const words = changed ? ` (${messages['html.words'](String(article.counts.wordsAdded), String(article.counts.wordsRemoved))})` : '';
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
    role: 'img', ariaLabel: messages['html.map.aria'](summary.total, summary.changed, summary.articles.unchanged),
    // Cells may stretch to fill the line, but not into wide slabs when there are few articles.
    width: '100%', height: HEIGHT, style: `max-width:${width * 3}px`,
  }, fill(cells(ctx, groups), 'svg'));
}

function legend(ctx: ReportContext): Element {
  const { articles } = ctx.diff.summary;
  return h('ul.legend', SUMMARY_ORDER.map((st) => h('li', [
    h('span', { className: ['swatch', `st-${st}`], ariaHidden: 'true' }),
    h('span', { className: ['badge', `st-${st}`] }, messages['status.group'](st)),
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
    .map((st) => messages['summary.statusCount'](counts[st], st, 0)).join(', ');
  const segments: ElementContent[] = SUMMARY_ORDER.filter((st) => counts[st] > 0).map((st) =>
    h('span', { className: ['seg', `st-${st}`], style: `flex-grow:${counts[st]}` }));
  return h('tr', [
    h('th', { scope: 'row' }, h('a', { href: `#${group.id}`, lang: group.title === null ? uiLang() : ctx.textLang }, sectionTitle(group))),
    h('td.num', messages['html.map.ofTotal'](changed, total)),
    h('td.breakdown', breakdown || messages['html.map.noChanges']),
    h('td.barcell', { ariaHidden: 'true' }, h('span.bar', segments)),
  ]);
}

function* sectionRows(groups: SectionGroup[], ctx: ReportContext): Generator<Element> {
  for (const g of groups) yield sectionRow(g, ctx);
}

export function changeMap(ctx: ReportContext, fill: Fill = wholeTree): Element {
  const groups = groupBySection(ctx.diff.articles);
  return h('section.map', { ariaLabelledby: 'map-title', lang: uiLang() }, [
    h('h2#map-title', messages['html.map.title']),
    h('figure.strip-figure', [
      strip(ctx, groups, fill),
      h('figcaption', messages['html.map.caption']),
    ]),
    legend(ctx),
    h('div.table-wrap', h('table.by-section', [
      h('caption', messages['html.map.bySection']),
      h('thead', h('tr', [
        h('th', { scope: 'col' }, messages['html.map.section']),
        h('th', { scope: 'col' }, messages['html.map.changed']),
        h('th', { scope: 'col' }, messages['html.map.kinds']),
        h('td.barcell', { ariaHidden: 'true' }),
      ])),
      h('tbody', fill(sectionRows(groups, ctx))),
    ])),
  ]);
}

// Table of contents: every article, grouped by section, with its class in words.
function entry(article: ArticleDiff, ctx: ReportContext): Element {
  const prev = article.previousNumber;
  const formerly = prev && prev !== article.number && article.status !== 'repealed' ? ` (${messages['article.formerly'](articleNameInline(prev))})` : '';
  return h('li', { className: [`st-${article.status}`], dataStatus: article.status }, [
    h('a', { href: `#${ctx.idOf(article)}` }, articleName(article.number)),
    formerly, ' ', statusBadge(article),
  ]);
}

function* sections(groups: SectionGroup[], ctx: ReportContext): Generator<Element> {
  for (const g of groups) {
    yield h('li.toc-section', [
      h('a.toc-section-title', { href: `#${g.id}`, lang: g.title === null ? uiLang() : ctx.textLang }, sectionTitle(g)),
      h('ol.toc-articles', g.articles.map((a) => entry(a, ctx))),
    ]);
  }
}

export function tableOfContents(ctx: ReportContext, fill: Fill = wholeTree): Element {
  const groups = groupBySection(ctx.diff.articles);
  return h('nav.toc', { ariaLabelledby: 'toc-title', lang: uiLang() }, [
    h('h2#toc-title', messages['html.contents']),
    h('ol.toc-sections', fill(sections(groups, ctx))),
  ]);
}
