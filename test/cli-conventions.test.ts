// Command-line conventions (issue 11): `--output -` is standard output, errors name
// what is wrong in words (not a store, broken YAML, missing output folder).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { oneLineError, ROOT, runCli } from './helpers/cli.js';
import { tempDir } from './helpers/exports.js';

test('--output - writes to standard output, never a file named "-"', () => {
  const cwd = tempDir('constdiff-dash-');
  try {
    const plain = runCli(['diff', 'before-referendum', 'after-referendum', '--article', '15']).stdout;
    const dash = runCli(['diff', 'before-referendum', 'after-referendum', '--article', '15', '--output', '-'], { cwd });
    assert.equal(dash.status, 0, dash.stderr);
    assert.equal(dash.stdout, plain);
    const html = runCli(['report', '--output', '-'], { cwd });
    assert.equal(html.status, 0, html.stderr);
    assert.match(html.stdout, /^<!doctype html>/u);
    assert.doesNotMatch(html.stdout, /^wrote /mu);
    assert.match(runCli(['history', '15', '--output', '-'], { cwd }).stdout, /^Article 15 of kz/u);
    assert.equal(existsSync(join(cwd, '-')), false);
  } finally {
    rmSync(cwd, { recursive: true, force: true });
  }
});

test('a folder that is not a store is named as such', () => {
  const empty = tempDir('constdiff-notstore-');
  try {
    const run = runCli(['--store', empty, 'versions']);
    assert.equal(run.status, 2);
    assert.equal(oneLineError(run), `constdiff: ${empty} is not a constdiff store: no constitution folder with a manifest.yaml in it (such as kz/manifest.yaml)`);
  } finally {
    rmSync(empty, { recursive: true, force: true });
  }
});

test('broken YAML: one line number (in the whole file), the reason, no trailing colon', () => {
  const store = tempDir('constdiff-yaml-');
  try {
    cpSync(join(ROOT, 'constitution'), store, { recursive: true });
    const file = join(store, 'kz', '2019-03-23', 'rus', '015.md');
    writeFileSync(file, '---\nconstitution: kz\narticle: [15\n---\n\n1. Текст.\n');
    const run = runCli(['--store', store, 'show', '2019-03-23', '15']);
    assert.equal(run.status, 1);
    const line = oneLineError(run);
    assert.match(line, new RegExp(`^constdiff: ${file.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}:3: broken frontmatter: [^:]+ \\(column \\d+\\)$`, 'u'));
    assert.doesNotMatch(line, /at line/u);
  } finally {
    rmSync(store, { recursive: true, force: true });
  }
});

test('a missing output folder is named in words', () => {
  const dir = tempDir('constdiff-out-');
  try {
    const target = join(dir, 'nope', 'r.md');
    const run = runCli(['diff', 'before-referendum', 'after-referendum', '--format', 'md', '--output', target]);
    assert.equal(run.status, 1);
    assert.equal(oneLineError(run), `constdiff: ${target}: cannot write output: the folder ${join(dir, 'nope')} does not exist`);
    mkdirSync(join(dir, 'nope'));
    assert.equal(runCli(['diff', 'before-referendum', 'after-referendum', '--format', 'md', '--output', target]).status, 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
