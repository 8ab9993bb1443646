// Points repealed but kept in the text as a stub ("4. Исключен Законом РК от …").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openStore } from '../src/store/index.js';
import { diffArticle, diffVersions } from '../src/diff/index.js';
import { isRepealedText } from '../src/diff/normalize.js';

const store = openStore();

test('a point replaced by "Исключен Законом РК от 08.06.2022 …" is reported as repealed', () => {
  const d = diffArticle(store.readArticle('kz', '2019-03-23', '46', 'rus'), store.readArticle('kz', '2022-06-08', '46', 'rus'), 'rus');
  assert.equal(d.status, 'amended');
  const p4 = d.blocks.find((b) => b.newLabel === '4.')!;
  assert.equal(p4.status, 'repealed');
  assert.ok(p4.ops.some((o) => o.type === 'delete' && /Статус и полномочия Первого Президента/u.test(o.text)));
  // Kazakh stubs read "Алып тасталды - ҚР … Заңымен."
  const kaz = diffVersions({
    constitution: 'kz', lang: 'kaz', from: store.version('kz', '2019-03-23'), to: store.version('kz', '2022-06-08'),
    oldArticles: store.readVersion('kz', '2019-03-23', 'kaz'), newArticles: store.readVersion('kz', '2022-06-08', 'kaz'),
  }).articles.find((a) => a.number === '46')!;
  assert.equal(kaz.blocks.find((b) => b.newLabel === '4.')!.status, 'repealed');
});

test('stub wording is recognised in both languages, real sentences are not', () => {
  for (const stub of ['Исключена.', 'Исключен Законом РК от 08.06.2022 (вводится в действие с 08.06.2022).',
    'исключен Законом РК от 10.03.2017 № 51-VI (вводится в действие со дня его первого официального опубликования);',
    'Алып тасталды - ҚР 07.10.1998 № 284-I (жарияланған күнінен бастап күшіне енеді) Заңымен.']) {
    assert.ok(isRepealedText(stub), stub);
  }
  for (const text of ['Исключена возможность ограничения прав граждан.', 'Статус и полномочия Первого Президента Казахстана определяются Конституцией Республики.']) {
    assert.ok(!isRepealedText(text), text);
  }
});
