// Pairing the articles of two versions: same number first, then content
// similarity (assign.ts). Articles identical under the same number are settled
// up front, so an amendment with a handful of changed articles only compares
// those few. Repealed stubs pair only by number.
import type { Article } from '../types.js';
import { assignPairs, type Pair, type Pairable } from './assign.js';
import { articleText, isRepealedArticle, sameBlocks } from './classify.js';
import { features } from './similarity.js';

function pairable(a: Article): Pairable {
  if (isRepealedArticle(a)) return { key: a.number, features: new Set(), empty: true, labelled: true };
  const f = features(articleText(a));
  return { key: a.number, features: f, empty: f.size === 0, labelled: true };
}

export function alignArticles(olds: Article[], news: Article[]): Pair[] {
  const oldByNumber = new Map<string, number>();
  olds.forEach((a, i) => {
    if (!oldByNumber.has(a.number)) oldByNumber.set(a.number, i);
  });
  const fixed: Pair[] = [];
  const settledOld = new Set<number>();
  const settledNew = new Set<number>();
  news.forEach((a, j) => {
    const i = oldByNumber.get(a.number);
    if (i !== undefined && a.repealed === olds[i].repealed && sameBlocks(olds[i].blocks, a.blocks)) {
      fixed.push({ oldIndex: i, newIndex: j, byKey: true, similarity: 1 });
      settledOld.add(i);
      settledNew.add(j);
    }
  });
  // Settled articles cannot be taken by anyone (a same-number identical pair scores
  // above any other candidate), so their features are never computed.
  const none: Pairable = { key: '', features: new Set(), empty: true, labelled: true };
  const o = olds.map((a, i) => (settledOld.has(i) ? none : pairable(a)));
  const n = news.map((a, j) => (settledNew.has(j) ? none : pairable(a)));
  return assignPairs(o, n, fixed);
}
