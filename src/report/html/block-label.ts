// A point/subpoint label ("1.", "2-1)") in front of block text; a changed label
// shows the old one struck out and the new one inserted.
import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Lang } from '../../types.js';
import { cleanText } from './clean-text.js';
import { deletion, insertion } from './ops.js';

/** Label in the redline: both sides merged. */
export function mergedLabel(oldLabel: string | null, newLabel: string | null, lang: Lang): Array<ElementContent | string> {
  if (oldLabel === newLabel) return oldLabel ? [h('span.label', cleanText(oldLabel)), ' '] : [];
  const parts: ElementContent[] = [];
  if (oldLabel) parts.push(deletion(oldLabel, lang));
  if (newLabel) parts.push(insertion(newLabel, lang));
  return [h('span.label', parts), ' '];
}

/** Label on one side of the side-by-side view, marked when it differs from the other side. */
export function sideLabel(label: string | null, other: string | null, side: 'old' | 'new', lang: Lang): Array<ElementContent | string> {
  if (!label) return [];
  if (label === other) return [h('span.label', cleanText(label)), ' '];
  return [h('span.label', side === 'old' ? deletion(label, lang) : insertion(label, lang)), ' '];
}
