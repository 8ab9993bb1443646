// Property tests: for random texts and random edits, the ops are exact (they
// rebuild both sides), applying a version diff to the old articles rebuilds the new
// ones, and a text diffed against itself has no changes.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { diffVersions, newSide, oldSide, wordDiff } from '../src/diff/index.js';
import type { Article, Block } from '../src/types.js';
import { art, assertRoundTrip, input } from './fixtures/diff-articles.js';

const WORDS = ['Республика', 'Казахстан', 'закон', 'законом', 'и', 'в', 'Президент', 'Парламент', 'Мажилис', 'право',
  'мемлекеттік', 'мемлекеттiк', 'билiгi', 'әділ', 'сот', 'Қазақстан', 'ҚР-ның', '3-1', '2022', 'ё', 'е', 'COVID', 'i', 'і'];
const PUNCT = ['.', ',', ';', ':', '«', '»', '(', ')', '-', '—', '…'];
const SPACE = [' ', ' ', ' ', '  ', '\n', '\u00a0', ''];

const token = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...WORDS) }, { weight: 1, arbitrary: fc.constantFrom(...PUNCT) });
const piece = fc.tuple(token, fc.constantFrom(...SPACE)).map(([t, s]) => t + s);
const text = fc.array(piece, { maxLength: 40 }).map((p) => p.join(''));

/** A random edit script over a list: keep, drop, replace or insert items. */
function edited<T>(items: T[], fresh: fc.Arbitrary<T>): fc.Arbitrary<T[]> {
  return fc.array(fc.tuple(fc.constantFrom('keep', 'keep', 'keep', 'drop', 'replace', 'insert'), fresh), {
    minLength: items.length, maxLength: items.length,
  }).chain((script) => fc.array(fresh, { maxLength: 3 }).map((tail) => {
    const out: T[] = [];
    script.forEach(([what, x], i) => {
      if (what === 'keep') out.push(items[i]);
      else if (what === 'replace') out.push(x);
      else if (what === 'insert') out.push(x, items[i]);
    });
    return [...out, ...tail];
  }));
}

const textPair = fc.array(piece, { maxLength: 40 }).chain((a) => edited(a, piece).map((b) => [a.join(''), b.join('')] as const));

const LABELS = ['1.', '2.', '3.', '3-1.', '1)', '2)', '10-1)', null, null];
const block: fc.Arbitrary<Block> = fc.tuple(fc.constantFrom(...LABELS), text).map(([label, t]) => ({
  label, level: label?.endsWith(')') ? 1 : label === null ? 0 : 0, text: t,
}));

function articlesFrom(blockLists: Block[][], numbers: string[]): Article[] {
  return blockLists.map((blocks, i) => art(numbers[i], blocks));
}

const NUMBERS = Array.from({ length: 12 }, (_, i) => String(i + 1));

describe('diff properties', () => {
  it('word ops rebuild both texts exactly', () => {
    fc.assert(fc.property(textPair, fc.constantFrom('rus', 'kaz' as const), ([a, b], lang) => {
      const ops = wordDiff(a, b, lang);
      assert.equal(oldSide(ops), a);
      assert.equal(newSide(ops), b);
      assert.ok(ops.every((o) => o.text.length > 0), 'no empty ops');
      for (let i = 1; i < ops.length; i++) assert.ok(!(ops[i].type === 'equal' && ops[i - 1].type === 'equal'), 'equal runs merged');
    }), { numRuns: 400 });
  });

  it('a text diffed against itself is one equal op', () => {
    fc.assert(fc.property(text, (a) => {
      assert.deepEqual(wordDiff(a, a, 'rus'), a ? [{ type: 'equal', text: a }] : []);
    }));
  });

  it('applying a version diff to the old articles gives the new ones', () => {
    const articleBlocks = fc.array(block, { maxLength: 6 });
    const versions = fc.array(articleBlocks, { minLength: 1, maxLength: 8 }).chain((olds) =>
      fc.tuple(
        fc.constant(olds),
        // Edit each article's blocks; also drop, add and shift whole articles.
        fc.tuple(...olds.map((bl) => edited(bl, block))),
        fc.array(articleBlocks, { maxLength: 2 }),
        fc.nat({ max: 3 }),
      ));
    fc.assert(fc.property(versions, fc.boolean(), ([olds, edits, extra, shift], exact) => {
      const oldArticles = articlesFrom(olds, NUMBERS);
      const newLists = [...edits, ...extra];
      const newArticles = articlesFrom(newLists, NUMBERS.slice(shift));
      const vd = diffVersions(input(oldArticles, newArticles), { exact });
      assertRoundTrip(oldArticles, newArticles, vd);
      const s = vd.summary;
      assert.equal(s.total, vd.articles.length);
      assert.equal(Object.values(s.articles).reduce((x, y) => x + y, 0), s.total);
      assert.ok(s.changeRatio >= 0 && s.changeRatio <= 1);
      // Every old article appears once as an old side.
      const oldSides = vd.articles.filter((a) => a.old).map((a) => a.old!.number).sort();
      assert.deepEqual(oldSides, oldArticles.map((a) => a.number).sort());
    }), { numRuns: 200 });
  });

  it('a version diffed against itself has no changes', () => {
    fc.assert(fc.property(fc.array(fc.array(block, { maxLength: 6 }), { maxLength: 8 }), (lists) => {
      const arts = articlesFrom(lists, NUMBERS);
      const vd = diffVersions(input(arts, structuredClone(arts)), { exact: true });
      assert.equal(vd.summary.changed, 0);
      assert.equal(vd.summary.wordsAdded + vd.summary.wordsRemoved, 0);
      assert.ok(vd.articles.every((a) => a.status === 'unchanged' && a.blocks.every((x) => x.status === 'unchanged')));
      assertRoundTrip(arts, arts, vd);
    }));
  });
});
