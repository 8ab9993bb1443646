// No data loss: an import killed at any point leaves the store reading exactly
// as before, and the next import works and clears what the killed one left.
// The real CLI imports a 1200-article export (several seconds of work) and is
// killed with SIGKILL while parsing, while writing its staging folder, and
// right after the staging folder is complete.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { openStore } from '../src/store/index.js';
import { importExport } from '../src/import/index.js';
import { writeVersion } from '../src/store/write.js';
import { CLI, ROOT, runCli } from './helpers/cli.js';
import { makeExport, tempDir } from './helpers/exports.js';
import { bigExport, snapshot } from './fixtures/fuzz-synthetic.js';

const OLD = '2000-01-01';
const NEW = '2001-01-01';
const HIDDEN_LEFTOVER = /(^|\/)\.(incoming|retired)-|\.tmp$|(^|\/)\.import\.lock/u;

function writeExport(files: Record<string, string>): string {
  const dir = tempDir('constdiff-big-');
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

/** A store holding one small version, written by the real CLI. */
function seededStore(): string {
  const store = join(tempDir('constdiff-store-'), 'constitution');
  const small = writeExport(bigExport(20, 2));
  const run = runCli(['--store', store, 'import', small, '--version', OLD, '--quiet']);
  assert.equal(run.status, 0, run.stderr);
  return store;
}

/** What the store says: versions and every article of every stored version. */
function contents(root: string): unknown {
  const store = openStore(root);
  return store.constitutions().map((c) => ({
    ...c, texts: c.versions.map((v) => store.readVersion(c.id, v.id, 'rus')),
  }));
}

function committedFiles(root: string): Map<string, string> {
  return new Map([...snapshot(root)].filter(([path]) => !HIDDEN_LEFTOVER.test(path)));
}

function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
}

/** Starts the real CLI import and kills it (SIGKILL) as soon as `when` holds; resolves with what happened. */
async function killedImport(store: string, exportDir: string, args: string[], when: () => boolean): Promise<{ killed: boolean; code: number | null }> {
  const child = spawn(process.execPath, [CLI, '--store', store, 'import', exportDir, '--version', NEW, '--quiet', ...args],
    { cwd: ROOT, stdio: 'ignore' });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  let done = false;
  void exited.then(() => { done = true; });
  // Poll densely (the staging folder is written in well under a second), yielding
  // to the event loop between bursts so the child's exit is noticed.
  let hit = false;
  while (!done && !hit) {
    const burst = Date.now() + 20;
    while (!hit && Date.now() < burst) hit = when();
    await new Promise((resolve) => setImmediate(resolve));
  }
  const killed = hit && !done && child.kill('SIGKILL');
  return { killed, code: await exited };
}

const stagingOf = (store: string) => readdirSync(join(store, 'kz')).filter((n) => n.startsWith('.incoming-'));
const stagedFiles = (store: string): number => {
  const staging = stagingOf(store)[0];
  if (!staging) return 0;
  try {
    return readdirSync(join(store, 'kz', staging, 'rus')).length;
  } catch {
    return 0; // not written yet, or already moved into place by the running import
  }
};

test('an import killed at any point leaves the store as it was; the next import works and cleans up', { timeout: 180_000 }, async () => {
  const store = seededStore();
  const before = committedFiles(store);
  const beforeContents = contents(store);
  const big = writeExport(bigExport(1200));
  let t0 = Date.now();
  const points: [string, () => boolean][] = [
    ['while reading the export', () => Date.now() - t0 > 700],
    ['as the staging folder appears', () => stagingOf(store).length > 0],
    ['with a third of the staging folder written', () => stagedFiles(store) > 400],
    ['with most of the staging folder written', () => stagedFiles(store) > 1000],
  ];
  const killedAt: string[] = [];
  for (const [what, when] of points) {
    t0 = Date.now();
    const { killed } = await killedImport(store, big, [], when);
    if (killed) killedAt.push(what);
    if (!killed) continue; // finished before the point was reached: nothing to check here
    assert.deepEqual(committedFiles(store), before, `killed ${what}: committed files unchanged`);
    assert.deepEqual(contents(store), beforeContents, `killed ${what}: the store reads as before`);
  }
  assert.equal(killedAt.length, points.length, `killed at ${killedAt.join(', ')}`);
  assert.ok(snapshot(store).size > before.size, 'the killed imports did leave staging files behind');

  // The next import lands whole and leaves nothing hidden behind.
  const run = runCli(['--store', store, 'import', big, '--version', NEW, '--quiet']);
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /kz 2001-01-01: created, 1200 articles/u);
  const after = snapshot(store);
  assert.deepEqual([...after.keys()].filter((p) => HIDDEN_LEFTOVER.test(p)), [], 'no staging leftovers');
  for (const [path, text] of before) if (path !== 'kz/manifest.yaml') assert.equal(after.get(path), text, `${path} untouched`);
  const reread = openStore(store);
  assert.deepEqual(reread.constitution('kz').versions.map((v) => v.id), [OLD, NEW]);
  assert.equal(reread.readVersion('kz', NEW, 'rus').length, 1201);
});

test('a --force replacement killed midway keeps the old text readable', { timeout: 120_000 }, async () => {
  const store = seededStore();
  const first = writeExport(bigExport(800, 3));
  assert.equal(runCli(['--store', store, 'import', first, '--version', NEW, '--quiet']).status, 0);
  const before = committedFiles(store);
  const beforeContents = contents(store);
  const second = writeExport(bigExport(800, 4));
  const { killed } = await killedImport(store, second, ['--force'], () => stagedFiles(store) > 400);
  assert.ok(killed, 'killed while writing');
  assert.deepEqual(committedFiles(store), before);
  assert.deepEqual(contents(store), beforeContents);
  const run = runCli(['--store', store, 'import', second, '--version', NEW, '--quiet', '--force']);
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /replaced/u);
  assert.equal(openStore(store).readArticle('kz', NEW, '1', 'rus').blocks[0].text,
    importExport(second, { constitution: 'kz', version: NEW }).content.articles.rus![1].blocks[0].text);
});

// The two narrow windows between the renames, set up by hand as a kill would leave them.
test('killed between moving the version in and updating the manifest: the next import lists the version', () => {
  const store = join(tempDir('constdiff-store-'), 'constitution');
  const exp = makeExport(bigExport(5, 5));
  writeVersion(store, { id: 'kz', title: 'K' }, importExport(exp, { constitution: 'kz', version: OLD }).content);
  const { content } = importExport(exp, { constitution: 'kz', version: NEW });
  const manifest = readFileSync(join(store, 'kz', 'manifest.yaml'), 'utf8');
  writeVersion(store, { id: 'kz', title: 'K' }, content);
  writeFileSync(join(store, 'kz', 'manifest.yaml'), manifest); // the manifest update never happened
  assert.deepEqual(openStore(store).constitution('kz').versions.map((v) => v.id), [OLD]);
  assert.equal(writeVersion(store, { id: 'kz', title: 'K' }, content), 'created');
  assert.deepEqual(openStore(store).constitution('kz').versions.map((v) => v.id), [OLD, NEW]);
});

test('killed between retiring the old folder and moving the new one in: the next import restores or replaces it', () => {
  const store = join(tempDir('constdiff-store-'), 'constitution');
  const { content } = importExport(makeExport(bigExport(5, 6)), { constitution: 'kz', version: NEW });
  writeVersion(store, { id: 'kz', title: 'K' }, content);
  const before = snapshot(store);
  const pid = deadPid();
  renameSync(join(store, 'kz', NEW), join(store, 'kz', `.retired-${NEW}-${pid}`));
  mkdirSync(join(store, 'kz', `.incoming-${NEW}-${pid}`));
  assert.equal(writeVersion(store, { id: 'kz', title: 'K' }, content), 'unchanged');
  assert.deepEqual(snapshot(store), before);
});
