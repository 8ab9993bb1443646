// Wording of the history page: what each step did, and the acts credited with it.
import type { ArticleHistory, ArticleHistoryStep, AttributedAct } from '../../types.js';
import { cleanText } from './clean-text.js';
import { actSourceWord, STATUS_LABEL } from '../messages.js';

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
