// The `l` view: one article's word diff in two languages side by side (the
// referendum pair has Russian and Kazakh). Both texts share one numbering, so
// the articles pair by number, and their points pair one to one when both have
// the same number of them; otherwise each language is laid out as one column.
import type { ArticleDiff, VersionDiff } from '../types.js';
import { COLUMN_GAP, inlineBlock, noteLines, seg, titleLines, zipColumns } from './articleLines.js';
import type { Line } from './segments.js';

const key = (a: ArticleDiff) => `${a.number}|${a.previousNumber ?? ''}|${a.new ? 'n' : 'o'}`;
const indexes = new WeakMap<VersionDiff, Map<string, ArticleDiff>>();

/** The other language's diff of the same article, if that text has it. */
export function counterpart(article: ArticleDiff, other: VersionDiff): ArticleDiff | undefined {
  let byKey = indexes.get(other);
  if (!byKey) indexes.set(other, (byKey = new Map(other.articles.map((a) => [key(a), a]))));
  return byKey.get(key(article));
}

function column(article: ArticleDiff | undefined, diff: VersionDiff, width: number): Line[][] {
  if (!article) return [[[seg(`(no ${diff.lang} text of this article)`, 'muted')]]];
  if (article.status === 'repealed' && article.blocks.length === 0) return [[[seg('(repealed)', 'deleted')]]];
  return article.blocks.map((b) => inlineBlock(b, diff, width));
}

export function parallelArticleLines(article: ArticleDiff, diff: VersionDiff, other: VersionDiff, width: number): Line[] {
  const w = Math.max(10, width);
  const columnWidth = Math.max(4, Math.floor((w - COLUMN_GAP.length) / 2));
  const twin = counterpart(article, other);
  const left = column(article, diff, columnWidth);
  const right = column(twin, other, columnWidth);
  const lines: Line[] = [...titleLines(article, w), []];
  lines.push(...zipColumns([[seg(diff.lang, 'label')]], [[seg(other.lang, 'label')]], columnWidth));
  if (left.length === right.length) {
    for (let i = 0; i < left.length; i++) lines.push(...zipColumns(left[i]!, right[i]!, columnWidth));
  } else {
    lines.push(...zipColumns(left.flat(), right.flat(), columnWidth));
  }
  lines.push(...noteLines(article, w));
  return lines;
}

const cache = new WeakMap<ArticleDiff, Map<string, Line[]>>();

export function cachedParallelLines(article: ArticleDiff, diff: VersionDiff, other: VersionDiff, width: number): Line[] {
  let byWidth = cache.get(article);
  if (!byWidth) cache.set(article, (byWidth = new Map()));
  const k = `${width}|${other.lang}|${other.from.id}|${other.to.id}`;
  let lines = byWidth.get(k);
  if (!lines) {
    lines = parallelArticleLines(article, diff, other, width);
    if (byWidth.size >= 8) byWidth.clear();
    byWidth.set(k, lines);
  }
  return lines;
}
