// One version in the life of an article: a heading with what happened, the
// facts (date in force, number, acts), then the text: in full for the first
// version, the word diff (inline and side by side) where the wording changed,
// and folded away where it did not.
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { ArticleHistory, Block } from '../../types.js';
import { cleanText } from './clean-text.js';
import { stepContext, stepId } from './history-context.js';
import { actsText, stepNumber, stepStatus } from './history-labels.js';
import { articleName, articleNameInline, UI_LANG } from './labels.js';
import { articleNotes } from './notes.js';
import { redlineBlock, redlineView } from './redline.js';
import { sideBySideView } from './side-by-side.js';
import type { ReportContext } from './context.js';

function plainBlock(block: Block): Element {
  return h('p', { className: ['block', `level-${Math.max(0, Math.min(block.level, 3))}`] }, [
    block.label ? h('span.label', cleanText(block.label)) : null, block.label ? ' ' : null,
    h('span.text', cleanText(block.text)),
  ]);
}

function heading(history: ArticleHistory, index: number, id: string): Element {
  const step = history.steps[index]!;
  const status = stepStatus(index, step);
  return h('h3', { id: `${id}-title` }, [
    h('span', cleanText(step.version.id)), ' · ',
    h('span', articleName(stepNumber(history, step))), ' ',
    h('span', { className: ['badge', status.className] }, status.word),
  ]);
}

function factsLine(history: ArticleHistory, index: number): Element {
  const step = history.steps[index]!;
  const { version } = step;
  const facts = [`in force from ${cleanText(version.effective)}`];
  if (version.label) facts.push(cleanText(version.label));
  const previous = index > 0 ? stepNumber(history, history.steps[index - 1]!) : undefined;
  const number = stepNumber(history, step);
  if (previous !== undefined && previous !== number) facts.push(`formerly ${articleNameInline(previous)}`);
  if (step.diff.matchedBy === 'similarity' && step.diff.old && step.diff.new) facts.push('followed by content');
  if (index > 0) facts.push(`acts: ${actsText(index, step)}`);
  return h('p.facts', { lang: UI_LANG }, facts.join(' · '));
}

function changedText(ctx: ReportContext): ElementContent[] {
  const d = ctx.diff.articles[0]!;
  const views = d.blocks.length
    ? h('div.views', { lang: ctx.textLang }, [redlineView(d.blocks, ctx), sideBySideView(d, ctx)])
    : h('p.facts', { lang: UI_LANG }, 'No text in this version.');
  return [views, articleNotes(d.new ?? d.old, ctx)].filter((x): x is Element => x !== null);
}

export function historyStep(history: ArticleHistory, index: number): Element {
  const step = history.steps[index]!;
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
