// The diff engine on synthetic articles: pairing, statuses, counts, order, round trip.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyArticleDiff, diffArticle, diffVersions } from '../src/diff/index.js';
import type { Article, ArticleDiff } from '../src/types.js';
import { art, assertRoundTrip, b, input } from './fixtures/diff-articles.js';

function run(olds: Article[], news: Article[], exact = false) {
  const vd = diffVersions(input(olds, news), { exact });
  assertRoundTrip(olds, news, vd);
  return vd;
}

const find = (articles: ArticleDiff[], n: string) => {
  const a = articles.find((x) => x.number === n);
  assert.ok(a, `article ${n} is in the diff`);
  return a;
};

// Distinct texts for articles that must not look alike.
const T = {
  lang: 'В Республике Казахстан государственным является казахский язык.',
  russian: 'В государственных организациях и органах местного самоуправления наравне с казахским официально употребляется русский язык.',
  citizenship: 'Гражданство Республики Казахстан приобретается и прекращается в соответствии с законом, является единым и равным независимо от оснований его приобретения.',
  property: 'В Республике Казахстан признаются и равным образом защищаются государственная и частная собственность.',
  land: 'Земля и ее недра, воды, растительный и животный мир, другие природные ресурсы принадлежат народу.',
  life: 'Каждый имеет право на жизнь.',
  freedom: 'Каждый имеет право на личную свободу.',
  dignity: 'Достоинство человека неприкосновенно.',
};

describe('articles', () => {
  it('reports identical versions as unchanged', () => {
    const olds = [art('preamble', [b(null, 'Мы, народ Казахстана,')], { section: null }), art('1', [b('1.', T.lang)])];
    const vd = run(olds, structuredClone(olds));
    assert.equal(vd.summary.changed, 0);
    assert.equal(vd.summary.articles.unchanged, 2);
    assert.equal(vd.summary.changeRatio, 0);
    assert.ok(vd.articles.every((a) => a.status === 'unchanged' && a.similarity === 1 && a.matchedBy === 'number'));
  });

  it('keeps a rewritten article with the same number as amended', () => {
    const olds = [art('70', [b(null, T.life)]), art('71', [b('1.', T.land), b('2.', T.property)])];
    const news = [art('70', [b(null, T.life)]), art('71', [b('1.', T.citizenship), b('2.', T.dignity)])];
    const vd = run(olds, news);
    const a = find(vd.articles, '71');
    assert.equal(a.status, 'amended');
    assert.equal(a.matchedBy, 'number');
    assert.equal(a.previousNumber, undefined);
    assert.deepEqual(a.blocks.map((x) => x.status), ['amended', 'amended']);
    assert.equal(vd.summary.articles.amended, 1);
    assert.equal(vd.summary.articles.unchanged, 1);
  });

  it('detects renumbered articles when a new article is inserted before them', () => {
    const olds = [art('7', [b('1.', T.lang), b('2.', T.russian)]), art('8', [b(null, T.property)]), art('9', [b(null, T.land)]),
      art('10', [b(null, T.citizenship)])];
    // New 8 and 9 are new texts; the old 7 moves to 9 and 10 to 13 (with a small edit).
    const news = [art('7', [b(null, T.life)]), art('8', [b(null, T.freedom)]), art('9', [b('1.', T.lang), b('2.', T.russian)]),
      art('10', [b(null, T.property)]), art('11', [b(null, T.land)]), art('13', [b(null, T.citizenship.replace('законом', 'Конституционным законом'))])];
    const vd = run(olds, news);
    const lang = find(vd.articles, '9');
    assert.equal(lang.status, 'renumbered');
    assert.equal(lang.previousNumber, '7');
    assert.equal(lang.matchedBy, 'similarity');
    assert.equal(lang.textChanged, false);
    const cit = find(vd.articles, '13');
    assert.equal(cit.status, 'renumbered');
    assert.equal(cit.previousNumber, '10');
    assert.equal(cit.textChanged, true);
    assert.equal(cit.blocks[0].status, 'amended');
    assert.deepEqual(cit.blocks[0].ops.filter((o) => o.type === 'insert'), [{ type: 'insert', text: 'Конституционным ' }]);
    assert.equal(find(vd.articles, '10').previousNumber, '8');
    assert.equal(find(vd.articles, '11').previousNumber, '9');
    assert.equal(find(vd.articles, '7').status, 'added');
    assert.equal(find(vd.articles, '8').status, 'added');
    assert.equal(vd.summary.articles.renumbered, 4);
    assert.equal(vd.summary.articles.added, 2);
    assert.equal(vd.summary.articles.repealed, 0);
    assert.deepEqual(vd.articles.map((a) => a.number), ['7', '8', '9', '10', '11', '13']);
  });

  it('reports a same-number article in another section as moved', () => {
    const olds = [art('5', [b(null, T.life)], { section: 'Раздел I. Общие положения' })];
    const news = [art('5', [b(null, T.life)], { section: 'Раздел II Человек и гражданин' })];
    const a = run(olds, news).articles[0];
    assert.equal(a.status, 'moved');
    assert.equal(a.textChanged, false);
    // A section only spelled differently is not a move.
    const same = run(olds, [art('5', [b(null, T.life)], { section: 'Раздел I.' })]).articles[0];
    assert.equal(same.status, 'unchanged');
  });

  it('reports removed articles as repealed at their old place', () => {
    const olds = [art('1', [b(null, T.life)]), art('2', [b(null, T.freedom)]), art('3', [b(null, T.dignity)])];
    const news = [art('1', [b(null, T.life)]), art('3', [b(null, T.dignity)])];
    const vd = run(olds, news);
    assert.deepEqual(vd.articles.map((a) => [a.number, a.status]), [['1', 'unchanged'], ['2', 'repealed'], ['3', 'unchanged']]);
    const gone = vd.articles[1];
    assert.equal(gone.previousNumber, '2');
    assert.equal(gone.matchedBy, 'none');
    assert.equal(gone.similarity, 0);
    assert.equal(gone.blocks[0].status, 'repealed');
    assert.equal(gone.counts.wordsRemoved, 6);
    assert.equal(gone.counts.changeRatio, 1);
  });

  it('reports an article that became "repealed" or "Исключена." as repealed', () => {
    const olds = [art('2', [b(null, T.freedom)]), art('3', [b(null, T.dignity)]), art('4', [], { repealed: true })];
    const news = [art('2', [], { repealed: true }), art('3', [b(null, 'Исключена.')]), art('4', [], { repealed: true })];
    const vd = run(olds, news);
    assert.deepEqual(vd.articles.map((a) => a.status), ['repealed', 'repealed', 'unchanged']);
    assert.ok(vd.articles[0].new, 'the stub stays in the new version');
  });

  it('treats a repealed stub against an absent article as the same law unless exact', () => {
    const olds = [art('83', [b(null, T.life)])];
    const news = [art('83', [b(null, T.life)]), art('84', [b(null, 'Исключена.')])];
    const vd = run(olds, news);
    const stub = find(vd.articles, '84');
    assert.equal(stub.status, 'unchanged');
    assert.equal(stub.formatOnly, true);
    assert.equal(stub.textChanged, false);
    assert.equal(vd.summary.changed, 0);
    const exact = run(olds, news, true);
    assert.equal(find(exact.articles, '84').status, 'repealed');
    const back = run(news, olds);
    assert.equal(find(back.articles, '84').status, 'unchanged');
  });

  it('lists the preamble first and added articles in new reading order', () => {
    const olds = [art('1', [b(null, T.life)]), art('preamble', [b(null, 'Мы, народ Казахстана,')], { section: null })];
    const news = [art('1', [b(null, T.life)]), art('1-1', [b(null, T.freedom)]),
      art('preamble', [b(null, 'Мы, народ Казахстана, объединенный общей исторической судьбой,')], { section: null })];
    const vd = run(olds, news);
    assert.deepEqual(vd.articles.map((a) => [a.number, a.status]), [['preamble', 'amended'], ['1', 'unchanged'], ['1-1', 'added']]);
  });

  it('does not report formatting-only differences unless exact', () => {
    const olds = [art('1', [b('1.', 'Мемлекеттiк билiктiң бiрден-бiр бастауы  - халық .')], { lang: 'kaz' })];
    const news = [art('1', [b('1.', 'Мемлекеттік биліктің бірден-бір бастауы - халық.')], { lang: 'kaz' })];
    const vd = diffVersions(input(olds, news, 'kaz'));
    assertRoundTrip(olds, news, vd);
    const a = vd.articles[0];
    assert.equal(a.status, 'unchanged');
    assert.equal(a.formatOnly, true);
    assert.equal(a.textChanged, false);
    assert.equal(a.blocks[0].formatOnly, true);
    assert.equal(a.blocks[0].status, 'unchanged');
    assert.equal(a.counts.wordsAdded, 0);
    assert.equal(vd.summary.changed, 0);
    assert.ok(a.blocks[0].ops.some((o) => o.type === 'delete' && o.text === 'Мемлекеттiк'), 'ops stay exact');

    const exact = diffVersions(input(olds, news, 'kaz'), { exact: true });
    assertRoundTrip(olds, news, exact);
    assert.equal(exact.options.exact, true);
    assert.equal(exact.articles[0].status, 'amended');
    assert.equal(exact.articles[0].blocks[0].status, 'amended');
    assert.equal(exact.articles[0].blocks[0].formatOnly, true);
    assert.equal(exact.articles[0].counts.wordsAdded, 4);
    assert.equal(exact.summary.changed, 1);
  });

  it('does not count look-alike letter fixes as changed words in an amended block', () => {
    const olds = [art('3', [b('1.', 'Мемлекеттiк билiктiң бастауы халық.')], { lang: 'kaz' })];
    const news = [art('3', [b('1.', 'Мемлекеттік биліктің бірден-бір бастауы халық.')], { lang: 'kaz' })];
    const vd = diffVersions(input(olds, news, 'kaz'));
    assertRoundTrip(olds, news, vd);
    const blk = vd.articles[0].blocks[0];
    assert.equal(blk.status, 'amended');
    assert.equal(blk.formatOnly, false);
    assert.deepEqual([blk.counts.wordsAdded, blk.counts.wordsRemoved], [2, 0]); // "бірден-бір"
    const exact = diffVersions(input(olds, news, 'kaz'), { exact: true }).articles[0].blocks[0];
    assert.deepEqual([exact.counts.wordsAdded, exact.counts.wordsRemoved], [4, 2]);
  });

  it('counts words added and removed and the change ratio', () => {
    const olds = [art('15', [b('1.', T.life), b('2.', 'Смертная казнь устанавливается законом.')])];
    const news = [art('15', [b('1.', T.life), b('2.', 'Смертная казнь запрещается.')])];
    const vd = run(olds, news);
    const blk = vd.articles[0].blocks[1];
    assert.deepEqual(blk.counts, { wordsAdded: 1, wordsRemoved: 2, changeRatio: 3 / 7 });
    // Article: block 1 has 5 words on each side.
    assert.deepEqual({ ...vd.articles[0].counts, blocks: undefined }, { wordsAdded: 1, wordsRemoved: 2, changeRatio: 3 / 17, blocks: undefined });
    assert.equal(vd.articles[0].counts.blocks.unchanged, 1);
    assert.equal(vd.articles[0].counts.blocks.amended, 1);
    assert.equal(vd.summary.wordsAdded, 1);
    assert.equal(vd.summary.wordsRemoved, 2);
    assert.equal(vd.summary.changeRatio, 3 / 17);
  });
});

describe('blocks', () => {
  it('does not shift later points when a point 3-1. is inserted', () => {
    const olds = [art('1', [b('1.', T.life), b('2.', T.freedom), b('3.', T.dignity), b('4.', T.land)])];
    const news = [art('1', [b('1.', T.life), b('2.', T.freedom), b('3.', T.dignity), b('3-1.', T.property), b('4.', T.land)])];
    const a = run(olds, news).articles[0];
    assert.deepEqual(a.blocks.map((x) => [x.oldLabel, x.newLabel, x.status]),
      [['1.', '1.', 'unchanged'], ['2.', '2.', 'unchanged'], ['3.', '3.', 'unchanged'], [null, '3-1.', 'added'], ['4.', '4.', 'unchanged']]);
    assert.equal(a.status, 'amended');
    assert.equal(a.counts.blocks.added, 1);
  });

  it('scopes subpoints by their point', () => {
    const olds = [art('44', [
      b(null, 'Президент Республики Казахстан:'),
      b('1.', T.life), b('1)', 'обращается с посланием;'), b('2)', 'назначает выборы;'),
      b('2.', T.freedom), b('1)', 'подписывает законы;'), b('2)', 'образует Правительство;'),
    ])];
    const news = [art('44', [
      b(null, 'Президент Республики Казахстан:'),
      b('1.', T.life), b('1)', 'обращается с посланием;'), b('1-1)', 'подписывает указы;'), b('2)', 'назначает выборы;'),
      b('2.', T.freedom), b('1)', 'подписывает законы;'), b('2)', 'образует и упраздняет Правительство;'),
    ])];
    const a = run(olds, news).articles[0];
    assert.deepEqual(a.blocks.map((x) => [x.oldIndex, x.newIndex, x.newLabel, x.status]), [
      [0, 0, null, 'unchanged'], [1, 1, '1.', 'unchanged'], [2, 2, '1)', 'unchanged'], [undefined, 3, '1-1)', 'added'],
      [3, 4, '2)', 'unchanged'], [4, 5, '2.', 'unchanged'], [5, 6, '1)', 'unchanged'], [6, 7, '2)', 'amended'],
    ]);
    assert.deepEqual(a.blocks[7].ops, [
      { type: 'equal', text: 'образует ' }, { type: 'insert', text: 'и упраздняет ' }, { type: 'equal', text: 'Правительство;' },
    ]);
  });

  it('detects points renumbered after a deleted point', () => {
    const olds = [art('1', [b('1.', T.life), b('2.', T.freedom), b('3.', T.dignity), b('4.', T.land)])];
    const news = [art('1', [b('1.', T.life), b('2.', T.dignity), b('3.', T.land)])];
    const a = run(olds, news).articles[0];
    assert.deepEqual(a.blocks.map((x) => [x.oldLabel, x.newLabel, x.status, x.textChanged]), [
      ['1.', '1.', 'unchanged', false], ['2.', null, 'repealed', true], ['3.', '2.', 'renumbered', false], ['4.', '3.', 'renumbered', false],
    ]);
  });

  it('pairs unlabelled paragraphs by content when one is inserted before them', () => {
    const olds = [art('1', [b(null, T.life), b(null, T.freedom)])];
    const news = [art('1', [b(null, T.dignity), b(null, T.life), b(null, T.freedom)])];
    const a = run(olds, news).articles[0];
    assert.deepEqual(a.blocks.map((x) => x.status), ['added', 'unchanged', 'unchanged']);
  });

  it('pairs unlabelled paragraphs by position when reworded', () => {
    const olds = [art('1', [b(null, T.life), b(null, T.freedom)])];
    const news = [art('1', [b(null, 'Каждый человек имеет право на жизнь.'), b(null, T.freedom)])];
    const a = run(olds, news).articles[0];
    assert.deepEqual(a.blocks.map((x) => [x.oldIndex, x.newIndex, x.status]), [[0, 0, 'amended'], [1, 1, 'unchanged']]);
  });
});

describe('diffArticle and applyArticleDiff', () => {
  it('handles a missing side', () => {
    const a = art('83-1', [b('1.', T.dignity)]);
    const added = diffArticle(undefined, a, 'rus');
    assert.equal(added.status, 'added');
    assert.equal(added.matchedBy, 'none');
    assert.deepEqual(applyArticleDiff(undefined, added), a.blocks);
    const gone = diffArticle(a, undefined, 'rus');
    assert.equal(gone.status, 'repealed');
    assert.equal(gone.number, '83-1');
    assert.deepEqual(applyArticleDiff(a, gone), []);
  });

  it('refuses ops that do not fit the old text', () => {
    const old = art('1', [b(null, T.life)]);
    const d = diffArticle(old, art('1', [b(null, T.freedom)]), 'rus');
    assert.throws(() => applyArticleDiff(art('1', [b(null, T.dignity)]), d), /do not fit/);
  });
});
