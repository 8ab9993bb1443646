// Pairing old items with new items: by key first (article number, point label),
// then by content. A same-key pair is kept unless another item is a clearly better
// content match, so a rewritten article 71 stays "71 amended", while a renumbering
// (state language 7 -> 9 in 2026) is recognised.
//
// Thresholds (Dice over word bigrams, see similarity.ts):
//  - MATCH_MIN = 0.5: a pair with different keys needs at least this similarity;
//  - KEY_BONUS = 0.25: a same-key pair counts as this much more similar, so a
//    different-key candidate must beat it by more than 0.25 to take over.
// Pairs are accepted greedily, best adjusted score first (ties: same key first,
// then old order), each item used at most once.
import { dice, type Features } from './similarity.js';

export const MATCH_MIN = 0.5;
export const KEY_BONUS = 0.25;

export interface Pairable {
  key: string;
  features: Features;
  /** Items without content (repealed stubs, empty blocks) pair only by key. */
  empty: boolean;
  /**
   * Content matches pair only items of the same kind: a numbered point with a
   * numbered point (renumbered), a paragraph with a paragraph. A point split into
   * paragraphs stays paired with its own label. Articles are all labelled.
   */
  labelled: boolean;
}

export interface Pair {
  oldIndex: number;
  newIndex: number;
  byKey: boolean;
  similarity: number;
}

interface Edge extends Pair {
  score: number;
}

/**
 * `fixed` pairs (e.g. identical same-key items) are taken as they are and their
 * items are left out of the search. Returns all pairs, in no particular order.
 */
export function assignPairs(olds: Pairable[], news: Pairable[], fixed: Pair[] = [], min = MATCH_MIN): Pair[] {
  const oldTaken = new Uint8Array(olds.length);
  const newTaken = new Uint8Array(news.length);
  for (const p of fixed) {
    oldTaken[p.oldIndex] = 1;
    newTaken[p.newIndex] = 1;
  }
  const edges: Edge[] = [];
  const oldByKey = new Map<string, number>();
  olds.forEach((o, i) => {
    if (!oldTaken[i] && !oldByKey.has(o.key)) oldByKey.set(o.key, i);
  });
  const newKeyCount = new Map<string, number>();
  news.forEach((n, j) => {
    if (!newTaken[j]) newKeyCount.set(n.key, (newKeyCount.get(n.key) ?? 0) + 1);
  });
  // Items of a same-key pair that no content match can beat (below): left out of the content search.
  const oldSure = new Uint8Array(olds.length);
  const newSure = new Uint8Array(news.length);
  news.forEach((n, j) => {
    if (newTaken[j]) return;
    const i = oldByKey.get(n.key);
    if (i === undefined) return;
    const similarity = dice(olds[i].features, n.features);
    const score = similarity + KEY_BONUS;
    edges.push({ oldIndex: i, newIndex: j, byKey: true, similarity, score });
    // A content edge scores its similarity, at most 1, and loses ties to a same-key edge;
    // so a same-key edge scoring 1 or more, the only one of its old item (its key is
    // unique among the new items), is always taken, whatever the content edges.
    if (score >= 1 && newKeyCount.get(n.key) === 1) {
      oldSure[i] = 1;
      newSure[j] = 1;
    }
  });

  contentEdges(olds, news, orTaken(oldTaken, oldSure), orTaken(newTaken, newSure), edges, min);

  edges.sort((a, b) => b.score - a.score || Number(b.byKey) - Number(a.byKey) || a.oldIndex - b.oldIndex
    || a.newIndex - b.newIndex);
  const pairs: Pair[] = [...fixed];
  for (const e of edges) {
    if (oldTaken[e.oldIndex] || newTaken[e.newIndex]) continue;
    oldTaken[e.oldIndex] = 1;
    newTaken[e.newIndex] = 1;
    pairs.push({ oldIndex: e.oldIndex, newIndex: e.newIndex, byKey: e.byKey, similarity: e.similarity });
  }
  return pairs;
}

function orTaken(taken: Uint8Array, sure: Uint8Array): Uint8Array {
  const out = new Uint8Array(taken.length);
  for (let i = 0; i < taken.length; i++) out[i] = taken[i] | sure[i];
  return out;
}

/**
 * Up to this many candidate pairs (the points of one article, a handful of changed
 * articles), scoring each pair directly costs less than building the index.
 */
export const DIRECT_PAIRS = 1024;

/**
 * Different-key pairs with similarity ≥ `min` (MATCH_MIN unless asked), found by prefix filtering
 * (Bayardo, Ma, Srikant: "Scaling up all pairs similarity search", WWW 2007):
 * order every item's features by how few items have them (rarest first). Two items
 * with Jaccard ≥ J share at least ⌈J·|y|⌉ features, so the new item shares one
 * with the first |y| − ⌈J·|y|⌉ + 1 features of the old item y (its prefix). Only
 * prefixes are indexed, and the rarest features come first, so common word pairs
 * ("Республики Казахстан") rarely make long lists. Candidates that pass the count
 * bound below are scored exactly: the result is the same as comparing all against all,
 * which is what is done for small inputs (DIRECT_PAIRS).
 */
function contentEdges(olds: Pairable[], news: Pairable[], oldTaken: Uint8Array, newTaken: Uint8Array, edges: Edge[],
  min: number): void {
  // The Jaccard threshold equivalent to Dice ≥ min: d = 2j / (1 + j), so j = d / (2 − d).
  const jaccardMin = min / (2 - min);
  const activeOld = (i: number) => !oldTaken[i] && !olds[i].empty;
  const activeNew = (j: number) => !newTaken[j] && !news[j].empty;
  // Only different keys of the same kind pair by content (same keys were scored above).
  const comparable = (o: Pairable, n: Pairable) => o.key !== n.key && o.labelled === n.labelled;
  const add = (i: number, j: number, similarity: number) => {
    if (similarity >= min) edges.push({ oldIndex: i, newIndex: j, byKey: false, similarity, score: similarity });
  };
  const oldCount = olds.filter((_, i) => activeOld(i)).length;
  const newCount = news.filter((_, j) => activeNew(j)).length;
  if (oldCount * newCount <= DIRECT_PAIRS) {
    news.forEach((n, j) => {
      if (activeNew(j)) olds.forEach((o, i) => { if (activeOld(i) && comparable(o, n)) add(i, j, dice(o.features, n.features)); });
    });
    return;
  }
  // Each feature's rank: 0 for the one the fewest items have (ties by value).
  const df = new Map<number, number>();
  const count = (p: Pairable) => { for (const f of p.features) df.set(f, (df.get(f) ?? 0) + 1); };
  olds.forEach((o, i) => { if (activeOld(i)) count(o); });
  news.forEach((n, j) => { if (activeNew(j)) count(n); });
  // Sorted as one number each, df · 2³² + (feature + 2³¹) (exact below 2⁵³; features
  // are 31-bit), which a Float64Array sorts natively.
  const order = new Float64Array(df.size);
  let k = 0;
  for (const [f, n] of df) order[k++] = n * 4294967296 + (f + 2147483648);
  order.sort();
  const rank = new Map<number, number>();
  order.forEach((x, r) => rank.set((x % 4294967296) - 2147483648, r));
  /** An item's features as ranks, rarest first. */
  const ranked = (p: Pairable) => {
    const r = new Int32Array(p.features.size);
    let n = 0;
    for (const f of p.features) r[n++] = rank.get(f)!;
    return r.sort();
  };
  // The small epsilon keeps a product that rounds above an integer from shortening the prefix.
  const prefixLength = (size: number) => size - Math.ceil(jaccardMin * size - 1e-9) + 1;

  // The index, rank -> old items whose prefix has it, as one flat array (start[r] .. start[r + 1]).
  const oldRanks: (Int32Array | undefined)[] = olds.map((o, i) => (activeOld(i) ? ranked(o) : undefined));
  const start = new Int32Array(order.length + 1);
  for (const r of oldRanks) if (r) for (let k = 0; k < prefixLength(r.length); k++) start[r[k] + 1]++;
  for (let r = 0; r < order.length; r++) start[r + 1] += start[r];
  const items = new Int32Array(start[order.length]);
  const fill = start.slice(0, order.length);
  oldRanks.forEach((r, i) => {
    if (r) for (let k = 0; k < prefixLength(r.length); k++) items[fill[r[k]]++] = i;
  });
  // Every feature of a new item is looked up in the old prefixes, counting per old item
  // how many it shares with the prefix. What it can share beyond is at most the rest
  // of the old item, so pairs that cannot reach the threshold are dropped unscored:
  // texts that share only common word pairs cost a count, not a comparison.
  const seen = new Int32Array(olds.length).fill(-1);
  const shared = new Int32Array(olds.length);
  const candidates: number[] = [];
  news.forEach((n, j) => {
    if (!activeNew(j)) return;
    const nr = ranked(n);
    candidates.length = 0;
    for (let k = 0; k < nr.length; k++) {
      for (let at = start[nr[k]]; at < start[nr[k] + 1]; at++) {
        const i = items[at];
        if (seen[i] !== j) {
          seen[i] = j;
          shared[i] = 0;
          candidates.push(i);
        }
        shared[i]++;
      }
    }
    for (const i of candidates) {
      if (!comparable(olds[i], n)) continue;
      const or = oldRanks[i]!;
      // Dice ≥ min needs this many shared features.
      const needed = Math.ceil((min * (or.length + nr.length)) / 2 - 1e-9);
      if (shared[i] + or.length - prefixLength(or.length) < needed) continue;
      add(i, j, (2 * commonCount(or, nr)) / (or.length + nr.length));
    }
  });
}

/** |a ∩ b| of two sorted arrays of distinct numbers. */
function commonCount(a: Int32Array, b: Int32Array): number {
  let i = 0;
  let k = 0;
  let n = 0;
  while (i < a.length && k < b.length) {
    if (a[i] < b[k]) i++;
    else if (a[i] > b[k]) k++;
    else {
      n++;
      i++;
      k++;
    }
  }
  return n;
}
