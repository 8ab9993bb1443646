// The `h` view: the life of one article as screen lines, in the order of the
// HTML history page. First the timeline: one entry per version (date, date in
// force, the article's number, what happened, the acts credited). Then each
// change, with only the points whose wording changed and the same [-…-] / {+…+}
// marks as the diff pane. Last, the first text in full.
import type { ArticleHistory, ArticleHistoryStep } from '../types.js';
import { STATUS_SYMBOL } from '../report/format.js';
import { articleTitle, messages, STATUS_LABEL } from '../report/messages.js';
import { formatAttributedAct } from '../report/history-text.js';
import { inlineBlock, plainBlock, seg } from './articleLines.js';
import { wrapSegments, type Line } from './screen.js';

const NOT_EXACT = { options: { exact: false } };
const numberAt = (h: ArticleHistory, s: ArticleHistoryStep) => s.number ?? s.diff.old?.number ?? h.number;

function whatHappened(h: ArticleHistory, i: number): string {
  const step = h.steps[i];
  const d = step.diff;
  if (i === 0) return messages['history.first'];
  if (d.status === 'renumbered') return messages['tui.history.renumbered'](numberAt(h, h.steps[i - 1]), numberAt(h, step), d.textChanged);
  return d.formatOnly && d.status === 'unchanged' ? messages['html.history.formatOnly'] : STATUS_LABEL[d.status];
}

function stepHeading(h: ArticleHistory, i: number, width: number): Line[] {
  const step = h.steps[i];
  const symbol = STATUS_SYMBOL[i === 0 ? 'added' : step.diff.status];
  const words = i > 0 && step.changed ? ` · ${messages['tui.words'](step.diff.counts.wordsAdded, step.diff.counts.wordsRemoved)}` : '';
  const acts = step.acts.length ? ` · ${messages['history.by'](step.acts.map(formatAttributedAct).join(', '))}`
    : i > 0 && step.changed ? ` · ${messages['history.noAct']}` : '';
  return wrapSegments([
    seg(`${symbol} ${step.version.id} `, 'title'),
    seg(`${articleTitle(numberAt(h, step))}: ${whatHappened(h, i)}`, step.changed || i === 0 ? 'text' : 'muted'),
    seg(`${words}${acts}`, 'muted'),
    seg(step.version.effective !== step.version.id ? ` · ${messages['version.inForceFrom'](step.version.effective)}` : '', 'muted'),
  ], width, 2);
}

/** All lines of the history view at the given width. */
export function historyLines(h: ArticleHistory, width: number): Line[] {
  const w = Math.max(10, width);
  const numbers = [...new Set(h.steps.map((s) => numberAt(h, s)))];
  const changes = h.steps.filter((s, i) => i > 0 && s.changed).length;
  const lines: Line[] = [
    ...wrapSegments([
      seg(messages['tui.history.title'](articleTitle(h.number)), 'title'),
      seg(` · ${messages['tui.history.summary'](h.lang, h.steps.length, changes)}`
        + (numbers.length > 1 ? ` · ${messages['history.numbered'](numbers.join(' → '))}` : ''), 'muted'),
    ], w, 2),
    [seg(messages['tui.history.back'], 'muted')],
    [],
    [seg(messages['tui.history.timeline'], 'label')],
  ];
  for (const i of h.steps.keys()) lines.push(...stepHeading(h, i, w));
  if (changes > 0) lines.push([], [seg(messages['tui.history.changes'], 'label')]);
  for (const [i, step] of h.steps.entries()) {
    if (i === 0 || !step.changed) continue;
    lines.push([], ...stepHeading(h, i, w));
    // Formatting-only blocks are `unchanged` (see classify.ts): only real changes are listed.
    for (const block of step.diff.blocks) {
      if (block.status !== 'unchanged') lines.push(...inlineBlock(block, NOT_EXACT, w));
    }
  }
  const [first] = h.steps;
  if (first) {
    lines.push([], [seg(messages['tui.history.firstText'](first.version.id, articleTitle(numberAt(h, first))), 'label')]);
    for (const block of first.diff.new?.blocks ?? []) lines.push(...plainBlock(block, w, 'text'));
  }
  return lines;
}

const cache = new WeakMap<ArticleHistory, Map<string, Line[]>>();

export function cachedHistoryLines(h: ArticleHistory, width: number): Line[] {
  let byWidth = cache.get(h);
  if (!byWidth) cache.set(h, (byWidth = new Map()));
  const key = `${messages['ui.tag']}|${width}`;
  let lines = byWidth.get(key);
  if (!lines) {
    lines = historyLines(h, width);
    if (byWidth.size >= 8) byWidth.clear();
    byWidth.set(key, lines);
  }
  return lines;
}
