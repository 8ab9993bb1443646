// The built CLI's views of issue 6: `history --format html`, `diff --format html
// --parallel kaz`, and the refusals around them (one line, right exit code).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { oneLineError, runCli } from './helpers/cli.js';
import { tempDir } from './helpers/exports.js';

const dir = tempDir('constdiff-views-');

test('history 44 --format html --output writes one self-contained page with the timeline', () => {
  const file = join(dir, 'history-44.html');
  const run = runCli(['history', '44', '--format', 'html', '--output', file]);
  assert.equal(run.status, 0, run.stderr);
  assert.equal(run.stdout, '');
  const html = readFileSync(file, 'utf8');
  assert.match(html, /^<!doctype html><html lang="ru">/);
  assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src &#x27;none&#x27;/);
  assert.equal(html.match(/<tr data-version=/g)?.length, 9, 'a row for each of the nine versions');
  assert.match(html, /<td data-label="Article">46 \(was 44\)<\/td>/);
  assert.ok(!/<(link|img|iframe)\b|src=/.test(html));
});

test('history --format html to stdout; --lang kaz covers the eight Kazakh versions (all but 1995)', () => {
  const run = runCli(['history', '15', '--format', 'html', '--lang', 'kaz']);
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /<html lang="kk">/);
  assert.equal(run.stdout.match(/<tr data-version=/g)?.length, 8);
  assert.ok(!run.stdout.includes('data-version="1995-08-29"'));
  assert.match(run.stdout, /жазасына тыйым салынады/);
});

test('diff --format html --parallel kaz shows both languages of each changed article', () => {
  const run = runCli(['diff', 'before-referendum', 'after-referendum', '--format', 'html', '--parallel', 'kaz', '--article', '15']);
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /with the Kazakh text alongside/);
  assert.match(run.stdout, /<div class="lang-col" lang="ru" data-lang="rus">/);
  assert.match(run.stdout, /<div class="lang-col" lang="kk" data-lang="kaz">/);
});

test('--parallel refusals: not html, the same language, a pair without that language', () => {
  let run = runCli(['diff', '2019-03-23', '2022-06-08', '--parallel', 'kaz']);
  assert.equal(run.status, 2);
  assert.match(oneLineError(run), /--parallel works with --format html/);
  run = runCli(['diff', '2019-03-23', '2022-06-08', '--format', 'html', '--parallel', 'rus']);
  assert.equal(run.status, 2);
  assert.match(oneLineError(run), /report's own language/);
  run = runCli(['diff', '1995-08-29', '2019-03-23', '--format', 'html', '--parallel', 'kaz']);
  assert.notEqual(run.status, 0);
  assert.match(oneLineError(run), /1995-08-29 of kz has no "kaz" text/);
});
