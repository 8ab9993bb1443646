// What an export states about itself (meta.yaml, frontmatter of a single-file
// export) becomes the version's date, act and sources; contradictions are errors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { importExport } from '../src/import/index.js';
import { DataError, UsageError } from '../src/errors.js';
import { oneLineError, runCli } from './helpers/cli.js';
import { makeExport, tempDir } from './helpers/exports.js';

const RUS = `# Конституция Республики Казахстан\n\n*Мы, народ Казахстана,*\n\n## Раздел I. Общие положения\n\n<a id="st1"></a>\n\n### Статья 1\n\n1. Республика Казахстан.\n`;
const KAZ = `# Қазақстан Республикасының Конституциясы\n\n## I бөлім. ЖАЛПЫ ЕРЕЖЕЛЕР\n\n<a id="st1"></a>\n\n### 1-бап\n\n1. Қазақстан Республикасы.\n`;
const META = (rus = '1998-10-06', kaz = rus) => `act_code: '1'
requisite: Конституция принята на республиканском референдуме 30 августа 1995 года.
version_date:
  kaz: ${kaz}
  rus: ${rus}
source:
  kaz: https://example.test/doc/1/kaz/06.10.1998
  rus: https://example.test/doc/1/rus/06.10.1998
caused_by:
  code: '1010187'
  requisite: Закон Республики Казахстан от 7 октября 1998 года № 284-I
  title:
    rus: О внесении изменений и дополнений в Конституцию Республики Казахстан
`;

function withExport<T>(files: Record<string, string>, body: (dir: string) => T): T {
  const dir = makeExport(files);
  try {
    return body(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('single files with meta.yaml: version date, act and sources come from meta.yaml', () => {
  withExport({ 'meta.yaml': META(), 'rus.md': RUS, 'kaz.md': KAZ }, (dir) => {
    const { version, articles } = importExport(dir, { constitution: 'kz' }).content;
    assert.equal(version.id, '1998-10-06');
    assert.equal(version.effective, '1998-10-06');
    assert.equal(version.act, 'Закон Республики Казахстан от 7 октября 1998 года № 284-I');
    assert.deepEqual(version.languages, ['rus', 'kaz']);
    assert.deepEqual(version.sources, { rus: 'https://example.test/doc/1/rus/06.10.1998', kaz: 'https://example.test/doc/1/kaz/06.10.1998' });
    assert.equal(articles.kaz!.find((a) => a.number === '1')!.blocks[0].text, 'Қазақстан Республикасы.');
    // an explicit act wins over the one the export states; a stored one too
    assert.equal(importExport(dir, { constitution: 'kz', info: { act: 'Закон РК от 07.10.1998 № 284-I' } }).content.version.act, 'Закон РК от 07.10.1998 № 284-I');
    assert.equal(importExport(dir, { constitution: 'kz', stored: () => ({ act: 'stored act', label: 'stored label' }) }).content.version.label, 'stored label');
  });
});

test('a single file whose frontmatter names the document itself as the cause: the requisite is the act', () => {
  const rus = `---\nact_code: '223244'\nrequisite: Конституция принята на республиканском референдуме 15 марта 2026 года\nversion_date: 2026-03-15\nregistry_number: '223244'\ncaused_by:\n  code: '223244'\n  title: Конституция Республики Казахстан\nsource: https://example.test/doc/223244/rus\n---\n\n${RUS}`;
  withExport({ 'rus.md': rus }, (dir) => {
    const { version } = importExport(dir, { constitution: 'kz' }).content;
    assert.equal(version.id, '2026-03-15');
    assert.equal(version.act, 'Конституция принята на республиканском референдуме 15 марта 2026 года');
    assert.deepEqual(version.sources, { rus: 'https://example.test/doc/223244/rus' });
  });
});

test('a version asked for that the export contradicts, or an export with two dates and none asked for, is refused', () => {
  withExport({ 'meta.yaml': META(), 'rus.md': RUS }, (dir) => {
    assert.throws(() => importExport(dir, { constitution: 'kz', version: '2011-02-02' }),
      (e: unknown) => e instanceof DataError && /version 2011-02-02 asked for, but the export states version_date 1998-10-06/u.test(e.message) && /meta\.yaml/u.test(String(e.file)));
  });
  withExport({ 'meta.yaml': META('1998-10-06', '1998-10-07'), 'rus.md': RUS, 'kaz.md': KAZ }, (dir) => {
    assert.throws(() => importExport(dir, { constitution: 'kz' }), (e: unknown) => e instanceof UsageError && /more than one version_date: 1998-10-06 .*1998-10-07/u.test(e.message));
    assert.equal(importExport(dir, { constitution: 'kz', version: '1998-10-07' }).content.version.id, '1998-10-07');
  });
  withExport({ 'rus.md': RUS }, (dir) => {
    assert.throws(() => importExport(dir, { constitution: 'kz' }), (e: unknown) => e instanceof UsageError && /--version is needed/u.test(e.message));
  });
  withExport({ 'meta.yaml': 'version_date: [1998\n', 'rus.md': RUS }, (dir) => {
    assert.throws(() => importExport(dir, { constitution: 'kz', version: '1998-10-06' }), (e: unknown) => e instanceof DataError && /broken YAML/u.test(e.message) && /meta\.yaml$/u.test(String(e.file)));
  });
  withExport({ 'meta.yaml': 'version_date: 6 October 1998\n', 'rus.md': RUS }, (dir) => {
    assert.throws(() => importExport(dir, { constitution: 'kz' }), (e: unknown) => e instanceof DataError && /version_date is not a date/u.test(e.message));
  });
});

test('constdiff import without --version takes the date from meta.yaml and says which version it wrote', () => {
  const store = tempDir();
  try {
    withExport({ 'meta.yaml': META(), 'rus.md': RUS, 'kaz.md': KAZ }, (dir) => {
      const run = runCli(['--store', store, 'import', dir, '--label', 'after 1998']);
      assert.equal(run.status, 0, run.stderr);
      assert.match(run.stdout, /^kz 1998-10-06: created, 1 articles \(rus\), 1 articles \(kaz\)/u);
      const versions = runCli(['--store', store, 'versions']).stdout;
      assert.match(versions, /act: Закон Республики Казахстан от 7 октября 1998 года № 284-I/u);
      const wrong = runCli(['--store', store, 'import', dir, '--version', '2011-02-02']);
      assert.equal(wrong.status, 1);
      assert.match(oneLineError(wrong), /meta\.yaml: version 2011-02-02 asked for, but the export states version_date 1998-10-06/u);
    });
    withExport({ 'rus.md': RUS }, (dir) => {
      const none = runCli(['--store', store, 'import', dir]);
      assert.equal(none.status, 2);
      assert.match(oneLineError(none), /--version is needed/u);
    });
  } finally {
    rmSync(store, { recursive: true, force: true });
  }
});
