// Material around an article that is not constitutional text: footnotes naming
// the amending acts, notes (court rulings, transitional remarks) and wording that
// was adopted but takes effect later.
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { ActRef, Article, PendingWording } from '../../types.js';
import { messages } from '../messages.js';
import { cleanText } from './clean-text.js';
import type { ReportContext } from './context.js';
import { UI_LANG } from './labels.js';

function actRef(act: ActRef): string {
  return act.number ? `${act.date} (No. ${cleanText(act.number)})` : act.date;
}


/** "Takes effect 2023-01-01", or the event it waits for when there is no date. */
function effectiveWhen(p: PendingWording, ctx: ReportContext): Element {
  if (p.effective) return h('strong', `Takes effect ${cleanText(p.effective)}`);
  if (p.condition) return h('strong', ['Takes effect when: ', h('span', { lang: ctx.textLang }, cleanText(p.condition))]);
  return h('strong', 'Takes effect later (no date given)');
}

function pendingItem(p: PendingWording, ctx: ReportContext): Element {
  return h('li.pending', [
    h('p', { lang: UI_LANG }, [
      effectiveWhen(p, ctx), ': ',
      messages['pending.does'](p.target, cleanText), ' — adopted by ',
      h('span', { lang: ctx.textLang }, cleanText(p.act)),
      p.actDate ? ` (${cleanText(p.actDate)})` : '', '.',
    ]),
    h('p.note-text', { lang: ctx.textLang }, cleanText(p.note)),
    h('blockquote.pending-text', { lang: ctx.textLang }, p.blocks.map((b) =>
      h('p', { className: ['block', `level-${Math.max(0, Math.min(b.level, 3))}`] }, [
        b.label ? h('span.label', cleanText(b.label)) : null, b.label ? ' ' : null,
        h('span.text', cleanText(b.text)),
      ]))),
  ]);
}

/** Notes of the article as it reads in the report (the new text, or the old one when repealed). */
export function articleNotes(article: Article | undefined, ctx: ReportContext): Element | null {
  if (!article) return null;
  const { footnotes, notes, pending } = article;
  if (!footnotes.length && !notes.length && !pending.length) return null;
  const parts: ElementContent[] = [];
  if (footnotes.length) {
    parts.push(h('h4', { lang: UI_LANG }, 'Amending acts'));
    parts.push(h('ul.footnotes', footnotes.map((f) => h('li', [
      h('span', { lang: ctx.textLang }, cleanText(f.text)),
      f.acts.length ? h('span.acts', { lang: UI_LANG }, ` [acts: ${f.acts.map(actRef).join('; ')}]`) : null,
    ]))));
  }
  if (notes.length) {
    parts.push(h('h4', { lang: UI_LANG }, 'Notes'));
    parts.push(h('ul.notes-list', { lang: ctx.textLang }, notes.map((n) => h('li', cleanText(n.text)))));
  }
  if (pending.length) {
    parts.push(h('h4', { lang: UI_LANG }, 'Pending wording'));
    parts.push(h('ul.pending-list', pending.map((p) => pendingItem(p, ctx))));
  }
  return h('div.notes', { lang: UI_LANG }, parts);
}
