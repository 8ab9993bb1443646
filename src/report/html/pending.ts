// Wording adopted but taking effect later, shown as a redline against the text
// it replaces: the article in force compared with the same article once this one
// wording is applied, and only the points that differ shown (for article 44 of
// 2022-06-08, point 2 with "Сенатом Парламента" struck and "Парламентом" inserted).
import type { Element } from 'hast';
import { h } from 'hastscript';
import type { Article, PendingWording } from '../../types.js';
import { diffArticle } from '../../diff/index.js';
import { applyPending } from '../../timeline/index.js';
import { type ReportContext, UI_LANG } from './context.js';
import { redlineBlock, showsPlain } from './views.js';

/** The pending wording as a redline of the points it changes, or null when it cannot be applied (then it is shown whole). */
export function pendingRedline(article: Article, p: PendingWording, ctx: ReportContext): Element | null {
  let after: Article;
  try {
    after = applyPending({ ...article, pending: [p] }, { includeConditional: true });
  } catch {
    return null; // a target the text does not have: the wording is shown as written
  }
  const exact = ctx.diff.options.exact;
  const diff = diffArticle(article, after, ctx.lang, { exact });
  const changed = diff.blocks.filter((b) => !showsPlain(b, exact));
  if (!changed.length) return null;
  return h('div.pending-text.pending-redline', { lang: ctx.textLang }, [
    h('p.hint', { lang: UI_LANG }, 'Against the text in force it replaces:'),
    ...changed.map((b) => redlineBlock(b, ctx)),
  ]);
}
