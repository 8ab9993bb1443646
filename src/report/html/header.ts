// Page header: title, the two versions compared (dates, labels, amending acts,
// sources), and the summary counts.
import type { Element } from 'hast';
import { h } from 'hastscript';
import type { VersionInfo } from '../../types.js';
import { cleanText, safeHttpUrl } from './clean-text.js';
import type { ReportContext } from './context.js';
import { formatPercent, SUMMARY_ORDER } from '../format.js';
import { adoptedSentence, alsoAmendedCount, STATUS_LABEL } from '../messages.js';
import { formatCount, LANGUAGE_NAME, UI_LANG } from './labels.js';

export function defaultTitle(ctx: ReportContext): string {
  const { diff } = ctx;
  return `Constitution (${diff.constitution}): what changed from ${diff.from.id} to ${diff.to.id}`;
}

function versionCard(role: 'Before' | 'After', v: VersionInfo, ctx: ReportContext): Element {
  const source = v.sources[ctx.lang];
  const href = safeHttpUrl(source);
  const rows: [string, Element | string][] = [
    ['Version', h('strong', cleanText(v.id))],
    ['In force from', cleanText(v.effective)],
  ];
  if (v.label) rows.push(['Label', cleanText(v.label)]);
  if (v.act) rows.push(['Amending act', h('span', { lang: ctx.textLang }, cleanText(v.act))]);
  if (source) rows.push(['Source', href ? h('a', { href, rel: 'noreferrer' }, href) : cleanText(source)]);
  return h('div.version', { className: [role.toLowerCase()] }, [
    h('p.version-role', role),
    h('dl', rows.flatMap(([k, val]) => [h('dt', k), h('dd', val)])),
  ]);
}

export function pageHeader(ctx: ReportContext, title: string | undefined): Element {
  const { diff } = ctx;
  return h('header.page-header', { lang: UI_LANG }, [
    title === undefined ? h('h1', defaultTitle(ctx)) : h('h1', cleanText(title)),
    h('p.subtitle', `${cleanText(diff.constitution)} · ${LANGUAGE_NAME[diff.lang] ?? diff.lang} text · `
      + (ctx.parallel ? `with the ${LANGUAGE_NAME[ctx.parallel.ctx.lang]} text alongside · ` : '')
      + (diff.options.exact ? 'exact comparison (formatting differences count)' : 'formatting-only differences ignored')),
    h('div.versions', [versionCard('Before', diff.from, ctx), h('span.arrow', { ariaHidden: 'true' }, '→'), versionCard('After', diff.to, ctx)]),
  ]);
}

export function summarySection(ctx: ReportContext): Element {
  const { summary } = ctx.diff;
  return h('section.summary', { ariaLabelledby: 'summary-title', lang: UI_LANG }, [
    h('h2#summary-title', 'Summary'),
    h('p.headline', [
      h('strong', `${formatCount(summary.changed)} of ${formatCount(summary.total)} articles changed`),
      `; ${formatCount(summary.wordsAdded)} words added, ${formatCount(summary.wordsRemoved)} removed `
        + `(${formatPercent(summary.changeRatio, { fixed: true })} of the text).`,
    ]),
    ...(adoptedSentence(ctx.diff) ? [h('p.adopted', adoptedSentence(ctx.diff)!)] : []),
    h('ul.counts', SUMMARY_ORDER.map((st) => h('li', { dataStatus: st }, [
      h('span.count', formatCount(summary.articles[st] ?? 0)), ' ',
      h('span', { className: ['badge', `st-${st}`] }, STATUS_LABEL[st]),
      ...(alsoAmendedCount(summary, st) ? [` (${formatCount(alsoAmendedCount(summary, st))} of them also amended)`] : []),
    ]))),
  ]);
}
