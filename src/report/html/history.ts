// The history page of one article (constdiff history --format html): a timeline
// of every stored version, then each version with what changed, in the same
// document shell and views as the change report.
import type { Element, ElementContent, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { type ArticleDiff, type ArticleHistory, type ArticleHistoryStep, type AttributedAct, type Block, CHANGE_STATUSES, type ChangeStatus, LANG_TAG, type VersionDiff } from '../../types.js';
import { actSourceWord, articleTitle, messages, STATUS_LABEL } from '../messages.js';
import { articleNotes, foldHint } from './article.js';
import { articleName, articleNameInline, cleanText, formatCount, type ReportContext, slug, uiLang } from './context.js';
import { htmlDocument, toolbar, viewRadios } from './document.js';
import { redlineBlock, redlineView, sideBySideView } from './views.js';

// Wording of the history page: what each step did, and the acts credited with it.

/** The article's number at a step (a repealed step keeps the number it had). */
export function stepNumber(history: ArticleHistory, step: ArticleHistoryStep): string {
  return step.number ?? step.diff.old?.number ?? history.number;
}

/** Status word of a step; the first step is where the store's record starts. */
export function stepStatus(index: number, step: ArticleHistoryStep): { className: string; word: string } {
  if (index === 0) return { className: 'st-added', word: messages['html.history.first'] };
  const d = step.diff;
  if (d.status === 'unchanged') return { className: 'st-unchanged', word: d.formatOnly ? messages['html.history.formatOnly'] : STATUS_LABEL.unchanged };
  if (d.status === 'renumbered' && !d.textChanged) return { className: 'st-renumbered', word: messages['html.history.renumbered'] };
  return { className: `st-${d.status}`, word: STATUS_LABEL[d.status] };
}


/** `2017-03-10 No. 51-VI (named in a footnote)`. */
export function actText(act: AttributedAct): string {
  const date = cleanText(act.date);
  return `${act.number ? messages['html.history.act'](date, cleanText(act.number)) : date} (${actSourceWord(act.source, 'long')})`;
}

/** Acts credited with a step, or why there are none. */
export function actsText(index: number, step: ArticleHistoryStep): string {
  if (step.acts.length) return step.acts.map(actText).join('; ');
  if (index === 0) return '—';
  return step.changed ? messages['history.noAct'] : '—';
}

/** Distinct numbers the article had, in order: `7 → 9`. */
export function numberPath(history: ArticleHistory): string[] {
  const out: string[] = [];
  for (const s of history.steps) {
    const n = stepNumber(history, s);
    if (out.at(-1) !== n) out.push(n);
  }
  return out;
}

// One step of an article's history seen as a tiny comparison (the previous
// version against this one, holding just this article), so the report's
// redline and side-by-side views render it unchanged.

/** Fragment id of a step: `v-2022-06-08`. */
export function stepId(step: ArticleHistoryStep): string {
  return `v-${slug(step.version.id)}`;
}

function oneArticleDiff(history: ArticleHistory, index: number): VersionDiff {
  const step = history.steps[index];
  const d: ArticleDiff = step.diff;
  const articles = Object.fromEntries(CHANGE_STATUSES.map((s) => [s, s === d.status ? 1 : 0])) as Record<ChangeStatus, number>;
  return {
    constitution: history.constitution,
    lang: history.lang,
    // The first step has no predecessor: it is compared with nothing, in its own version.
    from: history.steps[index - 1]?.version ?? step.version,
    to: step.version,
    options: { exact: false },
    summary: {
      wordsAdded: d.counts.wordsAdded, wordsRemoved: d.counts.wordsRemoved, changeRatio: d.counts.changeRatio,
      articles, changed: d.status === 'unchanged' ? 0 : 1, total: 1,
      alsoAmended: {
        renumbered: d.status === 'renumbered' && d.textChanged ? 1 : 0, moved: d.status === 'moved' && d.textChanged ? 1 : 0,
      },
    },
    articles: [d],
  };
}

export function stepContext(history: ArticleHistory, index: number): ReportContext {
  const diff = oneArticleDiff(history, index);
  const id = stepId(history.steps[index]);
  return { diff, lang: history.lang, textLang: LANG_TAG[history.lang] ?? history.lang, idOf: () => id };
}

// The timeline of one article: a row per stored version with the date it took
// effect, the article's number in it, what changed and which acts are credited.
// On phones each row stacks into a card (see the .timeline rules in styles.ts).
const COLUMNS = ['version', 'effective', 'article', 'change', 'acts'] as const;
const column = (c: (typeof COLUMNS)[number]): string => messages[`html.history.${c}`];

export function historyTimeline(history: ArticleHistory): Element {
  const rows = history.steps.map((step, i) => {
    const status = stepStatus(i, step);
    const number = stepNumber(history, step);
    const previous = i > 0 ? stepNumber(history, history.steps[i - 1]) : number;
    const words = i > 0 && step.changed && (step.diff.counts.wordsAdded || step.diff.counts.wordsRemoved)
      ? ` ${messages['html.words'](formatCount(step.diff.counts.wordsAdded), formatCount(step.diff.counts.wordsRemoved))}` : '';
    const cells: [string, Array<Element | string>][] = [
      [column('version'), [h('a', { href: `#${stepId(step)}` }, cleanText(step.version.id))]],
      [column('effective'), [cleanText(step.version.effective)]],
      [column('article'), [number === 'preamble' ? articleTitle('preamble') : cleanText(number),
        previous !== number ? messages['html.history.was'](cleanText(previous)) : '']],
      [column('change'), [h('span', { className: ['badge', status.className] }, status.word), words]],
      [column('acts'), [actsText(i, step)]],
    ];
    return h('tr', { dataVersion: step.version.id, dataStatus: i === 0 ? 'first' : step.diff.status },
      cells.map(([label, children], c) => (c === 0
        ? h('th', { scope: 'row', dataLabel: label }, children)
        : h('td', { dataLabel: label }, children))));
  });
  return h('section.timeline-section', { ariaLabelledby: 'timeline-title', lang: uiLang() }, [
    h('h2#timeline-title', messages['html.history.timeline']),
    h('table.timeline', [
      h('caption.vh', messages['html.history.caption'](articleName(history.number))),
      h('thead', h('tr', COLUMNS.map((c) => h('th', { scope: 'col' }, column(c))))),
      h('tbody', rows),
    ]),
  ]);
}

// One version in the life of an article: a heading with what happened, the
// facts (date in force, number, acts), then the text: in full for the first
// version, the word diff (inline and side by side) where the wording changed,
// and folded away where it did not.
function plainBlock(block: Block): Element {
  return h('p', { className: ['block', `level-${Math.max(0, Math.min(block.level, 3))}`] }, [
    block.label ? h('span.label', cleanText(block.label)) : null, block.label ? ' ' : null,
    h('span.text', cleanText(block.text)),
  ]);
}

function heading(history: ArticleHistory, index: number, id: string): Element {
  const step = history.steps[index];
  const status = stepStatus(index, step);
  return h('h3', { id: `${id}-title` }, [
    h('span', cleanText(step.version.id)), ' · ',
    h('span', articleName(stepNumber(history, step))), ' ',
    h('span', { className: ['badge', status.className] }, status.word),
  ]);
}

function factsLine(history: ArticleHistory, index: number): Element {
  const step = history.steps[index];
  const { version } = step;
  const facts = [messages['version.inForceFrom'](cleanText(version.effective))];
  if (version.label) facts.push(cleanText(version.label));
  const previous = index > 0 ? stepNumber(history, history.steps[index - 1]) : undefined;
  const number = stepNumber(history, step);
  if (previous !== undefined && previous !== number) facts.push(messages['article.formerly'](articleNameInline(previous)));
  if (step.diff.matchedBy === 'similarity' && step.diff.old && step.diff.new) facts.push(messages['html.history.followed']);
  if (index > 0) facts.push(messages['text.acts'](actsText(index, step)));
  return h('p.facts', { lang: uiLang() }, facts.join(' · '));
}

function changedText(ctx: ReportContext): ElementContent[] {
  const d = ctx.diff.articles[0];
  const views = d.blocks.length
    ? h('div.views', { lang: ctx.textLang }, [redlineView(d.blocks, ctx), sideBySideView(d, ctx)])
    : h('p.facts', { lang: uiLang() }, messages['html.history.noText']);
  return [views, articleNotes(d.new ?? d.old, ctx)].filter((x): x is Element => x !== null);
}

export function historyStep(history: ArticleHistory, index: number): Element {
  const step = history.steps[index];
  const ctx = stepContext(history, index);
  const id = stepId(step);
  const d = step.diff;
  const status = stepStatus(index, step);
  let body: ElementContent[];
  if (index === 0) {
    body = [heading(history, index, id), factsLine(history, index),
      h('div.plain', { lang: ctx.textLang }, (d.new?.blocks ?? []).map(plainBlock)), articleNotes(d.new, ctx)]
      .filter((x): x is Element => x !== null);
  } else if (!step.changed) {
    body = [h('details.fold', [
      h('summary', [heading(history, index, id),
        h('span.fold-hint', { lang: uiLang() }, foldHint())]),
      factsLine(history, index),
      h('div.plain', { lang: ctx.textLang }, d.blocks.map((b) => redlineBlock(b, ctx))),
    ])];
  } else {
    body = [heading(history, index, id), factsLine(history, index), ...changedText(ctx)];
  }
  return h('section', {
    id,
    className: ['article', 'history-step', status.className],
    dataVersion: step.version.id,
    dataStatus: index === 0 ? 'first' : d.status,
  }, body);
}

// The history page: one article across every stored version, as one
// self-contained HTML document (same shell, CSP, styles and views as the
// change report): a timeline, then each version with its word diff.
export interface HistoryHtmlOptions {
  title?: string;
  generatedAt?: string;
}

export function defaultHistoryTitle(history: ArticleHistory): string {
  return messages['html.history.title'](cleanText(history.constitution), articleName(history.number), history.steps.length);
}

function header(history: ArticleHistory, title: string): Element {
  const numbers = numberPath(history);
  const first = history.steps[0]?.version.id;
  const last = history.steps.at(-1)?.version.id;
  const changes = history.steps.filter((s, i) => i > 0 && s.changed).length;
  return h('header.page-header', { lang: uiLang() }, [
    h('h1', title),
    h('p.subtitle', [
      `${cleanText(history.constitution)} · ${messages['html.textIn'](history.lang)} · `
        + messages['html.history.span'](first ?? '', last ?? '', changes, Math.max(0, history.steps.length - 1)),
      numbers.length > 1 ? messages['html.history.numbered'](numbers.map(cleanText).join(' → ')) : '',
      messages['html.history.anchor'](cleanText(history.anchor)),
    ]),
  ]);
}

export function buildHistoryTree(history: ArticleHistory, options: HistoryHtmlOptions = {}): Root {
  const title = options.title === undefined ? defaultHistoryTitle(history) : cleanText(options.title);
  return htmlDocument({
    lang: LANG_TAG[history.lang] ?? history.lang,
    title,
    body: [
      h('a.skip', { href: '#versions', lang: uiLang() }, messages['html.history.skip']),
      header(history, title),
      ...viewRadios(),
      h('main', [
        historyTimeline(history),
        toolbar(),
        h('h2#versions-title.section-title', { lang: uiLang() }, messages['html.history.byVersion']),
        h('div#versions.articles', history.steps.map((_, i) => historyStep(history, i))),
      ]),
      h('footer.page-footer', { lang: uiLang() }, [h('p', [
        messages['html.history.footer'],
        options.generatedAt ? messages['html.generated'](cleanText(options.generatedAt)) : '',
      ])]),
    ],
  });
}

/** The history of one article as one HTML document. */
export function renderHistoryHtml(history: ArticleHistory, options: HistoryHtmlOptions = {}): string {
  return toHtml(buildHistoryTree(history, options));
}
