// The pure timeline functions on small hand-made versions: attribution rules
// and flags, following an article through a renumbering, blame, and the text
// renderer's handling of hostile text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Article, Block, Footnote, PendingWording, VersionInfo } from '../src/types.js';
import { diffArticle } from '../src/diff/index.js';
import { articleBlame, articleHistory, attributeArticle, isNewText, Timeline } from '../src/timeline/index.js';
import { formatBlame, formatHistory } from '../src/report/history-text.js';

const version = (id: string): VersionInfo => ({ id, effective: id, label: `v ${id}`, aliases: [], act: `act ${id}`, languages: ['rus'], sources: {} });

function art(v: string, number: string, blocks: Block[], footnotes: Footnote[] = [], pending: PendingWording[] = []): Article {
  return { constitution: 'x', version: v, lang: 'rus', number, section: null, repealed: false, footnotes, notes: [], pending, blocks };
}
const p = (label: string | null, text: string, level = 0): Block => ({ label, level, text });
const fn = (...dates: string[]): Footnote => ({ text: 'Сноска.', acts: dates.map((date) => ({ date })) });

const V1 = version('2000-01-01');
const V2 = version('2005-01-01');

test('attribution: acts dated in (from, to] are credited; older ones are not', () => {
  const d = diffArticle(art(V1.id, '1', [p(null, 'Старый текст статьи.')]), art(V2.id, '1', [p(null, 'Новый текст статьи.')], [fn('1999-05-05', '2003-03-03', '2005-01-01', '2006-01-01')]), 'rus');
  assert.deepEqual(attributeArticle(d, V1, V2), {
    number: '1', status: 'amended',
    acts: [{ date: '2003-03-03', source: 'footnote' }, { date: '2005-01-01', source: 'footnote' }],
  });
});

test('attribution flags: a change without an act, an act without a change', () => {
  const changed = diffArticle(art(V1.id, '1', [p(null, 'Один.')]), art(V2.id, '1', [p(null, 'Два.')], [fn('1999-01-01')]), 'rus');
  assert.equal(attributeArticle(changed, V1, V2).flag, 'change-without-act');
  const same = diffArticle(art(V1.id, '1', [p(null, 'Один.')]), art(V2.id, '1', [p(null, 'Один.')], [fn('2004-01-01')]), 'rus');
  const a = attributeArticle(same, V1, V2);
  assert.equal(a.flag, 'act-without-change');
  assert.deepEqual(a.acts, [{ date: '2004-01-01', source: 'footnote' }]);
  const quiet = diffArticle(art(V1.id, '1', [p(null, 'Один.')]), art(V2.id, '1', [p(null, 'Один.')]), 'rus');
  assert.equal(attributeArticle(quiet, V1, V2).flag, undefined);
});

test('attribution: wording the old text carried as pending is credited to its act; a new text to itself', () => {
  const pending: PendingWording = {
    effective: '2004-06-01', act: 'Закон от 01.12.1999', actDate: '1999-12-01', note: 'n', target: { kind: 'article' }, blocks: [p(null, 'Два.')],
  };
  const d = diffArticle(art(V1.id, '1', [p(null, 'Один.')], [], [pending]), art(V2.id, '1', [p(null, 'Два.')], [fn('1999-12-01')]), 'rus');
  assert.deepEqual(attributeArticle(d, V1, V2).acts, [{ date: '1999-12-01', source: 'pending' }]);
  // Not yet due by the new version's date: not credited.
  const late = diffArticle(art(V1.id, '1', [p(null, 'Один.')], [], [{ ...pending, effective: '2009-01-01' }]), art(V2.id, '1', [p(null, 'Два.')]), 'rus');
  assert.equal(attributeArticle(late, V1, V2).flag, 'change-without-act');
  // A text naming no earlier act is newly adopted.
  assert.equal(isNewText([art(V2.id, '1', [], [fn('2005-07-01')])], V2), true);
  assert.equal(isNewText([art(V2.id, '1', [], [fn('2001-07-01')])], V2), false);
  assert.deepEqual(attributeArticle(late, V1, V2, true).acts, [{ date: V2.id, source: 'version' }]);
});

// Three versions: article 2 of V1/V2 is renumbered 3 in V3, where a new article 2 is inserted.
const LONG = 'Каждый имеет право на свободу передвижения по территории Республики и свободный выбор места жительства';
const OTHER = 'Государство охраняет окружающую среду благоприятную для жизни и здоровья человека во всех регионах';
const NEW = 'Курултай является высшим представительным органом Республики осуществляющим законодательную власть страны';
const V3 = version('2010-01-01');
const texts = [
  { version: V1, articles: [art(V1.id, '1', [p(null, OTHER)]), art(V1.id, '2', [p('1.', LONG), p('2.', 'Ограничения только законом.')])] },
  { version: V2, articles: [art(V2.id, '1', [p(null, OTHER)]), art(V2.id, '2', [p('1.', LONG), p('2.', 'Ограничения устанавливаются только законом.')], [fn('2004-01-01')])] },
  { version: V3, articles: [art(V3.id, '1', [p(null, OTHER)]), art(V3.id, '2', [p(null, NEW)]), art(V3.id, '3', [p('1.', LONG), p('2.', 'Ограничения устанавливаются только законом.'), p('3.', 'Новый пункт.')])] },
];

test('history follows an article by content when it is renumbered, both ways', () => {
  const tl = new Timeline('x', 'rus', texts);
  const h = articleHistory(tl, '2');
  assert.deepEqual(h.steps.map((s) => [s.version.id, s.number, s.diff.status, s.changed]), [
    [V1.id, '2', 'added', true], [V2.id, '2', 'amended', true], [V3.id, '3', 'renumbered', true],
  ]);
  assert.deepEqual(h.steps[1].acts, [{ date: '2004-01-01', source: 'footnote' }]);
  const back = articleHistory(tl, '3', V3.id);
  assert.deepEqual(back.steps.map((s) => s.number), ['2', '2', '3']);
  assert.equal(back.anchor, V3.id);
  // The new article 2 of V3 starts there.
  assert.deepEqual(articleHistory(tl, '2', V3.id).steps.map((s) => [s.version.id, s.diff.status]), [[V3.id, 'added']]);
  assert.throws(() => articleHistory(tl, '9'), /article 9 is in no stored version/u);
});

test('blame: each point dated by the oldest version with the same wording, across the renumbering', () => {
  const b = articleBlame(new Timeline('x', 'rus', texts), V3.id, '3');
  assert.deepEqual(b.blocks.map((x) => [x.label, x.since.id, x.sinceNumber]), [
    ['1.', V1.id, '2'], ['2.', V2.id, '2'], ['3.', V3.id, '3'],
  ]);
  assert.deepEqual(b.blocks[1].acts, [{ date: '2004-01-01', source: 'footnote' }]);
});

test('renderers strip terminal control sequences from constitution text', () => {
  const evil = [
    { version: V1, articles: [art(V1.id, '1', [p('1.', 'Текст \u001b[31mкрасный\u001b[0m и \u202eперевёрнутый.')])] },
    { version: V2, articles: [art(V2.id, '1', [p('1.', 'Текст \u001b]0;title\u0007 новый.')])] },
  ];
  const tl = new Timeline('x', 'rus', evil);
  for (const out of [formatHistory(articleHistory(tl, '1')), formatBlame(articleBlame(tl, V2.id, '1'))]) {
    assert.doesNotMatch(out, /[\u001b\u0007\u202e]/u);
    assert.match(out, /Текст/u);
  }
  assert.match(formatHistory(articleHistory(tl, '1')), /\{\+новый\.\+\}|\{\+новый\+\}/u);
});
