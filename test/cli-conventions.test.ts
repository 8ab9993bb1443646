// Command-line conventions (issue 11): `--output -` is standard output, errors name
// what is wrong in words (not a store, broken YAML, missing output folder).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

test('--json and --format json are accepted by every command that prints JSON, and mean the same', () => {
  const commands: string[][] = [
    ['versions'], ['show', 'after-referendum', '15'], ['diff', 'before-referendum', 'after-referendum', '--article', '15'],
    ['at', '2023-01-01', '78'], ['history', '7'], ['blame', 'after-referendum', '44'], ['attribution', 'before-referendum', 'after-referendum'],
  ];
  for (const args of commands) {
    const json = runCli([...args, '--json']);
    const format = runCli([...args, '--format', 'json']);
    assert.equal(json.status, 0, `${args.join(' ')} --json: ${json.stderr}`);
    assert.equal(format.status, 0, `${args.join(' ')} --format json: ${format.stderr}`);
    assert.equal(json.stdout, format.stdout, args.join(' '));
    assert.equal(JSON.parse(json.stdout).schemaVersion, 1);
  }
  const both = runCli(['diff', 'before-referendum', 'after-referendum', '--json', '--format', 'md']);
  assert.equal(both.status, 2);
  assert.match(oneLineError(both), /--json and --format md ask for two formats/u);
});

test('every command\'s --help lists the global --store and shows an example', () => {
  for (const command of ['import', 'versions', 'show', 'diff', 'report', 'tui', 'at', 'history', 'blame', 'attribution']) {
    const help = runCli([command, '--help']);
    assert.equal(help.status, 0, command);
    assert.match(help.stdout, /^Global Options:\n\s+--store <dir>/mu, command);
    assert.match(help.stdout, new RegExp(`^Examples?:\\n\\s+\\$ constdiff ${command}\\b`, 'mu'), command);
  }
  assert.match(runCli(['--help']).stdout, /^Example:\n\s+\$ constdiff diff /mu);
});

test('article numbers: 44, 44., 044, Статья 44 and Preamble are read alike everywhere', () => {
  const show = (n: string) => runCli(['show', 'after-referendum', n]);
  const reference = show('44').stdout;
  for (const n of ['44.', '044', 'Статья 44', 'ст. 44', '44-бап']) assert.equal(show(n).stdout, reference, n);
  assert.equal(show('Preamble').stdout, show('preamble').stdout);
  assert.match(show('PREAMBLE').stdout, /^Preamble — 2022-06-08/u);
  assert.equal(show('083-1').stdout, show('83-1').stdout);
  const diff = (n: string) => runCli(['diff', 'before-referendum', 'after-referendum', '--article', n, '--format', 'json']).stdout;
  assert.equal(diff('044'), diff('44'));
  assert.equal(diff('Preamble'), diff('preamble'));
  assert.equal(runCli(['history', '007']).stdout, runCli(['history', '7']).stdout);
  assert.equal(runCli(['at', '2023-01-01', '078']).stdout, runCli(['at', '2023-01-01', '78']).stdout);
  assert.match(oneLineError(runCli(['show', 'after-referendum', 'abc'])), /"abc" is not an article number/u);
});

test('the README examples call constdiff directly (not npx each time) and each of them runs', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const block = /^Examples:\n\n```sh\n([^]*?)```$/mu.exec(readme)?.[1];
  assert.ok(block, 'the README has an Examples block');
  assert.match(readme, /^npm link\b/mu, 'the README shows how to put constdiff on the PATH');
  const cwd = tempDir('constdiff-readme-');
  try {
    for (const line of block.trim().split('\n')) {
      assert.match(line, /^constdiff /u, line);
      const commands = line.replace(/\s+#.*$/u, '').split(/\s*&&\s*/u);
      for (const command of commands) {
        const args = command.replace(/\s*(\||>).*$/u, '').split(/\s+/u).slice(1);
        const run = runCli(args, { cwd });
        assert.equal(run.status, 0, `${command}: ${run.stderr}`);
      }
    }
  } finally {
    rmSync(cwd, { recursive: true, force: true });
  }
});
