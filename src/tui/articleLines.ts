// The right pane's content for one article, laid out as screen lines: a title,
// the word diff (inline or side by side, or both languages side by side) with
// point labels, then the notes (amending acts, court-ruling notes, pending
// wording). Deletions and insertions carry `[-…-]` / `{+…+}` markers as well as
// colors so the diff reads without color.
import { articleActs, marked, shownOps } from '../report/format.js';
import { articleStatusLabel, articleTitle, formatAct, messages } from '../report/messages.js';
import type { ArticleDiff, Block, BlockDiff, VersionDiff, WordOp } from '../types.js';
import { displayWidth, type Line, padLine, sanitizeForTerminal, type Segment, wrapSegments } from './screen.js';

/** Text goes into segments as is: seg() strips it for the terminal. */
const same = (text: string) => text;

export interface LayoutOptions {
  width: number;
  sideBySide: boolean;
}

const INDENT_PER_LEVEL = 2;
export const COLUMN_GAP = ' │ ';

export const seg = (text: string, style: Segment['style'] = 'text'): Segment => ({ text: sanitizeForTerminal(text), style });
const deleted = (text: string): Segment => seg(marked('deleted', text), 'deleted');
const inserted = (text: string): Segment => seg(marked('inserted', text), 'inserted');

/** Whether the word ops of this block should show as plain new text. */
function showsPlain(block: BlockDiff, diff: Pick<VersionDiff, 'options'>): boolean {
  return block.formatOnly && !diff.options.exact;
}

function labelSegments(block: BlockDiff): Segment[] {
  const { oldLabel, newLabel } = block;
  if (oldLabel === newLabel) return oldLabel ? [seg(oldLabel, 'label')] : [];
  if (oldLabel && newLabel) return [deleted(oldLabel), inserted(newLabel)];
  if (newLabel) return [seg(newLabel, block.status === 'added' ? 'inserted' : 'label')];
  return [seg(oldLabel!, block.status === 'repealed' ? 'deleted' : 'label')];
}

/**
 * Segments of a block's word ops. `keep` picks the side(s) to show; `plain`
 * shows the kept text without diff markers (formatting-only differences).
 */
function opSegments(ops: WordOp[], keep: 'both' | 'old' | 'new', plain = false): Segment[] {
  const out: Segment[] = [];
  for (const op of ops) {
    if (op.type === 'equal') out.push(seg(op.text));
    else if (op.type === 'delete' && keep !== 'new') out.push(plain ? seg(op.text) : deleted(op.text));
    else if (op.type === 'insert' && keep !== 'old') out.push(plain ? seg(op.text) : inserted(op.text));
  }
  return out;
}

/** Label, a space, then the text, wrapped with the continuation aligned after the label. */
function labelledBlock(level: number, label: Segment[], body: Segment[], width: number): Line[] {
  const indent = ' '.repeat(level * INDENT_PER_LEVEL);
  const head: Segment[] = indent ? [seg(indent)] : [];
  const labelWidth = label.reduce((n, s) => n + displayWidth(s.text), 0);
  const prefix = label.length ? [...head, ...label, seg(' ')] : head;
  const hang = indent.length + (labelWidth ? labelWidth + 1 : 0);
  return wrapSegments([...prefix, ...body], width, hang);
}

export function inlineBlock(block: BlockDiff, diff: Pick<VersionDiff, 'options'>, width: number): Line[] {
  const plain = showsPlain(block, diff);
  return labelledBlock(block.level, labelSegments(block), opSegments(shownOps(block.ops), plain ? 'new' : 'both', plain), width);
}

/** A block as two columns: old wording (with deletions) left, new wording (with insertions) right. */
function sideBlock(block: BlockDiff, diff: VersionDiff, columnWidth: number): Line[] {
  const plain = showsPlain(block, diff);
  const relabelled = block.oldLabel !== block.newLabel;
  const side = (label: string | null, keep: 'old' | 'new', changedStyle: 'deleted' | 'inserted') =>
    labelledBlock(block.level, label ? [seg(label, relabelled ? changedStyle : 'label')] : [],
      opSegments(shownOps(block.ops), keep, plain), columnWidth);
  const left = block.status === 'added' ? [] : side(block.oldLabel, 'old', 'deleted');
  const right = block.status === 'repealed' ? [] : side(block.newLabel, 'new', 'inserted');
  return zipColumns(left, right, columnWidth);
}

export function zipColumns(left: Line[], right: Line[], columnWidth: number): Line[] {
  const rows = Math.max(left.length, right.length);
  const out: Line[] = [];
  for (let i = 0; i < rows; i++) {
    out.push([...padLine(left[i] ?? [], columnWidth), seg(COLUMN_GAP, 'muted'), ...(right[i] ?? [])]);
  }
  return out;
}

export function titleLines(article: ArticleDiff, width: number): Line[] {
  const words = article.counts.wordsAdded + article.counts.wordsRemoved > 0
    ? ` · ${messages['tui.words'](article.counts.wordsAdded, article.counts.wordsRemoved)}` : '';
  const was = article.previousNumber && article.previousNumber !== article.number
    ? ` ${messages['tui.was'](article.previousNumber)}` : '';
  const lines = wrapSegments([
    seg(`${articleTitle(article.number)}${was}`, 'title'),
    seg(` · ${articleStatusLabel(article)}${article.formatOnly ? messages['html.formattingHint'] : ''}${words}`, 'muted'),
  ], width, 2);
  const section = (article.new ?? article.old)?.section;
  if (section) lines.push(...wrapSegments([seg(section, 'muted')], width, 2));
  return lines;
}

export function plainBlock(block: Block, width: number, style: Segment['style']): Line[] {
  return labelledBlock(block.level, block.label ? [seg(block.label, 'label')] : [], [seg(block.text, style)], width);
}

export function noteLines(article: ArticleDiff, width: number): Line[] {
  const lines: Line[] = [];
  const current = article.new ?? article.old;
  if (!current) return lines;
  const footnotes = current.footnotes;
  const acts = articleActs(article).map(formatAct);
  if (footnotes.length) {
    lines.push([]);
    lines.push(...wrapSegments([seg(messages['tui.amendedBy'], 'note'), seg(acts.length ? acts.join('; ') : messages['tui.seeFootnote'], 'note')], width, 2));
    for (const f of footnotes) lines.push(...wrapSegments([seg(f.text, 'muted')], width, 2));
  }
  for (const note of current.notes) {
    lines.push([]);
    lines.push(...wrapSegments([seg(messages['tui.note'], 'note'), seg(note.text, 'muted')], width, 2));
  }
  for (const pending of article.new?.pending ?? []) {
    lines.push([]);
    lines.push(...wrapSegments([
      seg(messages['tui.pending'](messages['pending.when'](pending, same)), 'pending'),
      seg(messages['tui.pendingDoes'](pending.act, messages['pending.does'](pending.target, same)), 'muted'),
    ], width, 2));
    if (pending.note) lines.push(...wrapSegments([seg(pending.note, 'muted')], width, 2));
    for (const block of pending.blocks) lines.push(...plainBlock(block, width, 'pending'));
  }
  return lines;
}

/**
 * The right pane's lines for one article, and its anchors: the first line of
 * each block, then of the notes. `s` keeps the reader's place by anchor, since
 * the inline and side-by-side layouts wrap the same block to different heights.
 */
export interface PaneText {
  lines: Line[];
  anchors: number[];
}

/** All lines of the right pane for one article at the given width, with anchors. */
export function articleLayout(article: ArticleDiff, diff: VersionDiff, options: LayoutOptions): PaneText {
  const width = Math.max(10, options.width);
  const lines: Line[] = [...titleLines(article, width), []];
  const anchors: number[] = [];
  if (options.sideBySide) {
    const columnWidth = Math.max(4, Math.floor((width - COLUMN_GAP.length) / 2));
    lines.push(...zipColumns(
      [[seg(diff.from.id, 'deleted')]],
      [[seg(diff.to.id, 'inserted')]],
      columnWidth,
    ));
    for (const block of article.blocks) {
      anchors.push(lines.length);
      lines.push(...sideBlock(block, diff, columnWidth));
    }
  } else {
    for (const block of article.blocks) {
      anchors.push(lines.length);
      lines.push(...inlineBlock(block, diff, width));
    }
  }
  if (article.status === 'repealed' && article.blocks.length === 0) {
    lines.push([seg(messages['article.repealed'], 'deleted')]);
  }
  anchors.push(lines.length);
  lines.push(...noteLines(article, width));
  return { lines, anchors };
}

/** All lines of the right pane for one article at the given width. */
export function articleLines(article: ArticleDiff, diff: VersionDiff, options: LayoutOptions): Line[] {
  return articleLayout(article, diff, options).lines;
}

// Layouts per article object and geometry, so that key handling and rendering
// share one computation and re-renders for other reasons cost nothing.
const layoutCache = new WeakMap<ArticleDiff, Map<string, PaneText>>();

function remember<T>(cache: WeakMap<ArticleDiff, Map<string, T>>, article: ArticleDiff, key: string, make: () => T): T {
  let byGeometry = cache.get(article);
  if (!byGeometry) cache.set(article, (byGeometry = new Map()));
  let value = byGeometry.get(key);
  if (value === undefined) {
    value = make();
    // A handful of widths per article is plenty; drop old ones after resizes.
    if (byGeometry.size >= 8) byGeometry.clear();
    byGeometry.set(key, value);
  }
  return value;
}

export function cachedArticleLayout(article: ArticleDiff, diff: VersionDiff, options: LayoutOptions): PaneText {
  const key = `${messages['ui.tag']}|${options.width}|${options.sideBySide}|${diff.options.exact}|${diff.from.id}|${diff.to.id}`;
  return remember(layoutCache, article, key, () => articleLayout(article, diff, options));
}

export function cachedArticleLines(article: ArticleDiff, diff: VersionDiff, options: LayoutOptions): Line[] {
  return cachedArticleLayout(article, diff, options).lines;
}

// The `l` view: one article's word diff in two languages side by side (the
// referendum pair has Russian and Kazakh). Both texts share one numbering, so
// the articles pair by number, and their points pair one to one when both have
// the same number of them; otherwise each language is laid out as one column.

const key = (a: ArticleDiff) => `${a.number}|${a.previousNumber ?? ''}|${a.new ? 'n' : 'o'}`;
const indexes = new WeakMap<VersionDiff, Map<string, ArticleDiff>>();

/** The other language's diff of the same article, if that text has it. */
export function counterpart(article: ArticleDiff, other: VersionDiff): ArticleDiff | undefined {
  let byKey = indexes.get(other);
  if (!byKey) indexes.set(other, (byKey = new Map(other.articles.map((a) => [key(a), a]))));
  return byKey.get(key(article));
}

function column(article: ArticleDiff | undefined, diff: VersionDiff, width: number): Line[][] {
  if (!article) return [[[seg(messages['tui.noText'](diff.lang), 'muted')]]];
  if (article.status === 'repealed' && article.blocks.length === 0) return [[[seg(messages['article.repealed'], 'deleted')]]];
  return article.blocks.map((b) => inlineBlock(b, diff, width));
}

export function parallelArticleLayout(article: ArticleDiff, diff: VersionDiff, other: VersionDiff, width: number): PaneText {
  const w = Math.max(10, width);
  const columnWidth = Math.max(4, Math.floor((w - COLUMN_GAP.length) / 2));
  const twin = counterpart(article, other);
  const left = column(article, diff, columnWidth);
  const right = column(twin, other, columnWidth);
  const lines: Line[] = [...titleLines(article, w), []];
  const anchors: number[] = [];
  lines.push(...zipColumns([[seg(diff.lang, 'label')]], [[seg(other.lang, 'label')]], columnWidth));
  if (left.length === right.length) {
    for (let i = 0; i < left.length; i++) {
      anchors.push(lines.length);
      lines.push(...zipColumns(left[i], right[i], columnWidth));
    }
  } else {
    anchors.push(lines.length);
    lines.push(...zipColumns(left.flat(), right.flat(), columnWidth));
  }
  anchors.push(lines.length);
  lines.push(...noteLines(article, w));
  return { lines, anchors };
}

export function parallelArticleLines(article: ArticleDiff, diff: VersionDiff, other: VersionDiff, width: number): Line[] {
  return parallelArticleLayout(article, diff, other, width).lines;
}

const parallelCache = new WeakMap<ArticleDiff, Map<string, PaneText>>();

export function cachedParallelLayout(article: ArticleDiff, diff: VersionDiff, other: VersionDiff, width: number): PaneText {
  const k = `${messages['ui.tag']}|${width}|${other.lang}|${other.from.id}|${other.to.id}`;
  return remember(parallelCache, article, k, () => parallelArticleLayout(article, diff, other, width));
}
