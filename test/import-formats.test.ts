// Layouts of the older single-file exports (1998, 2007, 2011): a repealed article
// written as a line of text or as a heading split in two, a list of section
// headings before the text, Kazakh footnotes with year-first dates; and a Kazakh
// ruling quoted as text (2023). Each is read, and each repair is reported with file:line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { importExport } from '../src/import/index.js';
import { actsOf, readAnnotation } from '../src/import/annotations.js';
import { isNewText } from '../src/timeline/index.js';
import { makeExport } from './helpers/exports.js';

function importRus(rus: string) {
  const dir = makeExport({ 'rus.md': rus });
  try {
    return { dir, ...importExport(dir, { constitution: 'kz', version: '2000-01-01' }) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const HEAD = '# Конституция\n\n## Раздел VII Суды\n\n<a id="st83"></a>\n\n### Статья 83\n\n4. Компетенция прокуратуры определяется законом.\n\n';
const NEXT = '## Раздел VIII Местное управление\n\n<a id="st85"></a>\n\n### Статья 85\n\nМестное управление.\n';

test('a repeal notice written as text inside the article before it becomes that article, repealed', () => {
  const { dir, content, repairs } = importRus(`${HEAD}   Статья 84 исключена Законом РК от 21 мая 2007 г. N 254 (вводится в действие со дня его официального опубликования).\n\n${NEXT}`);
  const [a83, a84, a85] = content.articles.rus!;
  assert.deepEqual(a83.blocks.map((b) => b.text), ['Компетенция прокуратуры определяется законом.']);
  assert.equal(a84.number, '84');
  assert.equal(a84.repealed, true);
  assert.deepEqual(a84.blocks, []);
  assert.equal(a84.section, 'Раздел VII Суды');
  assert.equal(a84.footnotes[0].text, 'Статья 84 исключена Законом РК от 21 мая 2007 г. N 254 (вводится в действие со дня его официального опубликования).');
  assert.deepEqual(a84.footnotes[0].acts, [{ date: '2007-05-21', number: '254' }]);
  assert.equal(a85.number, '85');
  assert.deepEqual(repairs.map((r) => `${r.file}:${r.line}: ${r.message}`),
    [`${join(dir, 'rus.md')}:11: article 84: repeal notice written as text of article 83; read as article 84, repealed, the notice as its footnote`]);
});

test('a repeal notice written as a heading split over two headings is joined and becomes the anchored article', () => {
  const { dir, content, repairs } = importRus(`${HEAD}<a id="st84"></a>\n\n### Статья 84 исключена Законом РК от 21 мая 2007 г. N\n\n### 254 (вводится в действие со дня его официального опубликования).\n\n${NEXT}`);
  const a84 = content.articles.rus!.find((a) => a.number === '84')!;
  assert.equal(a84.repealed, true);
  assert.equal(a84.footnotes[0].text, 'Статья 84 исключена Законом РК от 21 мая 2007 г. N 254 (вводится в действие со дня его официального опубликования).');
  assert.deepEqual(content.articles.rus!.map((a) => a.number), ['83', '84', '85']);
  assert.deepEqual(repairs.map((r) => `${r.line}: ${r.message}`), [
    '13: article 84: repeal notice written as a heading; read as article 84, repealed, the notice as its footnote',
    '15: skipped second half of the repeal notice, joined: "Статья 84 исключена Законом РК от 21 мая 2007 г. N 254 (вводится в действие со дня его официального опубликования)."',
  ]);
  assert.ok(repairs.every((r) => r.file === join(dir, 'rus.md')));
});

test('section headings listed alone before the text (a list of contents) are left out, and said so', () => {
  const { content, repairs } = importRus('# Конституция\n\n## Раздел I. Общие положения\n\n## Раздел II Человек и гражданин\n\n## Раздел I. Общие положения\n\n<a id="st1"></a>\n\n### Статья 1\n\nПервая.\n\n## Раздел II Человек и гражданин\n\n<a id="st10"></a>\n\n### Статья 10\n\nДесятая.\n');
  assert.deepEqual(content.sections.rus, [
    { title: 'Раздел I. Общие положения', firstArticle: '1', footnotes: [], notes: [] },
    { title: 'Раздел II Человек и гражданин', firstArticle: '10', footnotes: [], notes: [] },
  ]);
  assert.deepEqual(repairs.map((r) => `${r.line}: ${r.message}`), [
    '3: section heading "Раздел I. Общие положения" has no article under it (a list of contents); left out',
    '5: section heading "Раздел II Человек и гражданин" has no article under it (a list of contents); left out',
  ]);
});

test('a Kazakh repeal notice in place of an article ("84-бап алынып тасталды") is read the same way', () => {
  const dir = makeExport({ 'rus.md': `${HEAD}${NEXT}`, 'kaz.md': '# Конституция\n\n## VII бөлім\n\n<a id="st83"></a>\n\n### 83-бап\n\n4. Прокуратура.\n\n84-бап алынып тасталды - ҚР 21.05.2007 № 254-III Заңымен.\n\n<a id="st85"></a>\n\n### 85-бап\n\nЖергілікті басқару.\n' });
  try {
    const kaz = importExport(dir, { constitution: 'kz', version: '2000-01-01' }).content.articles.kaz!;
    assert.deepEqual(kaz.map((a) => [a.number, a.repealed]), [['83', false], ['84', true], ['85', false]]);
    assert.deepEqual(kaz[1].footnotes[0].acts, [{ date: '2007-05-21', number: '254-III' }]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('Kazakh footnotes of the older exports: dates year first, each list ending in its kind (laws or rulings)', () => {
  assert.deepEqual(actsOf('41-бапқа өзгерту енгізілді - ҚР 1998.10.07 N 284 Заңымен, 41-баптың 2-тармағына түсініктеме берілді - ҚР Конституциялық Кеңесінің 1998.10.09 N 9/2, 41-баптың 1 және 3-тармақтарына түсініктеме берілді - 2005.08.19 N 5 қаулыларымен, өзгерту енгізілді - ҚР 2007.05.21 N 254 Заңымен.', 'kaz'),
    [{ date: '1998-10-07', number: '284' }, { date: '2007-05-21', number: '254' }]);
  assert.deepEqual(actsOf('42-бапқа өзгерту енгізілді - ҚР 1998.10.07 N 284, 2007.05.21 N 254 Заңдарымен.', 'kaz'),
    [{ date: '1998-10-07', number: '284' }, { date: '2007-05-21', number: '254' }]);
  assert.deepEqual(actsOf('12-бапқа түсініктеме берілді - ҚР Конституциялық Кеңесінің 2003.12.01 N 12, 2007.04.18 N 4 Қаулыларымен.', 'kaz'), []);
  // the newer form is read as before
  assert.deepEqual(actsOf('44-бапқа өзгерістер енгізілді - ҚР 07.10.1998 № 284-I (жарияланған күнінен бастап күшіне енеді); 21.05.2007 № 254-III (ресми жарияланған күнінен бастап қолданысқа енгізіледі) Заңдарымен.', 'kaz'),
    [{ date: '1998-10-07', number: '284-I' }, { date: '2007-05-21', number: '254-III' }]);
  // the date a text takes effect is no act
  assert.deepEqual(actsOf('01.07.2026 бастап күшіне енеді – осы Конституцияның 94-бабының 1-тармағымен.', 'kaz'), []);
});

test('a Kazakh court ruling quoted as text and named at its end is kept as a note', () => {
  const ruling = 'Конституцияның 25-бабының 1-тармағындағы норманы сөзбе-сөз түсіну қажет - ҚР Конституциялық Сотының 19.04.2024 жылғы № 41-НҚ нормативтік қаулысына сәйкес.';
  assert.deepEqual(readAnnotation(ruling), { kind: 'note', text: ruling, unmarked: true });
  assert.equal(readAnnotation('Тұрғын үйге қол сұғылмайды.'), null);
});

test('a first amendment is no new text: its footnotes name its own act, dated by the time it took effect', () => {
  const to = { id: '1998-10-06', effective: '1998-10-07', label: '', aliases: [], act: '', languages: ['rus' as const], sources: {} };
  const article = (acts: { date: string }[]) => ({ constitution: 'kz', version: to.id, lang: 'rus' as const, number: '1', section: null, repealed: false, footnotes: [{ text: 'Сноска.', acts }], notes: [], pending: [], blocks: [] });
  assert.equal(isNewText([article([{ date: '1998-10-07' }])], to), false);
  assert.equal(isNewText([article([{ date: '2026-07-01' }]), article([])], to), true);
});

test('a law listed after rulings in a Russian footnote is known by the date it takes effect', () => {
  assert.deepEqual(actsOf('Статья 41 с изменениями, внесенными законами РК от 07.10.1998 N 284; см. постановления Конституционного Совета РК от 09.10.1998 N 9/2; от 19.08.2005 года N 5; от 21.05.2007 N 254 (вводится в действие со дня его официального опубликования); от 02.02.2011 № 403-IV (вводится в действие со дня его первого официального опубликования).'),
    [{ date: '1998-10-07', number: '284' }, { date: '2007-05-21', number: '254' }, { date: '2011-02-02', number: '403-IV' }]);
});

test('an act number written with a Cyrillic look-alike numeral is read whole, in Latin letters', () => {
  // Article 2 of the 2019-2023 exports: "от 23.03.2019 № 238-VІ" with a Cyrillic І (U+0406); it was read as "238-V".
  assert.deepEqual(actsOf('Статья 2 с изменениями, внесенными законами РК от 10.03.2017 № 51-VI (вводится в действие со дня его первого официального опубликования); от 23.03.2019 № 238-V\u0406 (вводится в действие со дня его первого официального опубликования).'),
    [{ date: '2017-03-10', number: '51-VI' }, { date: '2019-03-23', number: '238-VI' }]);
  // Other letters after the hyphen are not a numeral and stay as written.
  assert.deepEqual(actsOf('Статья 1 с изменениями, внесенными Законом РК от 19.04.2024 № 41-НП.'), [{ date: '2024-04-19', number: '41-НП' }]);
  // The bundled store: every act number of 23.03.2019 is the law's own, 238-VI.
  const numbers = new Set<string>();
  for (const version of ['2019-03-23', '2022-06-08', '2022-09-17', '2023-01-01']) {
    for (const lang of ['rus', 'kaz'] as const) {
      for (const file of readdirSync(join('constitution/kz', version, lang))) {
        for (const m of readFileSync(join('constitution/kz', version, lang, file), 'utf8').matchAll(/date: 2019-03-23\n\s+number: (\S+)/gu)) numbers.add(m[1]);
      }
    }
  }
  assert.deepEqual([...numbers], ['238-VI']);
});
