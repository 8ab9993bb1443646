// Escape sequences never reach the terminal: a hand-made store whose title,
// version label, alias, act, article number, section and footnote act carry
// screen clears, OSC 52 clipboard writes and OSC 8 links, and an export in a
// folder whose name carries one. Every text command, the text and Markdown
// reports, error messages (an unknown option, a bad name) and import warnings
// print the visible words and no control character but newline and tab.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, runCli } from './helpers/cli.js';
import { tempDir } from './helpers/exports.js';

const ESC = '\u001b';
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/u;
const work = tempDir('constdiff-escapes-');
after(() => rmSync(work, { recursive: true, force: true }));

const store = join(work, 'constitution');
cpSync(join(ROOT, 'constitution'), store, { recursive: true });
const manifestFile = join(store, 'kz', 'manifest.yaml');
const manifest = readFileSync(manifestFile, 'utf8');
const hostile = manifest
  .replace(/^title: (.*)$/mu, 'title: "$1 \\e[2J\\e]52;c;ZXZpbA==\\a"')
  .replace('label: after the 2022 referendum', 'label: "after the \\e]8;;http://evil.test\\areferendum\\e]8;;\\a"')
  .replace(/act: Закон РК от 08\.06\.2022 .*$/mu, 'act: "Закон \\e[31mРК\\e[0m от 08.06.2022"')
  .replace('      - after-referendum', '      - after-referendum\n      - "after\\e[2J-too"');
assert.notEqual(hostile, manifest);
writeFileSync(manifestFile, hostile);
const NUMBER = `999${ESC}[2J`;
writeFileSync(join(store, 'kz', '2022-06-08', 'rus', `${NUMBER}.md`), [
  '---', 'constitution: kz', 'version: 2022-06-08', 'lang: rus', 'article: "999\\e[2J"', 'section: "Раздел \\e]52;c;ZXZpbA==\\a X"',
  'footnotes:', '  - text: "Сноска \\e[2J"', '    acts:', '      - date: "2022-06-08"', '        number: "51-VI\\e[2J"', '---', '',
  '1. Текст новой статьи.', ''].join('\n'));

function assertClean(what: string, text: string): void {
  const at = text.search(CONTROL);
  assert.equal(at, -1, `${what}: control character in ${JSON.stringify(text.slice(Math.max(0, at - 30), at + 10))}`);
}

test('versions, show, at, history, blame, attribution and the text and Markdown reports print no control sequence', () => {
  const expect: [string[], RegExp][] = [
    [['versions'], /after the referendum\n +also: after-referendum, after-too\n +act: Закон РК от 08\.06\.2022/u],
    [['show', '2022-06-08', '1'], /^Article 1 — 2022-06-08 \(after the referendum\), rus$/mu],
    [['show', 'after-referendum', '1'], /after the referendum/u],
    [['at', '2022-07-01'], /after the referendum/u],
    [['at', '2022-07-01', '1'], /after the referendum/u],
    [['diff', '2019-03-23', '2022-06-08'], /Article 999 added/u],
    [['diff', '2019-03-23', '2022-06-08', '--format', 'md'], /### Article 999 — added/u],
    [['diff', '2019-03-23', '2022-06-08', '--article', '999\u001b[2J'], /./u],
    [['history', '1'], /2022-06-08 Article 1: unchanged/u],
    [['blame', '2022-06-08', '1'], /./u],
    [['attribution', '2019-03-23', '2022-06-08'], /./u],
  ];
  for (const [args, visible] of expect) {
    const run = runCli(['--store', store, ...args], { env: { CONSTDIFF_NO_CACHE: '1' } });
    const what = args.join(' ');
    assertClean(`${what} (stdout)`, run.stdout);
    assertClean(`${what} (stderr)`, run.stderr);
    assert.match(run.stdout + run.stderr, visible, what);
  }
});

test('error messages echo what the user typed without its control sequences', () => {
  const cases: string[][] = [
    ['diff', `--bogus${ESC}[2J`], ['show', `x${ESC}]52;c;ZXZpbA==\u0007`, '1'], ['history', NUMBER], ['at', `2022${ESC}[2J`],
    ['diff', '2019-03-23', `new${ESC}[2J`], ['import', work, '--version', `20${ESC}[2J`], ['--store', join(work, `no${ESC}[2Jstore`), 'versions'],
  ];
  for (const args of cases) {
    const run = runCli(args);
    assert.notEqual(run.status, 0, args.join(' '));
    assert.ok(run.stderr.trim(), args.join(' '));
    assertClean(args.join(' ').replace(/\u001b/gu, 'ESC'), run.stderr);
  }
});

test('import warnings and results print no control sequence', () => {
  const dir = join(work, `export${ESC}]52;c;ZXZpbA==\u0007`);
  mkdirSync(dir);
  writeFileSync(join(dir, 'rus.md'), '# К\n\n## Р\n\n```\nСтатья 1.\nТекст статьи.\n```\n\nСтрока \u001b[2J без места.\n');
  const run = runCli(['--store', join(work, 'imported'), 'import', dir, '--version', '2000-01-01', '--label', `l${ESC}[2J`]);
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stderr, /^repaired .*export\/rus\.md:5: article 1 was inside a code fence; read as text$/mu);
  assertClean('import stdout', run.stdout);
  assertClean('import stderr', run.stderr);
});
