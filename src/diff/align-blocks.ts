// Pairing the blocks (points, subpoints, paragraphs) of one article's two versions.
//
// Keys, matched first:
//  - a point `3.` is keyed by its label; a point inserted as `3-1.` therefore gets
//    a key of its own and does not shift `4.`, `5.` into "changes";
//  - a subpoint `2)` is keyed by the point it sits in (`1./2)` differs from `3./2)`);
//  - an unlabelled paragraph by its scope (enclosing point) and position within it.
// Then content similarity (assign.ts) for what is left, and to let a same-key pair
// give way to a clearly better content match (points renumbered after a deletion).
import type { Block } from '../types.js';
import { assignPairs, type Pair, type Pairable } from './assign.js';
import { features, type Features } from './similarity.js';

function blockKeys(blocks: Block[]): string[] {
  const seen = new Map<string, number>();
  const unlabelled = new Map<string, number>();
  let scope = '';
  return blocks.map((b) => {
    const label = b.label?.replace(/\s+/gu, '') ?? null;
    let key: string;
    if (label !== null && b.level === 0) {
      scope = label;
      key = label;
    } else if (label !== null) {
      key = `${scope}/${label}`;
    } else {
      const where = `${scope}/#${b.level}`;
      const n = unlabelled.get(where) ?? 0;
      unlabelled.set(where, n + 1);
      key = `${where}:${n}`;
    }
    const dup = seen.get(key) ?? 0;
    seen.set(key, dup + 1);
    return dup ? `${key}~${dup}` : key;
  });
}

const NO_FEATURES: Features = new Set();

function sameBlock(a: Block, b: Block): boolean {
  return a.text === b.text && a.label === b.label && a.level === b.level;
}

export function alignBlocks(olds: Block[], news: Block[]): Pair[] {
  const oldKeys = blockKeys(olds);
  const newKeys = blockKeys(news);
  const oldByKey = new Map(oldKeys.map((k, i) => [k, i]));
  const fixed: Pair[] = [];
  const fixedOld = new Set<number>();
  const fixedNew = new Set<number>();
  newKeys.forEach((k, j) => {
    const i = oldByKey.get(k);
    if (i !== undefined && sameBlock(olds[i], news[j])) {
      fixed.push({ oldIndex: i, newIndex: j, byKey: true, similarity: 1 });
      fixedOld.add(i);
      fixedNew.add(j);
    }
  });
  // Features only for blocks still to pair: identical same-key blocks are settled.
  const pairable = (blocks: Block[], keys: string[], settled: Set<number>): Pairable[] => blocks.map((b, i) => {
    const labelled = b.label !== null;
    if (settled.has(i)) return { key: keys[i], features: NO_FEATURES, empty: true, labelled };
    const f = features(b.text);
    return { key: keys[i], features: f, empty: f.size === 0, labelled };
  });
  return assignPairs(pairable(olds, oldKeys, fixedOld), pairable(news, newKeys, fixedNew), fixed);
}
