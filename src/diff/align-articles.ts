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
  const sure = kept.filter((p) => !weak(p, news));
  const again = leftoverPairs(sure, o, n);
  // A weak same-number pair stands unless one of its articles found a better partner.
  const oldAgain = new Set(again.map((p) => p.oldIndex));
  const newAgain = new Set(again.map((p) => p.newIndex));
  const restored = kept.filter((p) => weak(p, news) && !oldAgain.has(p.oldIndex) && !newAgain.has(p.newIndex));
  const paired = [...sure, ...again, ...restored];
  return [...paired, ...gapPairs(paired, o, n)];
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

/**
 * A new edition: some articles are found under another number, and the articles whose
 * number does not name the same text (paired by content under another number, or
 * same-number pairs that share almost nothing) outnumber those whose number does (a
 * single article rewritten under its number is an amendment). Counting the same-number strangers matters where the
 * wording was revised as well as renumbered, so that few articles reach MATCH_MIN
 * under their new number: the Kazakh text of 2026 (an agglutinative language, whose
 * revised translation changes the endings of many words) pairs 20 articles by content
 * in the first pass, while 55 of its same-number pairs share almost no word pairs.
 */
function renumberingEdition(pairs: Pair[]): boolean {
  const byContent = pairs.filter((p) => !p.byKey).length;
  const byNumber = pairs.filter((p) => p.byKey && p.similarity >= UNRELATED).length;
  return byContent > 0 && pairs.length - byNumber > byNumber;
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
 * score 0.23–0.46 (test/new-constitution.test.ts lists them).
 */
export const LEFTOVER_MIN = 0.2;

/**
 * A same-number pair of such an edition that shares fewer word pairs than LEFTOVER_MIN
 * asks of a content match is weak: its articles take part in the second pass, and the
 * pair stands only if neither finds a partner there (the Kazakh old 82 and new 82,
 * 0.10, give way to old 82 -> new 83 at 0.39, as in Russian).
 */
function weak(p: Pair, news: Article[]): boolean {
  return p.byKey && p.similarity < LEFTOVER_MIN && news[p.newIndex].number !== 'preamble';
}

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

/**
 * The order of the articles is evidence too. Between two pairs that keep their order
 * (the longest run of pairs increasing on both sides, as in patience diff), an old
 * article and a new one both left unpaired sit at the same place in the text; they are
 * paired when they share more than almost nothing (UNRELATED), if one side of the gap
 * holds a single article: where several are left on both sides (the transitional
 * provisions at the end of the 1995 and 2026 texts), place no longer tells which goes
 * with which. This finds what was reworded so much that it keeps under LEFTOVER_MIN
 * of its word pairs:
 * in the Kazakh text of 2026, old 8 -> new 10 (0.16), 16 -> 18 (0.10), 32 -> 34 (0.19)
 * and 50 -> 53 (0.17), the same provisions as in Russian, where they score 0.23–0.41.
 */
function gapPairs(pairs: Pair[], olds: Pairable[], news: Pairable[]): Pair[] {
  const anchors = increasingRun([...pairs].sort((a, b) => a.oldIndex - b.oldIndex));
  const oldPaired = new Set(pairs.map((p) => p.oldIndex));
  const newPaired = new Set(pairs.map((p) => p.newIndex));
  const out: Pair[] = [];
  let prevOld = -1;
  let prevNew = -1;
  for (const a of [...anchors, { oldIndex: olds.length, newIndex: news.length }]) {
    const oldGap: number[] = [];
    const newGap: number[] = [];
    for (let i = prevOld + 1; i < a.oldIndex; i++) if (!oldPaired.has(i) && !olds[i].empty) oldGap.push(i);
    for (let j = prevNew + 1; j < a.newIndex; j++) if (!newPaired.has(j) && !news[j].empty) newGap.push(j);
    if (oldGap.length && newGap.length && Math.min(oldGap.length, newGap.length) === 1) {
      const found = assignPairs(
        oldGap.map((i) => ({ ...olds[i], key: `old ${i}` })), newGap.map((j) => ({ ...news[j], key: `new ${j}` })), [], UNRELATED);
      for (const p of found) out.push({ ...p, oldIndex: oldGap[p.oldIndex], newIndex: newGap[p.newIndex] });
    }
    prevOld = a.oldIndex;
    prevNew = a.newIndex;
  }
  return out;
}

/** The longest run of `pairs` (sorted by old index) whose new indices increase too. */
function increasingRun(pairs: Pair[]): Pair[] {
  // Patience sorting: tails[k] ends the best run of length k + 1 found so far.
  const tails: number[] = [];
  const back = new Int32Array(pairs.length).fill(-1);
  pairs.forEach((p, k) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (pairs[tails[mid]].newIndex < p.newIndex) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) back[k] = tails[lo - 1];
    tails[lo] = k;
  });
  const run: Pair[] = [];
  for (let k = tails.length ? tails[tails.length - 1] : -1; k >= 0; k = back[k]) run.push(pairs[k]);
  return run.reverse();
}
