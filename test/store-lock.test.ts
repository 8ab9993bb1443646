// Imports take turns: the import lock (src/store/lock.ts) under real concurrent
// CLI runs, stale and live locks, and the version names (aliases) the store
// refuses because they would make a name on the command line ambiguous.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../src/store/index.js';
import { importExport } from '../src/import/index.js';
import { writeVersion } from '../src/store/write.js';
import { DataError } from '../src/errors.js';
import { CLI, ROOT, oneLineError, runCli } from './helpers/cli.js';
import { tempDir, writeFiles } from './helpers/exports.js';
import { bigExport, snapshot } from './fixtures/fuzz-synthetic.js';

const FAULTS = join(ROOT, 'test', 'fixtures', 'fs-faults.cjs');
const work = tempDir('constdiff-lock-');
after(() => rmSync(work, { recursive: true, force: true }));

const writeExport = (name: string, files: Record<string, string>) => writeFiles(join(work, name), files);

const big = writeExport('big', bigExport(100, 1));
const small = writeExport('small', bigExport(3, 2));
const leftovers = (store: string) => [...snapshot(store).keys()].filter((p) => p.endsWith('.tmp') || p.split('/').some((s) => s.startsWith('.')));

/** The real CLI importing `big`, every change to the store slowed down (fs-faults.cjs) so two runs surely overlap. */
function cliImport(store: string, version: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ['--require', FAULTS, CLI, '--store', store, 'import', big, '--version', version, '--quiet'],
    { cwd: ROOT, env: { ...process.env, CONSTDIFF_FAULT_SCOPE: store, CONSTDIFF_FAULT_DELAY_MS: '4' } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => { stdout += d; });
  child.stderr.on('data', (d) => { stderr += d; });
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

test('two imports of different versions at once: both land in the manifest', { timeout: 120_000 }, async () => {
  for (let round = 0; round < 3; round++) {
    const store = join(work, `both-${round}`);
    const runs = await Promise.all([cliImport(store, '2001-01-01'), cliImport(store, '2002-01-01')]);
    for (const run of runs) assert.equal(run.code, 0, run.stderr);
    for (const run of runs) assert.match(run.stdout, /: created, 100 articles/u);
    const s = openStore(store);
    assert.deepEqual(s.constitution('kz').versions.map((v) => v.id), ['2001-01-01', '2002-01-01'], `round ${round}`);
    for (const v of ['2001-01-01', '2002-01-01']) assert.equal(s.readVersion('kz', v, 'rus').length, 101);
    assert.deepEqual(leftovers(store), []);
  }
});

test('two imports of the same version at once: one creates it, the other ends cleanly', { timeout: 120_000 }, async () => {
  for (let round = 0; round < 3; round++) {
    const store = join(work, `same-${round}`);
    const runs = await Promise.all([cliImport(store, '2001-01-01'), cliImport(store, '2001-01-01')]);
    assert.equal(runs.filter((r) => r.code === 0 && /: created,/u.test(r.stdout)).length, 1, JSON.stringify(runs));
    const other = runs.find((r) => !/: created,/u.test(r.stdout))!;
    if (other.code === 0) assert.match(other.stdout, /: unchanged,/u);
    else {
      assert.equal(other.code, 1);
      assert.match(oneLineError({ status: other.code, ...other }), /version 2001-01-01 is being imported by another process \(pid \d+\) right now/u);
    }
    assert.equal(openStore(store).readVersion('kz', '2001-01-01', 'rus').length, 101);
    assert.deepEqual(leftovers(store), [], `round ${round}: no staging folder, lock or temporary file left`);
  }
});

const content = (version: string) => importExport(small, { constitution: 'kz', version }).content;

function deadPid(): number {
  return Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout);
}

test('a lock left by a killed import is taken over; one held by a running import is waited for', () => {
  const store = join(work, 'locks');
  writeVersion(store, { id: 'kz', title: 'K' }, content('2001-01-01'));
  const lock = join(store, 'kz', '.import.lock');

  writeFileSync(lock, `${deadPid()} ${hostname()} 2002-01-01\n`);
  assert.equal(writeVersion(store, { id: 'kz', title: 'K' }, content('2002-01-01')), 'created');
  assert.equal(existsSync(lock), false);

  // A running holder that lets go after a moment: the import waits, then writes.
  const released = join(work, 'released');
  const holder = spawn(process.execPath, ['-e', `const fs = require('fs');
    setTimeout(() => { fs.writeFileSync(${JSON.stringify(released)}, ''); fs.rmSync(${JSON.stringify(lock)}); }, 700); setTimeout(() => {}, 1500)`]);
  writeFileSync(lock, `${holder.pid} ${hostname()} 2009-09-09\n`);
  assert.equal(writeVersion(store, { id: 'kz', title: 'K' }, content('2003-01-01')), 'created');
  assert.ok(existsSync(released), 'the import waited until the holder let go');
  holder.kill();

  // A running holder that does not let go: after the wait, one line naming it.
  const stuck = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 5000)']);
  writeFileSync(lock, `${stuck.pid} ${hostname()} 2009-09-09\n`);
  process.env.CONSTDIFF_LOCK_WAIT_MS = '200';
  try {
    assert.throws(() => writeVersion(store, { id: 'kz', title: 'K' }, content('2004-01-01')),
      (e: Error) => e instanceof DataError && new RegExp(`the store is locked by another import \\(pid ${stuck.pid} on .*\\); if none is running, remove .*\\.import\\.lock`, 'u').test(e.message));
    // The holder writes the same version: no point waiting.
    writeFileSync(lock, `${stuck.pid} ${hostname()} 2004-01-01\n`);
    assert.throws(() => writeVersion(store, { id: 'kz', title: 'K' }, content('2004-01-01')),
      /version 2004-01-01 is being imported by another process/u);
  } finally {
    delete process.env.CONSTDIFF_LOCK_WAIT_MS;
    stuck.kill();
  }
  assert.equal(readFileSync(lock, 'utf8'), `${stuck.pid} ${hostname()} 2004-01-01\n`, 'a live lock is never removed by a waiter');
  assert.deepEqual(openStore(store).constitution('kz').versions.map((v) => v.id), ['2001-01-01', '2002-01-01', '2003-01-01']);
});

test('an alias that is another version\'s id or alias, or a new id that is an alias, is refused and nothing is written', () => {
  const store = join(work, 'aliases');
  for (const [version, alias] of [['2001-01-01', 'first'], ['2002-01-01', 'second']]) {
    const run = runCli(['--store', store, 'import', small, '--version', version, '--alias', alias, '--quiet']);
    assert.equal(run.status, 0, run.stderr);
  }
  const before = snapshot(store);
  const refused: [string[], RegExp][] = [
    [['--version', '2003-01-01', '--alias', '2001-01-01'], /alias "2001-01-01" of version 2003-01-01 is the id of version 2001-01-01/u],
    [['--version', '2003-01-01', '--alias', 'new', 'first'], /alias "first" is given to two versions, 2001-01-01 and 2003-01-01/u],
    [['--version', '2002-01-01', '--alias', 'first', '--force'], /alias "first" is given to two versions, 2001-01-01 and 2002-01-01/u],
  ];
  for (const [args, message] of refused) {
    const run = runCli(['--store', store, 'import', small, ...args, '--quiet']);
    assert.equal(run.status, 2, run.stderr);
    assert.match(oneLineError(run), message);
  }
  // A version whose id some other version already uses as its alias.
  assert.equal(runCli(['--store', store, 'import', small, '--version', '2002-01-01', '--alias', 'second', '2005-05-05', '--force', '--quiet']).status, 0);
  const late = runCli(['--store', store, 'import', small, '--version', '2005-05-05', '--quiet']);
  assert.equal(late.status, 2);
  assert.match(oneLineError(late), /alias "2005-05-05" of version 2002-01-01 is the id of version 2005-05-05/u);
  assert.equal(snapshot(store).get('kz/2005-05-05/rus/001.md'), undefined);
  assert.notDeepEqual(before, snapshot(store)); // only the alias was added
  assert.deepEqual(leftovers(store), []);
});

test('a hand-edited manifest with one alias on two versions, or an alias equal to a version id, is reported', () => {
  const store = join(work, 'hand-edited');
  cpSync(join(ROOT, 'constitution'), store, { recursive: true });
  const file = join(store, 'kz', 'manifest.yaml');
  const original = readFileSync(file, 'utf8');
  const ids = openStore(store).constitution('kz').versions.map((v) => v.id);
  const edits: [string, RegExp][] = [
    [original.replace(/aliases: \[\]/u, 'aliases: [before-referendum]'), /alias "before-referendum" is given to two versions/u],
    [original.replace(/aliases: \[\]/u, `aliases: ["${ids.at(-1)}"]`), new RegExp(`is the id of version ${ids.at(-1)}`, 'u')],
  ];
  for (const [text, message] of edits) {
    assert.notEqual(text, original, 'the edit applies');
    writeFileSync(file, text);
    const run = runCli(['--store', store, 'versions']);
    assert.equal(run.status, 1, run.stderr);
    const line = oneLineError(run);
    assert.match(line, message);
    assert.ok(line.includes(file), line);
  }
});

test('a reader during repeated --force replacements always reads one whole version, old or new', { timeout: 180_000 }, async () => {
  const store = join(work, 'readers');
  const one = writeExport('one', bigExport(60, 5));
  const two = writeExport('two', bigExport(60, 6));
  const whole = new Set<string>();
  for (const dir of [one, two]) {
    const run = runCli(['--store', store, 'import', dir, '--version', '2001-01-01', '--quiet', '--force']);
    assert.equal(run.status, 0, run.stderr);
    whole.add(JSON.stringify(openStore(store).readVersion('kz', '2001-01-01', 'rus')));
  }
  // A writer replacing the version back and forth, each change to the store slowed down so the windows are wide.
  const script = `const { spawnSync } = require('child_process');
    for (let i = 0; i < 6; i++) {
      const r = spawnSync(process.execPath, ['--require', ${JSON.stringify(FAULTS)}, ${JSON.stringify(CLI)}, '--store', ${JSON.stringify(store)},
        'import', i % 2 ? ${JSON.stringify(two)} : ${JSON.stringify(one)}, '--version', '2001-01-01', '--quiet', '--force'], { stdio: 'inherit' });
      if (r.status !== 0) process.exit(1);
    }`;
  const writer = spawn(process.execPath, ['-e', script], {
    env: { ...process.env, CONSTDIFF_FAULT_SCOPE: store, CONSTDIFF_FAULT_DELAY_MS: '3', CONSTDIFF_NO_CACHE: '1' }, stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise<number | null>((resolve) => writer.on('exit', resolve));
  let done = false;
  void exited.then(() => { done = true; });
  const seen = new Set<string>();
  let reads = 0;
  while (!done) {
    const text = JSON.stringify(openStore(store).readVersion('kz', '2001-01-01', 'rus'));
    assert.ok(whole.has(text), `read ${reads + 1} is one whole version`);
    seen.add(text);
    reads++;
    await new Promise((resolve) => setImmediate(resolve));
  }
  assert.equal(await exited, 0);
  assert.equal(seen.size, 2, `both versions were read (${reads} reads)`);
  assert.deepEqual(leftovers(store), []);
});
