// The top of the report: the header (the two versions), the summary counts,
// the section headings that changed, and the contents (folded).
import type { Element } from 'hast';
import { h } from 'hastscript';
import type { ArticleDiff, SectionDiff, VersionInfo } from '../../types.js';
import { formatPercent, shownOps, SUMMARY_ORDER } from '../format.js';
import { inlineOps } from './views.js';
import { adoptedSentence, alsoAmendedCount, messages, STATUS_LABEL, LANGUAGE_NAME } from '../messages.js';
import { statusBadge } from './article.js';
import { articleName, articleNameInline, cleanText, formatCount, groupBySection, type ReportContext, safeHttpUrl, type SectionGroup, sectionTitle, UI_LANG, withDates } from './context.js';
import { type Fill, wholeTree } from './index.js';

// Page header: title, the two versions compared (dates, labels, amending acts,
// sources), and the summary counts.
export function defaultTitle(ctx: ReportContext, constitutionTitle?: string): string {
  const { diff } = ctx;
  const name = constitutionTitle ? cleanText(constitutionTitle) : `Constitution (${diff.constitution})`;
  return `${name}: what changed from ${diff.from.id} to ${diff.to.id}`;
}

function versionCard(role: 'Before' | 'After', v: VersionInfo, ctx: ReportContext): Element {
  const source = v.sources[ctx.lang];
  const href = safeHttpUrl(source);
  const rows: [string, Element | string][] = [
    ['Version', h('strong', withDates(cleanText(v.id)))],
    ['In force from', h('span', withDates(cleanText(v.effective)))],
  ];
  if (v.label) rows.push(['Label', cleanText(v.label)]);
  if (v.act) rows.push(['Amending act', h('span', { lang: ctx.textLang }, cleanText(v.act))]);
  if (source) rows.push(['Source', href ? h('a', { href, rel: 'noreferrer' }, href) : cleanText(source)]);
  return h('div.version', { className: [role.toLowerCase()] }, [
    h('p.version-role', role),
    h('dl', rows.flatMap(([k, val]) => [h('dt', k), h('dd', val)])),
  ]);
}

export function pageHeader(ctx: ReportContext, title: string | undefined, constitutionTitle?: string): Element {
  const { diff } = ctx;
  return h('header.page-header', { lang: UI_LANG }, [
    title === undefined ? h('h1', withDates(defaultTitle(ctx, constitutionTitle))) : h('h1', cleanText(title)),
    h('p.subtitle', `${cleanText(diff.constitution)} · ${LANGUAGE_NAME[diff.lang] ?? diff.lang} text · `
      + (ctx.parallel ? `with the ${LANGUAGE_NAME[ctx.parallel.ctx.lang]} text alongside · ` : '')
      + (diff.options.exact ? 'exact comparison (formatting differences count)' : 'formatting-only differences ignored')),
    h('div.versions', [versionCard('Before', diff.from, ctx), h('span.arrow', { ariaHidden: 'true' }, '→'), versionCard('After', diff.to, ctx)]),
  ]);
}

/**
 * The summary of one view: counts of articles and words. `pointer` replaces the
 * sentence about wording adopted for later when the page has a view for it.
 */
export function summarySection(ctx: ReportContext, pointer?: Element | null): Element {
  const { summary } = ctx.diff;
  const adopted = pointer === undefined ? adoptedSentence(ctx.diff) : undefined;
  return h('section.summary', { ariaLabel: 'Summary', lang: UI_LANG }, [
    h('h2', 'Summary'),
    h('p.headline', [
      h('strong', `${formatCount(summary.changed)} of ${formatCount(summary.total)} articles changed`),
      `; ${formatCount(summary.wordsAdded)} words added, ${formatCount(summary.wordsRemoved)} removed `
        + `(${formatPercent(summary.changeRatio, { fixed: true })} of the text).`,
    ]),
    ...(adopted ? [h('p.adopted', adopted)] : []),
    ...(pointer ? [pointer] : []),
    h('ul.counts', SUMMARY_ORDER.map((st) => h('li', { dataStatus: st }, [
      h('span.count', formatCount(summary.articles[st] ?? 0)), ' ',
      h('span', { className: ['badge', `st-${st}`] }, STATUS_LABEL[st]),
      ...(alsoAmendedCount(summary, st) ? [` (${formatCount(alsoAmendedCount(summary, st))} of them also amended)`] : []),
    ]))),
  ]);
}

/** The section headings that changed, as a redline, each with its footnotes and notes (none when nothing changed). */
export function sectionHeadings(ctx: ReportContext): Element[] {
  const changed = (ctx.diff.sections ?? []).filter((x) => x.status !== 'unchanged');
  if (!changed.length) return [];
  return [h('section.section-headings', { lang: UI_LANG }, [
    h('h3', messages['sections.title']),
    h('ul', changed.map((x) => h('li', { dataStatus: x.status }, [
      h('span', { lang: ctx.textLang }, inlineOps(shownOps(x.ops), ctx.lang)),
      ` (${messages[`sections.status.${x.status as Exclude<SectionDiff['status'], 'unchanged'>}`]})`,
      ...x.footnotes.map((f) => h('p.note', [`${messages['sections.footnote']}: `, h('span', { lang: ctx.textLang }, cleanText(f.text))])),
      ...x.notes.map((n) => h('p.note', [`${messages['sections.note']}: `, h('span', { lang: ctx.textLang }, cleanText(n.text))])),
    ]))),
  ])];
}

// Table of contents: every article, grouped by section, with its class in words.
function entry(article: ArticleDiff, ctx: ReportContext): Element {
  const prev = article.previousNumber;
  const formerly = prev && prev !== article.number && article.status !== 'repealed' ? ` (formerly ${articleNameInline(prev)})` : '';
  return h('li', { className: [`st-${article.status}`], dataStatus: article.status }, [
    h('a', { href: `#${ctx.idOf(article)}` }, articleName(article.number)),
    formerly, ' ', statusBadge(article),
  ]);
}

function* sections(groups: SectionGroup[], ctx: ReportContext): Generator<Element> {
  for (const g of groups) {
    yield h('li.toc-section', [
      h('a.toc-section-title', { href: `#${g.id}`, lang: g.title === null ? UI_LANG : ctx.textLang }, sectionTitle(g)),
      h('ol.toc-articles', g.articles.map((a) => entry(a, ctx))),
    ]);
  }
}

/** Every article, folded: the changed ones lead the page (lead.ts). */
export function tableOfContents(ctx: ReportContext, fill: Fill = wholeTree): Element {
  const groups = groupBySection(ctx.diff.articles);
  return h('nav.toc', { ariaLabelledby: 'toc-title', lang: UI_LANG }, [
    h('details.toc-fold', [
      h('summary', h('h2#toc-title', `All ${formatCount(ctx.diff.articles.length)} articles`)),
      h('ol.toc-sections', fill(sections(groups, ctx))),
    ]),
  ]);
}
