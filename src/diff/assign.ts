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
export function assignPairs(olds: Pairable[], news: Pairable[], fixed: Pair[] = []): Pair[] {
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
  news.forEach((n, j) => {
    if (newTaken[j]) return;
    const i = oldByKey.get(n.key);
    if (i === undefined) return;
    const similarity = dice(olds[i].features, n.features);
    edges.push({ oldIndex: i, newIndex: j, byKey: true, similarity, score: similarity + KEY_BONUS });
  });

  // Content candidates via an inverted index: only pairs sharing a feature are scored.
  const index = new Map<number, number[]>();
  olds.forEach((o, i) => {
    if (oldTaken[i] || o.empty) return;
    for (const f of o.features) {
      let list = index.get(f);
      if (!list) index.set(f, (list = []));
      list.push(i);
    }
  });
  const shared = new Map<number, number>();
  news.forEach((n, j) => {
    if (newTaken[j] || n.empty) return;
    shared.clear();
    for (const f of n.features) {
      const list = index.get(f);
      if (list) for (const i of list) shared.set(i, (shared.get(i) ?? 0) + 1);
    }
    for (const [i, common] of shared) {
      if (olds[i].key === n.key || olds[i].labelled !== n.labelled) continue;
      const similarity = (2 * common) / (olds[i].features.size + n.features.size);
      if (similarity >= MATCH_MIN) edges.push({ oldIndex: i, newIndex: j, byKey: false, similarity, score: similarity });
    }
  });

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
