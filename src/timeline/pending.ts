// Applying pending wording: the text an article has once the wording adopted by
// an act but taking effect later (a date, or an event such as the next Mazhilis
// elections) is in force. Pure: an Article in, a new Article out.
//
// Targets (see PendingTarget in types.ts):
//  - article        the whole text is replaced;
//  - point          the point with that label is replaced with its subpoints and
//                   paragraphs (`lead`: only its first paragraph); a subpoint label
//                   (`2)`) replaces that one block, inside `parent` when given;
//  - add            the new points/subpoints go after the preceding sibling in
//                   label order (or after `after`), at the end when none precedes;
//  - add-paragraph  a paragraph appended at the end of the point;
//  - repeal         the point (or subpoint) is removed. The official consolidated
//                   text keeps a stub "Исключен Законом …" instead; we do not invent
//                   that wording.
// Levels are derived again from the labels (the store's rule), so inserted blocks
// nest exactly as the store would nest them.
import type { ActRef, Article, Block, Footnote, PendingWording } from '../types.js';
import { PendingTargetError } from './errors.js';
import { deriveLevels, isSubpointLabel } from '../labels.js';

export interface ApplyPendingOptions {
  /** Apply dated wording effective on or before this ISO date; every dated one when absent. */
  until?: string;
  /** Also apply wording that waits for an event (no date). */
  includeConditional?: boolean;
}

/** Whether a pending wording is in force under the options. */
export function isDue(p: PendingWording, options: ApplyPendingOptions = {}): boolean {
  if (p.effective === null) return options.includeConditional === true;
  return options.until === undefined || p.effective <= options.until;
}

/** The article with its due pending wordings applied, in the order they are listed; the rest stay pending. */
export function applyPending(article: Article, options: ApplyPendingOptions = {}): Article {
  const due = article.pending.filter((p) => isDue(p, options));
  if (!due.length) return article;
  let blocks = article.blocks.map((b) => ({ ...b }));
  for (const p of due) blocks = deriveLevels(applyOne(blocks, p, article.number));
  return {
    ...article,
    blocks,
    footnotes: withActs(article.footnotes, due),
    pending: article.pending.filter((p) => !due.includes(p)),
  };
}

/** The applied acts, as a footnote carrying the pending note, unless a footnote already names the act. */
function withActs(footnotes: Footnote[], applied: PendingWording[]): Footnote[] {
  const named = new Set(footnotes.flatMap((f) => f.acts.map((a) => a.date)));
  const out = [...footnotes];
  for (const p of applied) {
    if (!p.actDate || named.has(p.actDate)) continue;
    named.add(p.actDate);
    const act: ActRef = { date: p.actDate };
    out.push({ text: p.note, acts: [act] });
  }
  return out;
}

const normLabel = (label: string | null): string | null => label?.replace(/\s+/gu, '') ?? null;

/** Numeric parts of a label (`10-1)` → [10, 1]) for ordering siblings. */
function labelKey(label: string): number[] {
  return (label.match(/\d+/gu) ?? []).map(Number);
}

function compareLabels(a: string, b: string): number {
  const ka = labelKey(a);
  const kb = labelKey(b);
  for (let i = 0; i < Math.max(ka.length, kb.length); i++) {
    const d = (ka[i] ?? -1) - (kb[i] ?? -1);
    if (d) return d;
  }
  return 0;
}

const isPoint = (b: Block): boolean => b.label !== null && !isSubpointLabel(b.label);

/** [start, end) of the point starting at `start`: up to the next point. */
function pointExtent(blocks: Block[], start: number): [number, number] {
  let end = start + 1;
  while (end < blocks.length && !isPoint(blocks[end])) end++;
  return [start, end];
}

/** [start, end) of the blocks a label is searched in: the parent point, or the whole article. */
function scopeOf(blocks: Block[], parent: string | undefined, article: string, note: string): [number, number] {
  if (parent === undefined) return [0, blocks.length];
  const at = blocks.findIndex((b) => isPoint(b) && normLabel(b.label) === normLabel(parent));
  if (at < 0) throw new PendingTargetError(`article ${article}: pending wording names point ${parent}, which the text does not have (${note})`);
  return pointExtent(blocks, at);
}

/** [start, end) of the point or subpoint with this label: a point with its subpoints and paragraphs, a subpoint alone. */
function findTarget(blocks: Block[], label: string, parent: string | undefined, article: string, note: string): [number, number] {
  const [from, to] = scopeOf(blocks, parent, article, note);
  const wanted = normLabel(label);
  for (let i = from; i < to; i++) {
    if (normLabel(blocks[i].label) !== wanted) continue;
    return isSubpointLabel(label) ? [i, i + 1] : pointExtent(blocks, i);
  }
  throw new PendingTargetError(`article ${article}: pending wording names ${label}${parent ? ` of point ${parent}` : ''}, which the text does not have (${note})`);
}

/** Where new blocks labelled `first` go: after the last sibling labelled before it, else before the first sibling, else at the scope's end. */
function insertionPoint(blocks: Block[], first: string, parent: string | undefined, article: string, note: string): number {
  const [from, to] = scopeOf(blocks, parent, article, note);
  const subpoint = isSubpointLabel(first);
  let before: number | undefined;
  let firstSibling: number | undefined;
  for (let i = from; i < to; i++) {
    const b = blocks[i];
    if (b.label === null || isSubpointLabel(b.label) !== subpoint) continue;
    firstSibling ??= i;
    if (compareLabels(b.label, first) < 0) before = i;
  }
  if (before !== undefined) return subpoint ? before + 1 : pointExtent(blocks, before)[1];
  return firstSibling ?? to;
}

function applyOne(blocks: Block[], p: PendingWording, article: string): Block[] {
  const t = p.target;
  const splice = (start: number, end: number, insert: Block[]): Block[] =>
    [...blocks.slice(0, start), ...insert.map((b) => ({ ...b })), ...blocks.slice(end)];
  switch (t.kind) {
    case 'article':
      return p.blocks.map((b) => ({ ...b }));
    case 'point': {
      const [start, end] = findTarget(blocks, t.label, t.parent, article, p.note);
      return t.lead ? splice(start, start + 1, p.blocks) : splice(start, end, p.blocks);
    }
    case 'add': {
      const at = t.after !== undefined
        ? findTarget(blocks, t.after, t.parent, article, p.note)[1]
        : insertionPoint(blocks, t.labels[0] ?? p.blocks[0]?.label ?? '', t.parent, article, p.note);
      return splice(at, at, p.blocks);
    }
    case 'add-paragraph': {
      const [, end] = findTarget(blocks, t.label, undefined, article, p.note);
      return splice(end, end, p.blocks);
    }
    case 'repeal': {
      const [start, end] = findTarget(blocks, t.label, t.parent, article, p.note);
      return splice(start, end, []);
    }
  }
}

/** Every article of a version with its due pending wording applied. */
export function applyPendingAll(articles: Article[], options: ApplyPendingOptions = {}): Article[] {
  return articles.map((a) => applyPending(a, options));
}
