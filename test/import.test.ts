// The importer on small hand-made exports, one per defect of the real ones.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { importExport } from '../src/import/index.js';
import { openStore } from '../src/store/index.js';
import { writeVersion } from '../src/store/write.js';
import { DataError, UsageError } from '../src/errors.js';
import { INDEX, makeExport, tempDir } from './helpers/exports.js';

const importOne = (files: Record<string, string | Buffer>) =>
  importExport(makeExport(files), { constitution: 'kz', version: '2000-01-01' });
const rus = (files: Record<string, string | Buffer>) => importOne(files).content.articles.rus!;
const body = (a: { blocks: { label: string | null; text: string }[] }) => a.blocks.map((b) => (b.label ? `${b.label} ` : '') + b.text);

test('heading variants: ### Статья 1, ### Статья 2., **Статья 3**, and an article with no anchor', () => {
  const articles = rus({
    'rus.md': INDEX(),
    'rus/sec001.md': `---\npart_of: ../rus.md\n---\n\n## Раздел I.\n\n## Общие положения\n\n<a id="st1"></a>\n\n### Статья 1\n\nПервая.\n\n<a id="st2"></a>\n\n### Статья 2.\n\nВторая.\n\n<a id="st3"></a>\n\n**Статья 3**\n\nТретья.\n\n### Статья 3-1\n\nБез якоря.\n`,
  });
  assert.deepEqual(articles.map((a) => a.number), ['preamble', '1', '2', '3', '3-1']);
  assert.deepEqual(articles.map((a) => body(a)[0]), ['Мы, народ Казахстана, принимаем настоящую Конституцию.', 'Первая.', 'Вторая.', 'Третья.', 'Без якоря.']);
  assert.equal(articles[1].section, 'Раздел I. Общие положения');
});

test('articles inside code fences, one with its sentence continued after the fence', () => {
  const result = importOne({
    'rus.md': `# К\n\n## Раздел II Человек\n\n### Статья 34.\n\n1. Каждый обязан.\n\n\`\`\`\nСтатья 35.\nУплата налогов и иных\n\`\`\`\n\nобязательных платежей является долгом.\n\n\`\`\`\nСтатья 38.\nГраждане обязаны сохранять природу\nи бережно относиться к ней.\n\`\`\`\n\n### Статья 39.\n\nПрава.\n`,
  });
  const articles = result.content.articles.rus!;
  assert.deepEqual(articles.map((a) => a.number), ['34', '35', '38', '39']);
  assert.deepEqual(body(articles[1]), ['Уплата налогов и иных обязательных платежей является долгом.']);
  assert.deepEqual(body(articles[2]), ['Граждане обязаны сохранять природу и бережно относиться к ней.']);
  assert.ok(result.repairs.some((r) => /article 35 was inside a code fence/u.test(r.message) && r.line === 9));
  assert.ok(result.repairs.some((r) => /rejoined/u.test(r.message)));
});

test('notes as blockquotes, indented blockquotes, plain and bold paragraphs never stay in the text', () => {
  const [a] = rus({
    'rus.md': `# К\n\n## Раздел I\n\n<a id="st4"></a>\n\n**Примечание. См. нормативное постановление Конституционного Суда РК от 22.05.2023 № 17-НП.**\n\n### Статья 4\n\nПримечание. См. нормативные постановления от 11.07.2023 № 20-НП.\n\n1. Действующим правом являются нормы.\n\n   > *Примечание. В соответствии с Законом от 08.06.2022 г. постановления применяются.*\n\n2. Конституция имеет высшую силу.\n\n> *Сноска.Статья 4 с изменением, внесенным Законом РК от 10.03.2017 № 51-VI (вводится в действие с 20.03.2017).*\n`,
  });
  assert.deepEqual(body(a), ['1. Действующим правом являются нормы.', '2. Конституция имеет высшую силу.']);
  assert.equal(a.notes.length, 3);
  assert.deepEqual(a.footnotes[0].acts, [{ date: '2017-03-10', number: '51-VI' }]);
});

test('pending wording, indented or not, repeating a point number, ends where the text in force resumes', () => {
  const [a, b] = rus({
    'rus.md': `# К\n\n## Раздел VI\n\n<a id="st72"></a>\n\n### Статья 72\n\n1. Конституционный Совет по обращению:\n\n   1) решает вопрос;\n\n   2) рассматривает законы.\n\n      > *Примечание. В пункт 1 Законом РК от 08.06.2022 предусмотрено изменение (вводится в действие с 01.01.2023):*\n\n      1. Конституционный Суд по обращению:\n\n         1) решает вопрос;\n\n      2) рассматривает законы.\n\n2. Совет рассматривает обращения.\n\n<a id="st78"></a>\n\n### Статья 78\n\nСуды обращаются в Конституционный Совет.\n\n> *Примечание. В статью 78 Законом РК от 08.06.2022 предусмотрено изменение (вводится в действие с 01.01.2023):*\n\nСуды обращаются в Конституционный Суд.\n`,
  });
  assert.deepEqual(body(a), ['1. Конституционный Совет по обращению:', '1) решает вопрос;', '2) рассматривает законы.', '2. Совет рассматривает обращения.']);
  assert.equal(a.pending.length, 1);
  assert.deepEqual(a.pending[0].target, { kind: 'point', label: '1.' });
  assert.equal(a.pending[0].effective, '2023-01-01');
  assert.deepEqual(body(a.pending[0]), ['1. Конституционный Суд по обращению:', '1) решает вопрос;', '2) рассматривает законы.']);
  assert.deepEqual(body(b), ['Суды обращаются в Конституционный Совет.']);
  assert.deepEqual(body(b.pending[0]), ['Суды обращаются в Конституционный Суд.']);
});

test('Kazakh exports: N-бап headings, Ескерту footnotes, Ескертпе pending wording', () => {
  const result = importOne({
    'rus.md': `# К\n\n## Раздел I\n\n### Статья 1\n\nТекст.\n`,
    'kaz.md': `# Қ\n\n## I бөлім\n\n## ЖАЛПЫ ЕРЕЖЕЛЕР\n\n<a id="st1"></a>\n\n### 1-бап\n\n1. Қазақстан Республикасы өзін мемлекет ретінде орнықтырады.\n\n   > *Ескертпе. 08.06.2022 ҚР Заңымен 1-тармақты жаңа редакцияда жазу көзделген (01.01.2023 бастап қолданысқа енгізіледі).*\n\n   1. Қазақстан Республикасы әділ мемлекет.\n\n2. Екінші.\n\n> *Ескерту. 1-бапқа өзгеріс енгізілді - ҚР 21.05.2007 № 254-III (ресми жарияланған күнінен бастап қолданысқа енгізіледі).*\n`,
  });
  const [k] = result.content.articles.kaz!;
  assert.equal(k.section, 'I бөлім. ЖАЛПЫ ЕРЕЖЕЛЕР');
  assert.deepEqual(body(k), ['1. Қазақстан Республикасы өзін мемлекет ретінде орнықтырады.', '2. Екінші.']);
  assert.deepEqual(k.pending[0].target, { kind: 'point', label: '1.' });
  assert.deepEqual(body(k.pending[0]), ['1. Қазақстан Республикасы әділ мемлекет.']);
  assert.deepEqual(k.footnotes[0].acts, [{ date: '2007-05-21', number: '254-III' }]);
  assert.deepEqual(result.content.version.languages, ['rus', 'kaz']);
});

test('defects the importer cannot read fail with one clear error naming the file and line', () => {
  const dup = () => rus({ 'rus.md': `# К\n\n## Р\n\n<a id="st1"></a>\n\n### Статья 1\n\nА.\n\n<a id="st1"></a>\n\n### Статья 1\n\nБ.\n` });
  assert.throws(dup, (e: unknown) => e instanceof DataError && /rus\.md:11: article 1 appears twice \(first at .*rus\.md:5\)/u.test(e.message));
  const bad = Buffer.concat([Buffer.from('# К\n\n## Р\n\n### Статья 1\n\nТекст '), Buffer.from([0xff, 0xfe]), Buffer.from('\n')]);
  assert.throws(() => rus({ 'rus.md': bad }), (e: unknown) => e instanceof DataError && /rus\.md:7: is not valid UTF-8/u.test(e.message));
  assert.throws(() => rus({ 'rus.md': '' }), (e: unknown) => e instanceof DataError && /rus\.md: file is empty/u.test(e.message));
  assert.throws(() => rus({ 'rus.md': INDEX(), 'rus/sec001.md': '  \n' }), /sec001\.md: file is empty/u);
  assert.throws(() => rus({ 'rus.md': INDEX() }), /part "rus\/sec001\.md" listed in the index is missing/u);
  assert.throws(() => rus({ 'kaz.md': '# Қ' }), /export has no rus\.md/u);
  assert.throws(() => rus({ 'rus.md': '# К\n\n## Р\n\n### Статья 5\n\n### Статья 6\n\nТекст.\n' }), /rus\.md:5: article 5 has no text/u);
});

test('re-import is idempotent; a different version is refused without --force and replaced whole with it', () => {
  const root = tempDir('constdiff-store-');
  const dir = makeExport({ 'rus.md': `# К\n\n## Р\n\n### Статья 1\n\nПервая.\n\n### Статья 2\n\nВторая.\n` });
  const first = importExport(dir, { constitution: 'kz', version: '2000-01-01' });
  assert.equal(writeVersion(root, { id: 'kz', title: 'К' }, first.content), 'created');
  const files = readdirSync(join(root, 'kz', '2000-01-01', 'rus'));
  const before = readFileSync(join(root, 'kz', '2000-01-01', 'rus', '001.md'), 'utf8');
  assert.equal(writeVersion(root, { id: 'kz', title: 'К' }, importExport(dir, { constitution: 'kz', version: '2000-01-01' }).content), 'unchanged');

  writeFileSync(join(dir, 'rus.md'), `# К\n\n## Р\n\n### Статья 1\n\nИзменённая.\n`);
  const changed = importExport(dir, { constitution: 'kz', version: '2000-01-01' }).content;
  assert.throws(() => writeVersion(root, { id: 'kz', title: 'К' }, changed), (e: unknown) => e instanceof UsageError && /use --force/u.test(e.message));
  assert.deepEqual(readdirSync(join(root, 'kz', '2000-01-01', 'rus')), files);
  assert.equal(readFileSync(join(root, 'kz', '2000-01-01', 'rus', '001.md'), 'utf8'), before);

  assert.equal(writeVersion(root, { id: 'kz', title: 'К' }, changed, { force: true }), 'replaced');
  const store = openStore(root);
  assert.deepEqual(store.articleNumbers('kz', '2000-01-01', 'rus'), ['1']);
  assert.equal(store.readArticle('kz', '2000-01-01', '1', 'rus').blocks[0].text, 'Изменённая.');
  assert.deepEqual(readdirSync(join(root, 'kz')).filter((n) => n.startsWith('.')), [], 'no staging folders left');
});

test('a version that would not read back as written is refused before anything is written', () => {
  const root = tempDir('constdiff-store-');
  const content = importExport(makeExport({ 'rus.md': `# К\n\n## Р\n\n### Статья 1\n\nПервая.\n` }), { constitution: 'kz', version: '2000-01-01' }).content;
  content.articles.rus![0].blocks[0].text = 'line one\n\nline two';
  assert.throws(() => writeVersion(root, { id: 'kz', title: 'К' }, content), /would not read back as written/u);
  assert.equal(existsSync(join(root, 'kz', '2000-01-01')), false);
});

test('text that looks like Markdown survives the store unchanged', () => {
  const root = tempDir('constdiff-store-');
  const content = importExport(makeExport({ 'rus.md': `# К\n\n## Р\n\n### Статья 1\n\nПервая.\n` }), { constitution: 'kz', version: '2000-01-01' }).content;
  const tricky = ['# не заголовок', '> не цитата', '- не список', '3-1. не пункт', '*звёздочки* и _подчёркивания_ `код` [ссылка](x) <b>тег</b> &amp; \\ обратная', '1995 года.', '---', 'законом .  Два  пробела'];
  content.articles.rus![0].blocks = tricky.map((text) => ({ label: null, level: 0, text }));
  writeVersion(root, { id: 'kz', title: 'К' }, content);
  assert.deepEqual(openStore(root).readArticle('kz', '2000-01-01', '1', 'rus').blocks.map((b) => b.text), tricky);
});
