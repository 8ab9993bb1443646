// The committed store of Kazakhstan's Constitution, read through the store API.
// Expected texts were checked by hand against the official exports.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openStore } from '../src/store/index.js';

const store = openStore();
const text = (v: string, n: string, lang: 'rus' | 'kaz' = 'rus') =>
  store.readArticle('kz', v, n, lang).blocks.map((b) => (b.label ? `${b.label} ` : '') + b.text).join('\n');
const count = (v: string, lang: 'rus' | 'kaz' = 'rus') => store.articleNumbers('kz', v, lang).filter((n) => n !== 'preamble').length;

test('every bundled version has the article count of its official text', () => {
  assert.equal(count('1995-08-29'), 98);
  assert.equal(count('1998-10-06'), 98);
  assert.equal(count('1998-10-06', 'kaz'), 98);
  // 84 repealed (kept, as every later export keeps it), 94-1 added
  assert.equal(count('2007-05-21'), 99);
  assert.equal(count('2007-05-21', 'kaz'), 99);
  assert.equal(count('2011-02-02'), 99);
  assert.equal(count('2011-02-02', 'kaz'), 99);
  assert.ok(store.readArticle('kz', '2007-05-21', '84', 'rus').repealed);
  assert.equal(count('2019-03-23'), 99);
  assert.equal(count('2019-03-23', 'kaz'), 99);
  assert.equal(count('2022-06-08'), 101);
  assert.equal(count('2022-06-08', 'kaz'), 101);
  assert.equal(count('2022-09-17'), 102);
  assert.equal(count('2022-09-17', 'kaz'), 102);
  assert.equal(count('2023-01-01'), 102);
  assert.equal(count('2023-01-01', 'kaz'), 102);
  assert.equal(count('2026-03-15'), 96);
  assert.equal(count('2026-03-15', 'kaz'), 96);
  assert.deepEqual(store.articleNumbers('kz', '2022-06-08', 'rus').filter((n) => !/^\d+$/u.test(n)), ['preamble', '83-1', '94-1']);
});

test('the manifest lists nine versions with labels, aliases, acts and effective dates', () => {
  const kz = store.constitution('kz');
  assert.deepEqual(kz.versions.map((v) => v.id),
    ['1995-08-29', '1998-10-06', '2007-05-21', '2011-02-02', '2019-03-23', '2022-06-08', '2022-09-17', '2023-01-01', '2026-03-15']);
  assert.deepEqual(kz.versions.map((v) => v.languages.join('+')), ['rus', ...Array(8).fill('rus+kaz')]);
  // the source dates the 1998 text a day before its law; it is in force from the law's date
  assert.equal(store.version('kz', '1998-10-06').effective, '1998-10-07');
  assert.equal(store.version('kz', '1998-10-06').act, 'Закон Республики Казахстан от 7 октября 1998 года № 284-I');
  assert.equal(store.version('kz', '2011-02-02').act, 'Закон Республики Казахстан от 2 февраля 2011 года № 403-IV');
  assert.equal(store.version('kz', 'before-referendum').id, '2019-03-23');
  assert.equal(store.version('kz', 'after-referendum').id, '2022-06-08');
  assert.deepEqual(store.version('kz', '2022-06-08').languages, ['rus', 'kaz']);
  assert.equal(store.version('kz', '2026-03-15').effective, '2026-07-01');
});

test('article texts match the official exports', () => {
  assert.equal(text('2022-06-08', '15'),
    '1. Каждый имеет право на жизнь.\n2. Никто не вправе произвольно лишать человека жизни. Смертная казнь запрещается.');
  assert.match(text('2019-03-23', '15'), /^2\. Никто не вправе произвольно лишать человека жизни\. Смертная казнь устанавливается законом как исключительная мера наказания за террористические преступления/mu);
  // 1995: articles 35 and 38 sit in code fences, 35 with its sentence broken out of the fence.
  assert.equal(text('1995-08-29', '35'), 'Уплата законно установленных налогов, сборов и иных обязательных платежей является долгом и обязанностью каждого.');
  assert.equal(text('1995-08-29', '38'), 'Граждане Республики Казахстан обязаны сохранять природу и бережно относиться к природным богатствам.');
  // 2026: `**Статья N**` headings, the state language now in article 9.
  assert.equal(text('2026-03-15', '9').split('\n')[0], '1. Государственный язык Республики Казахстан – казахский язык.');
  assert.match(text('2019-03-23', '1', 'kaz'), /^1\. Қазақстан Республикасы өзін демократиялық, зайырлы, құқықтық және әлеуметтік мемлекет ретінде орнықтырады/u);
  // Subpoints keep their labels, level 1 under their point.
  const a72 = store.readArticle('kz', '2022-06-08', '72', 'rus').blocks;
  assert.deepEqual(a72.slice(0, 4).map((b) => [b.label, b.level]), [['1.', 0], ['1)', 1], ['2)', 1], ['2-1)', 1]]);
});

test('sections split over two headings are joined', () => {
  assert.equal(store.readArticle('kz', '2019-03-23', '1', 'rus').section, 'Раздел I. Общие положения');
  assert.equal(store.readArticle('kz', '2019-03-23', '1', 'kaz').section, 'I бөлім. ЖАЛПЫ ЕРЕЖЕЛЕР');
  assert.equal(store.readArticle('kz', '2026-03-15', '9', 'rus').section, 'Раздел I Основы конституционного строя');
});

test('no editorial annotation is left in any article body, in any version or language', () => {
  for (const v of store.constitution('kz').versions) {
    for (const lang of v.languages) {
      for (const a of store.readVersion('kz', v.id, lang)) {
        for (const b of [...a.blocks, ...a.pending.flatMap((p) => p.blocks)]) {
          assert.doesNotMatch(b.text, /Сноска|Примечание|Ескерту|Ескертпе/u, `${v.id} ${lang} article ${a.number}`);
        }
      }
    }
  }
});

test('footnotes are data with the acts they name', () => {
  const a41 = store.readArticle('kz', '2019-03-23', '41', 'rus');
  assert.deepEqual(a41.footnotes[0].acts.slice(0, 2), [{ date: '1998-10-07', number: '284-I' }, { date: '2007-05-21', number: '254-III' }]);
  const a84 = store.readArticle('kz', '2019-03-23', '84', 'rus');
  assert.equal(a84.repealed, true);
  assert.deepEqual(a84.blocks, []);
  assert.match(a84.footnotes[0].text, /^Статья 84 исключена Законом РК от 21\.05\.2007/u);
});

test('wording adopted on 8 June 2022 but in force from 1 January 2023 is pending data, not text', () => {
  const articles = store.readVersion('kz', '2022-06-08', 'rus');
  const dated = articles.filter((a) => a.pending.some((p) => p.effective === '2023-01-01')).map((a) => a.number);
  assert.deepEqual(dated, ['4', '44', '47', '53', '54', '56', '61', '62', '72', '73', '74', '78', '91']);
  const a78 = articles.find((a) => a.number === '78')!;
  assert.deepEqual(a78.pending[0].target, { kind: 'article' });
  assert.match(a78.blocks[0].text, /обратиться в Конституционный Совет/u);
  assert.match(a78.pending[0].blocks[0].text, /обратиться в Конституционный Суд/u);
  const a72 = articles.find((a) => a.number === '72')!;
  assert.deepEqual(a72.pending.map((p) => p.target.kind), ['point', 'point', 'add']);
  assert.deepEqual(a72.pending[2].blocks.filter((b) => b.label).map((b) => b.label), ['3.', '4.', '5.']);
  // In force text keeps the Constitutional Council; the point-1 wording repeats label "1.".
  assert.match(a72.blocks[0].text, /^Конституционный Совет/u);
  assert.equal(a72.pending[0].blocks[0].label, '1.');
  assert.match(a72.pending[0].blocks[0].text, /^Конституционный Суд/u);
  // Wording waiting for an event, not a date: the Mazhilis elections of the eighth convocation.
  const a50 = articles.find((a) => a.number === '50')!;
  assert.equal(a50.pending[0].effective, null);
  assert.match(a50.pending[0].condition!, /выборов депутатов Мажилиса/u);
  // The Kazakh text carries the same pending wording.
  const kaz = store.readVersion('kz', '2022-06-08', 'kaz');
  assert.deepEqual(kaz.filter((a) => a.pending.some((p) => p.effective === '2023-01-01')).map((a) => a.number), dated);
});

test('court rulings quoted as plain paragraphs are notes, not text', () => {
  const a25 = store.readArticle('kz', '2023-01-01', '25', 'rus');
  assert.equal(a25.blocks.length, 2);
  assert.match(a25.notes.at(-1)!.text, /^В соответствии с нормативным постановлением Конституционного Суда РК от 19\.04\.2024 № 41-НП/u);
  const a62 = store.readArticle('kz', '2023-01-01', '62', 'rus');
  assert.ok(a62.notes.some((n) => /от 10\.01\.2023 № 2 пункт 4 статьи 62/u.test(n.text)));
  assert.ok(a62.blocks.every((b) => !/нормативным постановлением/u.test(b.text)));
});

test('footnotes credit amending acts, not cited rulings or the date the text takes effect', () => {
  // "…Законом РК от 7 октября 1998 г. N 284.См. постановление … от 4 декабря 1998 г. N 13/2. Статья 91 … от 21 мая 2007 г. N 254"
  assert.deepEqual(store.readArticle('kz', '2007-05-21', '91', 'rus').footnotes[0].acts,
    [{ date: '1998-10-07', number: '284' }, { date: '2007-05-21', number: '254' }]);
  assert.deepEqual(store.readArticle('kz', '2007-05-21', '8', 'rus').footnotes[0].acts, []);
  assert.deepEqual(store.readArticle('kz', '2026-03-15', 'preamble', 'rus').footnotes[0].acts, []);
});

test('the parse cache never serves stale text: same size, same name, one letter changed', async () => {
  const { cpSync, mkdirSync, readFileSync, writeFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { tempDir } = await import('./helpers/exports.js');
  const root = tempDir('constdiff-store-');
  mkdirSync(join(root, 'kz'));
  cpSync(join(store.root, 'kz', 'manifest.yaml'), join(root, 'kz', 'manifest.yaml'));
  cpSync(join(store.root, 'kz', '2019-03-23'), join(root, 'kz', '2019-03-23'), { recursive: true });
  const read = () => openStore(root).readArticle('kz', '2019-03-23', '15', 'rus').blocks[0].text;
  assert.equal(read(), 'Каждый имеет право на жизнь.');
  assert.equal(read(), 'Каждый имеет право на жизнь.'); // now from the cache
  const file = join(root, 'kz', '2019-03-23', 'rus', '015.md');
  const before = readFileSync(file);
  writeFileSync(file, readFileSync(file, 'utf8').replace('Каждый имеет право', 'Каждый имеет права'));
  assert.equal(readFileSync(file).length, before.length);
  assert.equal(read(), 'Каждый имеет права на жизнь.');
});
