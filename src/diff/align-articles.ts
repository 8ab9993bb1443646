// Pairing the articles of two versions: same number first, then content
// similarity (assign.ts). Articles identical under the same number are settled
// up front, so an amendment with a handful of changed articles only compares
// those few. Repealed stubs pair only by number.
import type { Article } from '../types.js';
import { assignPairs, type Pair, type Pairable } from './assign.js';
import { articleText, isRepealedArticle, sameBlocks } from './classify.js';
import { features } from './similarity.js';
import type { DiffMemo } from './memo.js';

function pairable(a: Article): Pairable {
  if (isRepealedArticle(a)) return { key: a.number, features: new Set(), empty: true, labelled: true };
  const f = features(articleText(a));
  return { key: a.number, features: f, empty: f.size === 0, labelled: true };
}

export function alignArticles(olds: Article[], news: Article[], memo?: DiffMemo): Pair[] {
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
  const get = (a: Article) => (memo ? memo.pairable(a, () => pairable(a)) : pairable(a));
  const o = olds.map((a, i) => (settledOld.has(i) ? none : get(a)));
  const n = news.map((a, j) => (settledNew.has(j) ? none : get(a)));
  const pairs = assignPairs(o, n, fixed);
  if (!renumberingEdition(pairs)) return pairs;
  const kept = dropStrangers(pairs, news);
  return [...kept, ...leftoverPairs(kept, o, n)];
}

/**
 * In a new edition that renumbers most articles (the 2026 Constitution), a number
 * no longer names the same article: a same-number pair whose texts share almost no
 * word pairs (similarity below UNRELATED) is then reported as one article repealed
 * and another added, not as one article "amended" beyond recognition. Within an
 * amendment history (most pairs by number) number-first pairing stands as is.
 * The preamble is always paired with the preamble.
 */
export const UNRELATED = 0.1;

/** More pairs by content than by number: a new edition, not an amendment. */
function renumberingEdition(pairs: Pair[]): boolean {
  const bySimilarity = pairs.filter((p) => !p.byKey).length;
  return bySimilarity > pairs.length - bySimilarity;
}

function dropStrangers(pairs: Pair[], news: Article[]): Pair[] {
  return pairs.filter((p) => !p.byKey || p.similarity >= UNRELATED || news[p.newIndex].number === 'preamble');
}

/**
 * In such an edition an article is often both renumbered and reworded, so that it
 * keeps fewer word pairs than MATCH_MIN asks (old article 4, sources of law, is new
 * article 5 at 0.40: "Республики" became "Республики Казахстан" throughout). What is
 * left unpaired after the first pass (and the same-number strangers just split) is
 * paired again among itself with the lower LEFTOVER_MIN, best first. Unrelated
 * articles of the bundled texts stay below 0.18; the correspondences found this way
 * score 0.23–0.46 (test/pairing-2026.test.ts lists them).
 */
export const LEFTOVER_MIN = 0.2;

function leftoverPairs(pairs: Pair[], olds: Pairable[], news: Pairable[]): Pair[] {
  const oldPaired = new Set(pairs.map((p) => p.oldIndex));
  const newPaired = new Set(pairs.map((p) => p.newIndex));
  const oldLeft = olds.flatMap((p, i) => (oldPaired.has(i) || p.empty ? [] : [i]));
  const newLeft = news.flatMap((p, j) => (newPaired.has(j) || p.empty ? [] : [j]));
  if (!oldLeft.length || !newLeft.length) return [];
  // Distinct keys: every candidate competes on content alone.
  const again = assignPairs(
    oldLeft.map((i) => ({ ...olds[i], key: `old ${i}` })), newLeft.map((j) => ({ ...news[j], key: `new ${j}` })), [], LEFTOVER_MIN);
  return again.map((p) => ({ ...p, oldIndex: oldLeft[p.oldIndex], newIndex: newLeft[p.newIndex] }));
}
