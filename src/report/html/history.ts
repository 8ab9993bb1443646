// The history page of one article (constdiff history --format html): a timeline
// of every stored version, then each version with what changed, in the same
// document shell and views as the change report.
import type { Element, ElementContent, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { type ArticleDiff, type ArticleHistory, type ArticleHistoryStep, type AttributedAct, type Block, CHANGE_STATUSES, type ChangeStatus, LANG_TAG, type VersionDiff } from '../../types.js';
import { actSourceWord, STATUS_LABEL, LANGUAGE_NAME } from '../messages.js';
import { articleNotes } from './article.js';
import { articleName, articleNameInline, cleanText, formatCount, type ReportContext, slug, UI_LANG } from './context.js';
import { htmlDocument, toolbar, viewRadios } from './document.js';
import { redlineBlock, redlineView, sideBySideView } from './views.js';

// Wording of the history page: what each step did, and the acts credited with it.

/** The article's number at a step (a repealed step keeps the number it had). */
export function stepNumber(history: ArticleHistory, step: ArticleHistoryStep): string {
  return step.number ?? step.diff.old?.number ?? history.number;
}

/** Status word of a step; the first step is where the store's record starts. */
export function stepStatus(index: number, step: ArticleHistoryStep): { className: string; word: string } {
  if (index === 0) return { className: 'st-added', word: 'first text' };
  const d = step.diff;
  if (d.status === 'unchanged') return { className: 'st-unchanged', word: d.formatOnly ? 'unchanged (formatting only)' : 'unchanged' };
  if (d.status === 'renumbered' && !d.textChanged) return { className: 'st-renumbered', word: 'renumbered, wording kept' };
  return { className: `st-${d.status}`, word: STATUS_LABEL[d.status] };
}


/** `2017-03-10 No. 51-VI (named in a footnote)`. */
export function actText(act: AttributedAct): string {
  return `${cleanText(act.date)}${act.number ? ` No. ${cleanText(act.number)}` : ''} (${actSourceWord(act.source, 'long')})`;
}

/** Acts credited with a step, or why there are none. */
export function actsText(index: number, step: ArticleHistoryStep): string {
  if (step.acts.length) return step.acts.map(actText).join('; ');
  if (index === 0) return '—';
  return step.changed ? 'no act named in the footnotes' : '—';
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
const COLUMNS = ['Version', 'In force from', 'Article', 'Change', 'Acts credited'] as const;

export function historyTimeline(history: ArticleHistory): Element {
  const rows = history.steps.map((step, i) => {
    const status = stepStatus(i, step);
    const number = stepNumber(history, step);
    const previous = i > 0 ? stepNumber(history, history.steps[i - 1]) : number;
    const words = i > 0 && step.changed && (step.diff.counts.wordsAdded || step.diff.counts.wordsRemoved)
      ? ` +${formatCount(step.diff.counts.wordsAdded)} / −${formatCount(step.diff.counts.wordsRemoved)} words` : '';
    const cells: [string, Array<Element | string>][] = [
      ['Version', [h('a', { href: `#${stepId(step)}` }, cleanText(step.version.id))]],
      ['In force from', [cleanText(step.version.effective)]],
      ['Article', [number === 'preamble' ? 'Preamble' : cleanText(number), previous !== number ? ` (was ${cleanText(previous)})` : '']],
      ['Change', [h('span', { className: ['badge', status.className] }, status.word), words]],
      ['Acts credited', [actsText(i, step)]],
    ];
    return h('tr', { dataVersion: step.version.id, dataStatus: i === 0 ? 'first' : step.diff.status },
      cells.map(([label, children], c) => (c === 0
        ? h('th', { scope: 'row', dataLabel: label }, children)
        : h('td', { dataLabel: label }, children))));
  });
  return h('section.timeline-section', { ariaLabelledby: 'timeline-title', lang: UI_LANG }, [
    h('h2#timeline-title', 'Timeline'),
    h('table.timeline', [
      h('caption.vh', `${articleName(history.number)}: every stored version, oldest first`),
      h('thead', h('tr', COLUMNS.map((c) => h('th', { scope: 'col' }, c)))),
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
  const facts = [`in force from ${cleanText(version.effective)}`];
  if (version.label) facts.push(cleanText(version.label));
  const previous = index > 0 ? stepNumber(history, history.steps[index - 1]) : undefined;
  const number = stepNumber(history, step);
  if (previous !== undefined && previous !== number) facts.push(`formerly ${articleNameInline(previous)}`);
  if (step.diff.matchedBy === 'similarity' && step.diff.old && step.diff.new) facts.push('followed by content');
  if (index > 0) facts.push(`acts: ${actsText(index, step)}`);
  return h('p.facts', { lang: UI_LANG }, facts.join(' · '));
}

function changedText(ctx: ReportContext): ElementContent[] {
  const d = ctx.diff.articles[0];
  const views = d.blocks.length
    ? h('div.views', { lang: ctx.textLang }, [redlineView(d.blocks, ctx), sideBySideView(d, ctx)])
    : h('p.facts', { lang: UI_LANG }, 'No text in this version.');
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
        h('span.fold-hint', { lang: UI_LANG }, [h('span.when-closed', 'show text'), h('span.when-open', 'hide text')])]),
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
  return `Constitution (${cleanText(history.constitution)}): ${articleName(history.number)} through ${history.steps.length} versions`;
}

function header(history: ArticleHistory, title: string): Element {
  const numbers = numberPath(history);
  const first = history.steps[0]?.version.id;
  const last = history.steps.at(-1)?.version.id;
  const changes = history.steps.filter((s, i) => i > 0 && s.changed).length;
  return h('header.page-header', { lang: UI_LANG }, [
    h('h1', title),
    h('p.subtitle', [
      `${cleanText(history.constitution)} · ${LANGUAGE_NAME[history.lang] ?? history.lang} text · `
        + `${first} to ${last} · changed in ${changes} of ${Math.max(0, history.steps.length - 1)} later versions`,
      numbers.length > 1 ? ` · numbered ${numbers.map(cleanText).join(' → ')}` : '',
      ` · number read in ${cleanText(history.anchor)}`,
    ]),
  ]);
}

export function buildHistoryTree(history: ArticleHistory, options: HistoryHtmlOptions = {}): Root {
  const title = options.title === undefined ? defaultHistoryTitle(history) : cleanText(options.title);
  return htmlDocument({
    lang: LANG_TAG[history.lang] ?? history.lang,
    title,
    body: [
      h('a.skip', { href: '#versions', lang: UI_LANG }, 'Skip to the versions'),
      header(history, title),
      ...viewRadios(),
      h('main', [
        historyTimeline(history),
        toolbar(),
        h('h2#versions-title.section-title', { lang: UI_LANG }, 'Version by version'),
        h('div#versions.articles', history.steps.map((_, i) => historyStep(history, i))),
      ]),
      h('footer.page-footer', { lang: UI_LANG }, [h('p', [
        'Made with constdiff. Acts are credited from the footnotes of each version; footnotes, notes and pending wordings are not constitutional text.',
        options.generatedAt ? ` Generated ${cleanText(options.generatedAt)}.` : '',
      ])]),
    ],
  });
}

/** The history of one article as one HTML document. */
export function renderHistoryHtml(history: ArticleHistory, options: HistoryHtmlOptions = {}): string {
  return toHtml(buildHistoryTree(history, options));
}
