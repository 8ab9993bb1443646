// The left pane's model: which articles are shown (changed-only filter, search),
// their class marks and change bars. Pure functions over a VersionDiff.
import type { ArticleDiff, ChangeStatus, VersionDiff } from '../types.js';
import { STATUS_SYMBOL } from '../report/format.js';
import { messages } from '../report/messages.js';
import { displayWidth, sanitizeForTerminal } from './screen.js';
import { parseArticleNumber } from '../store/names.js';

/** The report's status symbols, with unchanged rows left blank so changes stand out. */
export const STATUS_MARKS: Record<ChangeStatus, string> = { ...STATUS_SYMBOL, unchanged: ' ' };
export const PENDING_MARK = 'P';

export const STATUS_COLORS: Record<ChangeStatus, string | undefined> = {
  unchanged: undefined, amended: 'yellow', added: 'green', repealed: 'red', renumbered: 'cyan', moved: 'magenta',
};

export function hasPending(article: ArticleDiff): boolean {
  return (article.new?.pending.length ?? 0) > 0;
}

/** `████·` style bar: filled cells in proportion to the share of words changed. */
export function changeBar(article: ArticleDiff, cells: number): string {
  if (cells <= 0) return '';
  if (article.status === 'unchanged') return ' '.repeat(cells);
  const ratio = Math.min(1, Math.max(0, article.counts.changeRatio));
  // Any real change shows at least one cell, so small amendments stay visible.
  const filled = ratio > 0 ? Math.max(1, Math.round(ratio * cells)) : 0;
  return '█'.repeat(filled) + '·'.repeat(cells - filled);
}

/**
 * Label shown for an article: its number (`preamble` kept as a word), and for
 * a renumbered one the number it had, `38 (was 35)`, or `38←35` when that is
 * too wide; a repealed article keeps its old number, so two rows may share a
 * number but never without the `was`.
 */
export function articleLabel(article: ArticleDiff, width = Infinity): string {
  const number = sanitizeForTerminal(article.number);
  const previous = article.previousNumber && article.previousNumber !== article.number
    ? sanitizeForTerminal(article.previousNumber) : undefined;
  if (!previous) return number;
  const long = `${number} ${messages['tui.was'](previous)}`;
  return displayWidth(long) <= width ? long : `${number}←${previous}`;
}

const searchTextCache = new WeakMap<ArticleDiff, string>();

/** Everything searchable in an article, old and new wording, lower-cased. */
function searchText(article: ArticleDiff): string {
  let text = searchTextCache.get(article);
  if (text === undefined) {
    const parts: string[] = [];
    for (const side of [article.old, article.new]) {
      if (!side) continue;
      for (const block of side.blocks) parts.push(block.text);
      for (const pending of side.pending) for (const block of pending.blocks) parts.push(block.text);
    }
    text = sanitizeForTerminal(parts.join('\n')).toLocaleLowerCase();
    searchTextCache.set(article, text);
  }
  return text;
}

export function matchesQuery(article: ArticleDiff, query: string): boolean {
  const needle = query.trim().toLocaleLowerCase();
  return needle === '' || searchText(article).includes(needle);
}

export interface ListFilter {
  changedOnly: boolean;
  query: string;
}

/** Indexes into `diff.articles` of the articles the list shows, in reading order. */
export function visibleArticles(diff: VersionDiff, filter: ListFilter): number[] {
  const out: number[] = [];
  diff.articles.forEach((article, index) => {
    if (filter.changedOnly && article.status === 'unchanged') return;
    if (!matchesQuery(article, filter.query)) return;
    out.push(index);
  });
  return out;
}

/**
 * Index of the article with this number (new number first, then the old one for
 * renumbered or repealed articles), or -1. Accepts what parseArticleNumber does (`44`, `044`, `ст. 44`, `Preamble`).
 */
export function findArticleIndex(diff: VersionDiff, wanted: string): number {
  const number = parseArticleNumber(wanted);
  if (!number) return -1;
  const byNew = diff.articles.findIndex((a) => a.number.toLowerCase() === number && a.status !== 'repealed');
  if (byNew >= 0) return byNew;
  const byAny = diff.articles.findIndex((a) => a.number.toLowerCase() === number);
  if (byAny >= 0) return byAny;
  return diff.articles.findIndex((a) => a.previousNumber?.toLowerCase() === number);
}
