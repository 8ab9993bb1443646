// Word statistics of ops, blocks, articles and whole diffs.
import type { ChangeCounts, ChangeStatus } from '../types.js';
import type { DetailedOp } from './word-diff.js';
import { countWords } from './tokenize.js';

/** Counts plus the word totals of both sides, needed to aggregate ratios. */
export interface Tally extends ChangeCounts {
  oldWords: number;
  newWords: number;
}

export function zeroStatuses(): Record<ChangeStatus, number> {
  return { unchanged: 0, amended: 0, added: 0, repealed: 0, renumbered: 0, moved: 0 };
}

export function ratio(added: number, removed: number, oldWords: number, newWords: number): number {
  const total = oldWords + newWords;
  return total === 0 ? 0 : Math.min(1, (added + removed) / total);
}

/**
 * Words added/removed by the ops. Formatting-only edits (marked `format`) are not
 * counted unless `countFormat` (the `exact` option).
 */
export function tallyOps(ops: DetailedOp[], countFormat: boolean): Tally {
  let wordsAdded = 0;
  let wordsRemoved = 0;
  let oldWords = 0;
  let newWords = 0;
  for (const op of ops) {
    const n = countWords(op.text);
    const counted = countFormat || !op.format;
    if (op.type === 'equal') {
      oldWords += n;
      newWords += n;
    } else if (op.type === 'delete') {
      oldWords += n;
      if (counted) wordsRemoved += n;
    } else {
      newWords += n;
      if (counted) wordsAdded += n;
    }
  }
  return { wordsAdded, wordsRemoved, oldWords, newWords, changeRatio: ratio(wordsAdded, wordsRemoved, oldWords, newWords) };
}

export function sumTallies(tallies: Iterable<Tally>): Tally {
  const t = { wordsAdded: 0, wordsRemoved: 0, oldWords: 0, newWords: 0, changeRatio: 0 };
  for (const x of tallies) {
    t.wordsAdded += x.wordsAdded;
    t.wordsRemoved += x.wordsRemoved;
    t.oldWords += x.oldWords;
    t.newWords += x.newWords;
  }
  t.changeRatio = ratio(t.wordsAdded, t.wordsRemoved, t.oldWords, t.newWords);
  return t;
}

export function publicCounts(t: Tally): ChangeCounts {
  return { wordsAdded: t.wordsAdded, wordsRemoved: t.wordsRemoved, changeRatio: t.changeRatio };
}
