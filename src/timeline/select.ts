// Choosing which articles of a comparison to show. The summary is left as is:
// it always describes the whole comparison.
import type { VersionDiff } from '../types.js';
import { NotFoundError } from './errors.js';

/**
 * Keeps only the asked articles (by new or old number) and, with changedOnly,
 * only changed ones. An asked number in neither version is refused.
 */
export function selectArticles(diff: VersionDiff, numbers: string[] | undefined, changedOnly: boolean | undefined): VersionDiff {
  let articles = diff.articles;
  if (numbers?.length) {
    for (const n of numbers) {
      if (!articles.some((a) => a.number === n || a.previousNumber === n)) {
        throw new NotFoundError(`article ${n} is in neither ${diff.from.id} nor ${diff.to.id}`);
      }
    }
    articles = articles.filter((a) => numbers.includes(a.number) || (a.previousNumber !== undefined && numbers.includes(a.previousNumber)));
  }
  if (changedOnly) articles = articles.filter((a) => a.status !== 'unchanged');
  return { ...diff, articles, ...(numbers?.length && !changedOnly ? { showUnchanged: true } : {}) };
}
