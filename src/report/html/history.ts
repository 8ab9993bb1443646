// The history page: one article across every stored version, as one
// self-contained HTML document (same shell, CSP, styles and views as the
// change report): a timeline, then each version with its word diff.
import type { Element, Root } from 'hast';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import type { ArticleHistory } from '../../types.js';
import { cleanText } from './clean-text.js';
import { htmlDocument, toolbar, viewRadios } from './document.js';
import { historyStep } from './history-step.js';
import { numberPath } from './history-labels.js';
import { historyTimeline } from './history-timeline.js';
import { articleName, HTML_LANG, LANGUAGE_NAME, UI_LANG } from './labels.js';

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
    lang: HTML_LANG[history.lang] ?? history.lang,
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
