// `constdiff check-languages`: the Russian and Kazakh texts of the bundled store
// held against each other. Expected findings were read in the store files
// themselves (cited at each assertion), not copied from a run.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { oneLineError, ROOT, runCli } from './helpers/cli.js';
import { schemaValidators } from './fixtures/report-schema.js';

const body = (version: string, lang: string, file: string) =>
  readFileSync(`${ROOT}constitution/kz/${version}/${lang}/${file}`, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');

interface Json {
  versions: { version: { id: string }; compared: boolean; missing?: string; points: { article: string; only: { rus: string[]; kaz: string[] } }[] }[];
  steps: {
    from: { id: string }; to: { id: string }; compared: boolean; missing?: { version: string; lang: string };
    changed: { rus: number; kaz: number };
    articles: { number: string; flag?: string; status: { rus: string | null; kaz: string | null }; points: { point: string; status: { rus: string | null; kaz: string | null } }[] }[];
  }[];
}

const run = runCli(['check-languages', '--json']);
const all = JSON.parse(run.stdout) as Json;

test('check-languages --json: valid against its schema, every version and every step', () => {
  assert.equal(run.status, 0, run.stderr);
  const validate = schemaValidators().validator('check-languages');
  assert.ok(validate(all), JSON.stringify(validate.errors));
  assert.equal(all.versions.length, 9);
  assert.equal(all.steps.length, 8);
  // 1995 has no Kazakh text: not compared, and said so.
  assert.deepEqual([all.versions[0].compared, all.versions[0].missing], [false, 'kaz']);
  assert.deepEqual([all.steps[0].compared, all.steps[0].missing], [false, { version: '1995-08-29', lang: 'kaz' }]);
});

test('a step that changed a word in Kazakh only is flagged kaz-only (article 9, 1998 -> 2007: нышандары -> рәміздері)', () => {
  // The store: the Kazakh text of article 9 changes the word; the Russian one only a space before the full stop (formatting).
  assert.match(body('1998-10-06', 'kaz', '009.md'), /мемлекеттiк нышандары/);
  assert.match(body('2007-05-21', 'kaz', '009.md'), /мемлекеттiк рәміздері/);
  assert.equal(body('1998-10-06', 'rus', '009.md').replace(/ \./g, '.'), body('2007-05-21', 'rus', '009.md').replace(/ \./g, '.'));
  const step = all.steps.find((s) => s.to.id === '2007-05-21')!;
  const nine = step.articles.find((a) => a.number === '9')!;
  assert.equal(nine.flag, 'kaz-only');
  assert.deepEqual(nine.status, { rus: 'unchanged', kaz: 'amended' });
});

test('a version whose two texts have different points is reported (article 3: point 3. is two paragraphs in Kazakh)', () => {
  // The store: Kazakh point 3 of article 3 has a second paragraph ("Халық пен мемлекет атынан …"); Russian point 3 is one.
  const kaz = body('2019-03-23', 'kaz', '003.md');
  const rus = body('2019-03-23', 'rus', '003.md');
  assert.match(kaz, /\n\n {3}Халық пен мемлекет атынан/);
  assert.doesNotMatch(rus, /\n\n {3}\S/);
  const v = all.versions.find((x) => x.version.id === '2019-03-23')!;
  assert.deepEqual(v.points.find((p) => p.article === '3')?.only, { rus: [], kaz: ['3. ¶1'] });
});

test('the referendum step changes the same 22 articles in both texts, none flagged', () => {
  const r = JSON.parse(runCli(['check-languages', 'before-referendum', 'after-referendum', '--json']).stdout) as Json;
  assert.equal(r.steps.length, 1);
  assert.deepEqual(r.steps[0].changed, { rus: 22, kaz: 22 });
  assert.equal(r.steps[0].articles.length, 22);
  assert.deepEqual(r.steps[0].articles.filter((a) => a.flag), []);
});

test('check-languages as text names each flagged article; a reversed range is one line, exit 2', () => {
  const text = runCli(['check-languages', '1998-10-06', '2007-05-21']);
  assert.equal(text.status, 0, text.stderr);
  assert.match(text.stdout, /1998-10-06 → 2007-05-21: \d+ articles changed in Russian, \d+ in Kazakh; \d+ differ/);
  assert.match(text.stdout, /! Article 9: changed in Kazakh only \(amended\)/);
  const reversed = runCli(['check-languages', 'after-referendum', 'before-referendum']);
  assert.equal(reversed.status, 2);
  assert.match(oneLineError(reversed), /later than/);
  const unknown = runCli(['check-languages', '2000-01-01']);
  assert.equal(unknown.status, 2);
  assert.match(oneLineError(unknown), /2000-01-01/);
});
