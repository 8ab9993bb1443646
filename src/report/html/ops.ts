// Word ops -> inline hast: semantic <ins>/<del> carrying a hidden spoken marker,
// so the change is never conveyed by color alone.
import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Lang, WordOp } from '../../types.js';
import { cleanText } from './clean-text.js';
import { EDIT_MARK } from './labels.js';

export function visuallyHidden(text: string, lang?: string): ElementContent {
  return h('span.vh', lang ? { lang } : {}, text);
}

export function insertion(text: string, lang: Lang): ElementContent {
  return h('ins', [visuallyHidden(EDIT_MARK[lang].inserted), cleanText(text)]);
}

export function deletion(text: string, lang: Lang): ElementContent {
  return h('del', [visuallyHidden(EDIT_MARK[lang].deleted), cleanText(text)]);
}

/** All ops in reading order: the redline. */
export function inlineOps(ops: readonly WordOp[], lang: Lang): ElementContent[] {
  return ops.map((op) => {
    if (op.type === 'insert') return insertion(op.text, lang);
    if (op.type === 'delete') return deletion(op.text, lang);
    return { type: 'text', value: cleanText(op.text) };
  });
}

/** One side of the text: old = equal + delete, new = equal + insert. */
export function sideOps(ops: readonly WordOp[], side: 'old' | 'new', lang: Lang, marked = true): ElementContent[] {
  const skip = side === 'old' ? 'insert' : 'delete';
  const out: ElementContent[] = [];
  for (const op of ops) {
    if (op.type === skip) continue;
    if (op.type === 'equal' || !marked) out.push({ type: 'text', value: cleanText(op.text) });
    else out.push(op.type === 'insert' ? insertion(op.text, lang) : deletion(op.text, lang));
  }
  return out;
}

/** Plain text of one side, for unchanged or formatting-only blocks. */
export function sideText(ops: readonly WordOp[], side: 'old' | 'new'): string {
  const skip = side === 'old' ? 'insert' : 'delete';
  return cleanText(ops.filter((o) => o.type !== skip).map((o) => o.text).join(''));
}
