// `constdiff diff` as a user runs it: formats, selection, output files, bad input.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { oneLineError, runCli } from './helpers/cli.js';
import { tempDir } from './helpers/exports.js';

test('the headline pair by alias, text format, changed articles only', () => {
  const run = runCli(['diff', 'before-referendum', 'after-referendum', '--changed-only']);
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /2019-03-23 → 2022-06-08/u);
  // Article 15: the death penalty clause replaced by "запрещается".
  assert.match(run.stdout, /Смертная казнь \[-устанавливается законом как исключительная мера наказания/u);
  assert.match(run.stdout, /\{\+запрещается\+\}/u);
  assert.doesNotMatch(run.stdout, /Article 1 /u, 'unchanged article 1 left out');
  assert.doesNotMatch(run.stdout, /\u001b\[/u, 'no color when piped');
});

test('--article selects by number; md and json formats', () => {
  const md = runCli(['diff', '2019-03-23', '2022-06-08', '--article', '15', '--format', 'md']);
  assert.equal(md.status, 0, md.stderr);
  assert.match(md.stdout, /Статья 15|Article 15/u);
  assert.doesNotMatch(md.stdout, /Article 44|Статья 44/u);
  const json = JSON.parse(runCli(['diff', '2019-03-23', '2022-06-08', '--article', '44', '83-1', '--format', 'json']).stdout);
  assert.deepEqual(json.articles.map((a: { number: string; status: string }) => [a.number, a.status]), [['44', 'amended'], ['83-1', 'added']]);
});

test('--output writes the report atomically and prints nothing', () => {
  const dir = tempDir();
  const file = join(dir, 'report.json');
  writeFileSync(file, 'old content');
  const run = runCli(['diff', '2019-03-23', '2022-06-08', '--format', 'json', '--output', file]);
  assert.equal(run.status, 0, run.stderr);
  assert.equal(run.stdout, '');
  assert.equal(JSON.parse(readFileSync(file, 'utf8')).to.id, '2022-06-08');
  assert.deepEqual(readdirSync(dir), ['report.json'], 'no temporary file left');
  const bad = runCli(['diff', '2019-03-23', '2022-06-08', '--output', join(dir, 'missing', 'r.txt')]);
  assert.equal(bad.status, 1);
  assert.match(oneLineError(bad), /missing\/r\.txt: cannot write output: the folder \S*missing does not exist$/u);
  assert.equal(existsSync(join(dir, 'missing')), false);
});

test('bad input: one line and a non-zero exit', () => {
  const cases: [string[], number, RegExp][] = [
    [['diff', '2019-03-23', '2030-01-01'], 2, /unknown version "2030-01-01"/u],
    [['diff', 'before-referendum', '2019-03-23'], 2, /are the same version \(2019-03-23\)/u],
    [['diff', '2019-03-23', '2022-06-08', '--article', '150'], 2, /article 150 is in neither 2019-03-23 nor 2022-06-08/u],
    [['diff', '2019-03-23', '2022-06-08', '--format', 'pdf'], 2, /argument 'pdf' is invalid/u],
    [['diff', '1995-08-29', '2022-09-17', '--lang', 'kaz'], 2, /version 1995-08-29 of kz has no "kaz" text/u],
    [['diff', '2019-03-23'], 2, /missing required argument 'to'/u],
  ];
  for (const [args, status, message] of cases) {
    const run = runCli(args);
    assert.equal(run.status, status, `${args.join(' ')}: ${run.stderr}`);
    assert.match(oneLineError(run), message);
  }
});

test('the default report states both figures: changed at once, and with the wording taking effect later', () => {
  const text = runCli(['diff', 'before-referendum', 'after-referendum', '--changed-only']).stdout;
  assert.match(text, /^22 of 102 articles changed: 20 amended, 2 added;/mu);
  assert.match(text, /^15 articles \(4, 44, 47, 50, 51, 53, 54, 56, 61, 62, 72, 73, 74, 78, 91\) also carry wording adopted but taking effect later; with it applied \(--as-adopted\), 33 of 102 articles are changed\.$/mu);
  const json = JSON.parse(runCli(['diff', '2019-03-23', '2022-06-08', '--format', 'json']).stdout);
  assert.equal(json.summary.changed, 22);
  assert.equal(json.adopted.summary.changed, 33);
  assert.deepEqual(json.adopted.summary.articles, { unchanged: 69, amended: 31, added: 2, repealed: 0, renumbered: 0, moved: 0 });
  assert.equal(json.adopted.pendingArticles.length, 15);
  assert.match(runCli(['diff', '2019-03-23', '2022-06-08', '--format', 'md']).stdout, /with it applied \(--as-adopted\), 33 of 102 articles are changed/u);
  assert.match(runCli(['diff', '2019-03-23', '2022-06-08', '--format', 'html']).stdout, /<p class="adopted">15 articles .*33 of 102 articles are changed\.<\/p>/u);
  // Already as adopted, or a pair without pending wording: no second figure.
  assert.equal(JSON.parse(runCli(['diff', '2019-03-23', '2022-06-08', '--as-adopted', '--format', 'json']).stdout).adopted, undefined);
  assert.equal(JSON.parse(runCli(['diff', '1995-08-29', '2007-05-21', '--format', 'json']).stdout).adopted, undefined);
});

test('a reader that stops early (| head) ends the run quietly, without a stack trace', async () => {
  const { runWithEarlyClose } = await import('./helpers/cli.js');
  assert.deepEqual(await runWithEarlyClose(['diff', '2019-03-23', '2022-06-08', '--format', 'json']), { code: 0, stderr: '' });
});

test('--as-adopted is recorded in the JSON options', () => {
  const adopted = JSON.parse(runCli(['diff', 'before-referendum', 'after-referendum', '--as-adopted', '--format', 'json']).stdout);
  assert.deepEqual(adopted.options, { exact: false, asAdopted: true });
  const inForce = JSON.parse(runCli(['diff', 'before-referendum', 'after-referendum', '--exact', '--format', 'json']).stdout);
  assert.deepEqual(inForce.options, { exact: true, asAdopted: false });
});

test('articles asked for that did not change say so; --changed-only leaves them out', () => {
  const text = runCli(['diff', 'before-referendum', 'after-referendum', '--article', '1', '2']);
  assert.equal(text.status, 0, text.stderr);
  assert.match(text.stdout, /^= Article 1 unchanged · Раздел I\. Общие положения$/mu);
  assert.match(text.stdout, /^= Article 2 unchanged/mu);
  const md = runCli(['diff', 'before-referendum', 'after-referendum', '--article', '1', '--format', 'md']).stdout;
  assert.match(md, /^### Article 1 — unchanged\n\nSection: Раздел I\. Общие положения\n\nWording unchanged\.$/mu);
  assert.doesNotMatch(md, /No changes\./u);
  const only = runCli(['diff', 'before-referendum', 'after-referendum', '--article', '1', '2', '--changed-only']).stdout;
  assert.doesNotMatch(only, /Article 1/u);
  assert.match(only, /\nNone of the articles shown changed\.\n$/u);
  // Without --article the text report still lists changed articles only.
  assert.doesNotMatch(runCli(['diff', 'before-referendum', 'after-referendum']).stdout, /unchanged ·/u);
});

test('section headings that changed are shown with their footnotes (text, HTML); a broken sections file is an error', async () => {
  // sections.rus.yaml: 2019 "Раздел VI. Конституционный Совет", 2022 "Раздел VI. Конституционный Суд"
  // with the footnote "Заголовок раздела VI в редакции Закона РК от 08.06.2022 …".
  const text = runCli(['diff', 'before-referendum', 'after-referendum']).stdout;
  assert.match(text, /^Section headings:\n {2}Раздел VI\. Конституционный \[-Совет-\]\{\+Суд\+\} \(renamed\)\n {4}footnote: Заголовок раздела VI в редакции Закона РК от 08\.06\.2022/mu);
  assert.match(text, /^ {2}Раздел VII\. Суды и правосудие\{\+\. Прокуратура\. Уполномоченный по правам человека\+\} \(renamed\)$/mu);
  const html = runCli(['diff', 'before-referendum', 'after-referendum', '--format', 'html']).stdout;
  assert.match(html, /<h3>Section headings<\/h3><ul><li data-status="renamed"><span lang="ru">Раздел VI\. Конституционный <del>[^]*?Совет<\/del><ins>[^]*?Суд<\/ins><\/span> \(renamed\)<p class="note">footnote: <span lang="ru">Заголовок раздела VI в редакции Закона РК от 08\.06\.2022/u);
  // Versions whose headings did not change say nothing about them.
  assert.doesNotMatch(runCli(['diff', '2022-06-08', '2022-09-17']).stdout, /Section headings/u);

  const { cpSync, rmSync, writeFileSync: write } = await import('node:fs');
  const { ROOT } = await import('./helpers/cli.js');
  const store = tempDir('constdiff-sections-');
  try {
    cpSync(join(ROOT, 'constitution'), store, { recursive: true });
    const file = join(store, 'kz', '2022-06-08', 'sections.rus.yaml');
    write(file, '- title: [Раздел I\n');
    const run = runCli(['--store', store, 'diff', 'before-referendum', 'after-referendum']);
    assert.equal(run.status, 1);
    assert.match(oneLineError(run), new RegExp(`^constdiff: ${file.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}:\\d+: broken sections file: `, 'u'));
  } finally {
    rmSync(store, { recursive: true, force: true });
  }
});
