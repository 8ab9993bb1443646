// `constdiff versions`, `show` and `import` as a user runs them, including
// every kind of bad input: one line on stderr, exit 2 for usage, 1 for data.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { oneLineError, ROOT, runCli } from './helpers/cli.js';
import { makeExport, tempDir } from './helpers/exports.js';

test('versions lists every version with its date, label and article count', () => {
  const run = runCli(['versions']);
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /^2019-03-23 {2}in force from 2019-03-23 {3}99 articles {2}\[rus, kaz\] {2}before the 2022 referendum$/mu);
  assert.match(run.stdout, /^2026-03-15 {2}in force from 2026-07-01 {3}96 articles {2}\[rus, kaz\] {2}the new Constitution of 2026$/mu);
  assert.match(run.stdout, /^1998-10-06 {2}in force from 1998-10-07 {3}98 articles {2}\[rus, kaz\] {2}after the amendments of 7 October 1998\n {12}act: Закон Республики Казахстан от 7 октября 1998 года № 284-I$/mu);
  assert.match(run.stdout, /^1995-08-29 {2}in force from 1995-08-29 {3}98 articles {2}\[rus\] {2}as adopted/mu);
  const json = JSON.parse(runCli(['versions', 'kz', '--json']).stdout);
  // 2007 on: article 84 stays as a repealed article (as the exports keep it)
  assert.deepEqual(json.versions.map((v: { articles: number }) => v.articles), [98, 98, 99, 99, 99, 101, 102, 102, 96]);
});

test('show prints one article with its notes, by version id or alias, in either language', () => {
  const run = runCli(['show', 'after-referendum', '15']);
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /^Article 15 — 2022-06-08 \(after the 2022 referendum\), rus$/mu);
  assert.match(run.stdout, /^2\. Никто не вправе произвольно лишать человека жизни\. Смертная казнь запрещается\.$/mu);
  assert.match(run.stdout, /^Amended by:\n {2}- Статья 15 с изменениями/mu);
  const kaz = runCli(['show', '2022-06-08', '78', '--lang', 'kaz']);
  assert.match(kaz.stdout, /^Pending wording \(from 2023-01-01/mu);
  assert.match(kaz.stdout, /Конституциялық Сот/u);
});

test('unknown constitution, version, article or language: exit 2 and one line naming it', () => {
  const cases: [string[], RegExp][] = [
    [['versions', 'xx'], /unknown constitution "xx" \(known: kz\)/u],
    [['show', '2020-01-01', '1'], /unknown version "2020-01-01" of kz/u],
    [['show', '2019-03-23', '200'], /article 200 does not exist in version 2019-03-23/u],
    [['show', '2019-03-23', '../../etc/passwd'], /is not an article number/u],
    [['show', '2019-03-23', '1', '--lang', 'eng'], /unknown language "eng"/u],
    [['show', '1995-08-29', '1', '--lang', 'kaz'], /version 1995-08-29 of kz has no "kaz" text/u],
    [['show', '2019-03-23', '1', '--constitution', '../x'], /unknown constitution "\.\.\/x"/u],
    [['frobnicate'], /unknown command 'frobnicate'/u],
  ];
  for (const [args, message] of cases) {
    const run = runCli(args);
    assert.equal(run.status, 2, `${args.join(' ')}: ${run.stderr}`);
    assert.match(oneLineError(run), message);
  }
});

/** A copy of the bundled store with one version, to break on purpose. */
function brokenStore(breakIt: (dir: string) => void): string {
  const root = tempDir('constdiff-store-');
  mkdirSync(join(root, 'kz'));
  cpSync(join(ROOT, 'constitution', 'kz', '2019-03-23'), join(root, 'kz', '2019-03-23'), { recursive: true });
  const manifest = readFileSync(join(ROOT, 'constitution', 'kz', 'manifest.yaml'), 'utf8');
  writeFileSync(join(root, 'kz', 'manifest.yaml'), manifest);
  breakIt(join(root, 'kz', '2019-03-23', 'rus'));
  return root;
}

test('malformed store files: exit 1 and one line naming the file', () => {
  const cases: [(dir: string) => void, RegExp][] = [
    [(d) => writeFileSync(join(d, '015.md'), '---\narticle: [15\n---\n\n1. Текст.\n'), /015\.md:\d+: broken frontmatter/u],
    [(d) => writeFileSync(join(d, '015.md'), '1. Текст без frontmatter.\n'), /015\.md:1: missing frontmatter/u],
    [(d) => writeFileSync(join(d, '015.md'), readFileSync(join(d, '015.md'), 'utf8').replace(/\n---\n[\s\S]*$/u, '\n---\n')), /015\.md: article 15 has an empty body/u],
    [(d) => writeFileSync(join(d, '016.md'), readFileSync(join(d, '015.md'))), /016\.md: article 15 is stored twice \(also in .*015\.md\)/u],
    [(d) => renameSync(join(d, '015.md'), join(d, '115.md')), /115\.md: holds article 15 but is named 115\.md/u],
    [(d) => writeFileSync(join(d, '015.md'), Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0xc3, 0x28, 0x0a])), /015\.md:2: is not valid UTF-8/u],
  ];
  for (const [breakIt, message] of cases) {
    const run = runCli(['--store', brokenStore(breakIt), 'show', '2019-03-23', '1']);
    assert.equal(run.status, 1, run.stderr);
    assert.match(oneLineError(run), message);
  }
});

test('import writes a version into a store, says what it repaired, and refuses to overwrite silently', () => {
  const store = tempDir('constdiff-store-');
  const dir = makeExport({ 'rus.md': '# К\n\n## Р\n\n```\nСтатья 1.\nТекст статьи.\n```\n' });
  const first = runCli(['--store', store, 'import', dir, '--version', '2000-01-01', '--label', 'test version']);
  assert.equal(first.status, 0, first.stderr);
  assert.equal(first.stdout, 'kz 2000-01-01: created, 1 articles (rus); 1 repairs, 0 unplaced\n');
  assert.match(first.stderr, /^repaired .*rus\.md:5: article 1 was inside a code fence; read as text$/mu);
  assert.match(runCli(['--store', store, 'versions']).stdout, /2000-01-01 .* 1 articles .*test version/u);
  assert.match(runCli(['--store', store, 'import', dir, '--version', '2000-01-01']).stdout, /unchanged/u);
  writeFileSync(join(dir, 'rus.md'), '# К\n\n## Р\n\n### Статья 1\n\nДругой текст.\n');
  const refused = runCli(['--store', store, 'import', dir, '--version', '2000-01-01']);
  assert.equal(refused.status, 2);
  assert.match(oneLineError(refused), /already stored with different content; use --force/u);
  assert.match(runCli(['--store', store, 'show', '2000-01-01', '1']).stdout, /Текст статьи\./u);
  assert.match(runCli(['--store', store, 'import', dir, '--version', '2000-01-01', '--force']).stdout, /replaced/u);
  assert.match(runCli(['--store', store, 'show', '2000-01-01', '1']).stdout, /Другой текст\./u);
  const bad = runCli(['--store', store, 'import', join(dir, 'nope'), '--version', '2000-01-01']);
  assert.equal(bad.status, 1);
  assert.match(oneLineError(bad), /nope: export folder not found/u);
  assert.match(oneLineError(runCli(['import', dir, '--version', 'yesterday'])), /--version must be a date/u);
});

test('import refuses a date that does not exist and an alias already taken, before writing anything', () => {
  const store = tempDir('constdiff-store-');
  const dir = makeExport({ 'rus.md': '# К\n\n## Р\n\n### Статья 1\n\nТекст статьи.\n' });
  try {
    assert.equal(runCli(['--store', store, 'import', dir, '--version', '2000-01-01', '--alias', 'first']).status, 0);
    const before = readdirSync(join(store, 'kz')).sort();
    const manifest = readFileSync(join(store, 'kz', 'manifest.yaml'), 'utf8');
    for (const [args, message] of [
      [['--version', '2022-02-30'], /--version must be a date that exists \(YYYY-MM-DD\), got "2022-02-30"/u],
      [['--version', '2022-13-01'], /--version must be a date that exists/u],
      [['--version', '2022-03-01', '--effective', '2022-02-29'], /--effective must be a date that exists \(YYYY-MM-DD\), got "2022-02-29"/u],
      [['--version', '2022-03-01', '--alias', 'first'], /alias "first" is given to two versions, 2000-01-01 and 2022-03-01/u],
      [['--version', '2022-03-01', '--alias', '2000-01-01'], /alias "2000-01-01" of version 2022-03-01 is the id of version 2000-01-01/u],
    ] as [string[], RegExp][]) {
      const run = runCli(['--store', store, 'import', dir, ...args]);
      assert.equal(run.status, 2, `${args.join(' ')}: ${run.stderr}`);
      assert.match(oneLineError(run), message);
      assert.deepEqual(readdirSync(join(store, 'kz')).sort(), before, 'no folder written');
      assert.equal(readFileSync(join(store, 'kz', 'manifest.yaml'), 'utf8'), manifest, 'manifest unchanged');
    }
    // `at` refuses the date as well.
    assert.match(oneLineError(runCli(['at', '2022-02-30'])), /"2022-02-30" is not a date/u);
  } finally {
    rmSync(store, { recursive: true, force: true });
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the built bin is executable, so `npx constdiff` runs on a fresh install', async () => {
  const { statSync } = await import('node:fs');
  const { CLI } = await import('./helpers/cli.js');
  assert.equal(statSync(CLI).mode & 0o111, 0o111);
});
