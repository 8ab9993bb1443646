// `v` picks another pair of versions: stay on the same article, followed by its
// content (the engine's pairing) rather than by its number, which the 2026
// Constitution changed for most articles.
import type { ArticleDiff, ArticleHistory, VersionDiff } from '../types.js';
import { findArticleIndex } from './articleList.js';

export type HistoryLoader = (number: string, inVersion: string) => ArticleHistory;

/** The article's number in version `versionId`, or undefined when it has none there (or we cannot tell). */
function numberIn(article: ArticleDiff, diff: VersionDiff, versionId: string, loadHistory?: HistoryLoader): string | undefined {
  // The pair itself pairs its two versions' articles.
  if (versionId === diff.to.id) return article.new?.number;
  if (versionId === diff.from.id) return article.old?.number;
  // Any other version: follow the article through the stored versions (the timeline's pairing).
  const [number, version] = article.new ? [article.new.number, diff.to.id] : [article.old!.number, diff.from.id];
  try {
    return loadHistory?.(number, version).steps.find((s) => s.version.id === versionId)?.number;
  } catch {
    return undefined;
  }
}

/**
 * Index in `next` of the article shown as `article` in `current`: by its
 * number in the new pair's newer version, else in its older one; by the same
 * number when the article cannot be followed; -1 when nothing fits.
 */
export function followArticle(article: ArticleDiff, current: VersionDiff, next: VersionDiff, loadHistory?: HistoryLoader): number {
  const inTo = numberIn(article, current, next.to.id, loadHistory);
  if (inTo !== undefined) {
    const index = next.articles.findIndex((a) => a.new?.number === inTo);
    if (index >= 0) return index;
  }
  const inFrom = numberIn(article, current, next.from.id, loadHistory);
  if (inFrom !== undefined) {
    const index = next.articles.findIndex((a) => a.old?.number === inFrom);
    if (index >= 0) return index;
  }
  return findArticleIndex(next, article.number);
}
