// Pairing by key and content (src/diff/assign.ts) against the plain definition:
// score every pair, then accept greedily, best first. The engine finds content
// candidates by prefix filtering; it must find exactly the pairs this finds.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { assignPairs, DIRECT_PAIRS, KEY_BONUS, MATCH_MIN, type Pair, type Pairable } from '../src/diff/assign.js';
import { dice } from '../src/diff/similarity.js';

function allAgainstAll(olds: Pairable[], news: Pairable[]): Pair[] {
  const edges: (Pair & { score: number })[] = [];
  const firstOld = new Map<string, number>();
  olds.forEach((o, i) => { if (!firstOld.has(o.key)) firstOld.set(o.key, i); });
  news.forEach((n, j) => {
    olds.forEach((o, i) => {
      if (o.key === n.key) {
        if (firstOld.get(o.key) !== i) return;
        const similarity = dice(o.features, n.features);
        edges.push({ oldIndex: i, newIndex: j, byKey: true, similarity, score: similarity + KEY_BONUS });
      } else if (!o.empty && !n.empty && o.labelled === n.labelled) {
        const similarity = dice(o.features, n.features);
        if (similarity >= MATCH_MIN) edges.push({ oldIndex: i, newIndex: j, byKey: false, similarity, score: similarity });
      }
    });
  });
  edges.sort((a, b) => b.score - a.score || Number(b.byKey) - Number(a.byKey) || a.oldIndex - b.oldIndex || a.newIndex - b.newIndex);
  const oldTaken = new Set<number>();
  const newTaken = new Set<number>();
  const pairs: Pair[] = [];
  for (const e of edges) {
    if (oldTaken.has(e.oldIndex) || newTaken.has(e.newIndex)) continue;
    oldTaken.add(e.oldIndex);
    newTaken.add(e.newIndex);
    pairs.push({ oldIndex: e.oldIndex, newIndex: e.newIndex, byKey: e.byKey, similarity: e.similarity });
  }
  return pairs;
}

const sorted = (pairs: Pair[]) => [...pairs].sort((a, b) => a.oldIndex - b.oldIndex || a.newIndex - b.newIndex);

// Few distinct features and keys, so sets overlap a lot and thresholds are often met exactly.
const itemOf = (minFeatures: number): fc.Arbitrary<Pairable> => fc.record({
  key: fc.constantFrom('1', '2', '3', '4', '5', '6'),
  features: fc.uniqueArray(fc.integer({ min: 0, max: 14 }), { minLength: minFeatures, maxLength: 12 }).map((a) => new Set(a)),
  labelled: fc.boolean(),
}).map((x) => ({ ...x, empty: x.features.size === 0 }));
const item = itemOf(0);

describe('assignPairs', () => {
  it('finds the same pairs as scoring every pair against every other (small inputs, scored directly)', () => {
    fc.assert(fc.property(fc.array(item, { maxLength: 14 }), fc.array(item, { maxLength: 14 }), (olds, news) => {
      assert.deepEqual(sorted(assignPairs(olds, news)), sorted(allAgainstAll(olds, news)));
    }), { numRuns: 3000 });
  });

  it('finds the same pairs as scoring every pair against every other (large inputs, prefix filtering)', () => {
    // Items with content, more of them than DIRECT_PAIRS allows to score directly.
    const many = fc.array(itemOf(1), { minLength: Math.ceil(Math.sqrt(DIRECT_PAIRS)) + 1, maxLength: 60 });
    fc.assert(fc.property(many, many, (olds, news) => {
      assert.deepEqual(sorted(assignPairs(olds, news)), sorted(allAgainstAll(olds, news)));
    }), { numRuns: 500 });
  });

  it('pairs a text with a copy under another key at the threshold (Dice exactly 0.5)', () => {
    const f = (xs: number[]) => new Set(xs);
    // |A∩B| = 3, |A| + |B| = 12: Dice 0.5, Jaccard 1/3.
    const olds: Pairable[] = [{ key: 'a', features: f([1, 2, 3, 4, 5, 6]), empty: false, labelled: true }];
    const news: Pairable[] = [{ key: 'b', features: f([1, 2, 3, 7, 8, 9]), empty: false, labelled: true }];
    assert.deepEqual(assignPairs(olds, news), [{ oldIndex: 0, newIndex: 0, byKey: false, similarity: 0.5 }]);
    news[0].features.delete(3);
    news[0].features.add(10);
    assert.deepEqual(assignPairs(olds, news), []);
  });
});
