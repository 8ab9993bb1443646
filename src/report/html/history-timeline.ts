// The timeline of one article: a row per stored version with the date it took
// effect, the article's number in it, what changed and which acts are credited.
// On phones each row stacks into a card (see the .timeline rules in styles.ts).
import type { Element } from 'hast';
import { h } from 'hastscript';
import type { ArticleHistory } from '../../types.js';
import { cleanText } from './clean-text.js';
import { stepId } from './history-context.js';
import { actsText, stepNumber, stepStatus } from './history-labels.js';
import { articleName, formatCount, UI_LANG } from './labels.js';

const COLUMNS = ['Version', 'In force from', 'Article', 'Change', 'Acts credited'] as const;

export function historyTimeline(history: ArticleHistory): Element {
  const rows = history.steps.map((step, i) => {
    const status = stepStatus(i, step);
    const number = stepNumber(history, step);
    const previous = i > 0 ? stepNumber(history, history.steps[i - 1]!) : number;
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
