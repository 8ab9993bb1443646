// An import interrupted at every single step that changes the store: the real
// CLI runs with test/fixtures/fs-faults.cjs preloaded, which kills it (SIGKILL)
// right before its Nth write, rename, link or removal, for N = 1, 2, … until an
// import runs through. After each kill the store must read cleanly, each version
// whole (old or new text, never a mix or a missing folder), and the next import
// must recover (stale lock, staging folders, the set-aside old folder) and end
// exactly where an uninterrupted import ends. The same loop then makes the disk
// "full" (ENOSPC) from step N on: exit 1 with one line naming the folder, and the
// store exactly as before, nothing left behind.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { openStore } from '../src/store/index.js';
import { CLI, ROOT, runCli, oneLineError } from './helpers/cli.js';
import { tempDir, writeFiles } from './helpers/exports.js';
import { bigExport, snapshot } from './fixtures/fuzz-synthetic.js';

const OLD = '2000-01-01';
const NEW = '2001-01-01';
const FAULTS = join(ROOT, 'test', 'fixtures', 'fs-faults.cjs');
const work = tempDir('constdiff-faults-');
after(() => rmSync(work, { recursive: true, force: true }));

const writeExport = (name: string, files: Record<string, string>) => writeFiles(join(work, name), files);

const exportA = writeExport('a', bigExport(4, 1));
const exportB = writeExport('b', bigExport(4, 2));
const exportC = writeExport('c', bigExport(5, 3));

/** A store with OLD (export A) and NEW (export B), written by the real CLI. */
const base = join(work, 'base');
for (const [dir, version] of [[exportA, OLD], [exportB, NEW]] as const) {
  const run = runCli(['--store', base, 'import', dir, '--version', version, '--quiet', '--label', `label ${version}`]);
  assert.equal(run.status, 0, run.stderr);
}

function freshStore(name: string): string {
  const store = join(work, name);
  rmSync(store, { recursive: true, force: true });
  cpSync(base, store, { recursive: true });
  return store;
}

function importWithFault(store: string, args: string[], fault: string, at: number) {
  return spawnSync(process.execPath, ['--require', FAULTS, CLI, '--store', store, 'import', ...args], {
    cwd: ROOT, encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', CONSTDIFF_FAULT: fault, CONSTDIFF_FAULT_AT: String(at), CONSTDIFF_FAULT_SCOPE: store },
  });
}

/** Every version's text, as a reader sees it now (throws if the store does not read). */
function texts(store: string): Map<string, string> {
  const s = openStore(store);
  return new Map(s.constitution('kz').versions.map((v) => [v.id, JSON.stringify(s.readVersion('kz', v.id, 'rus'))]));
}

/** Staging folders, set-aside folders, the lock and temporary files: a writer's own, never the store's content. */
const isTemporary = (path: string) => path.endsWith('.tmp') || path.split('/').some((p) => p.startsWith('.'));
const committed = (files: Map<string, string>) => new Map([...files].filter(([path]) => !isTemporary(path)));
const hidden = (store: string) => [...snapshot(store).keys()].filter(isTemporary);

const scenarios: { name: string; args: string[] }[] = [
  { name: 'a --force replacement', args: [exportC, '--version', NEW, '--force', '--label', 'replaced', '--quiet'] },
  { name: 'a new version', args: [exportC, '--version', '2002-01-01', '--alias', 'latest', '--quiet'] },
];

for (const { name, args } of scenarios) {
  test(`${name} killed before each of its writes, renames and removals: readers see old or new, the next import recovers`, { timeout: 600_000 }, () => {
    const reference = freshStore('reference');
    const done = runCli(['--store', reference, 'import', ...args]);
    assert.equal(done.status, 0, done.stderr);
    const before = snapshot(base);
    const beforeTexts = texts(base);
    const afterFiles = snapshot(reference);
    const afterTexts = texts(reference);
    assert.notDeepEqual(afterTexts, beforeTexts);

    let step = 1;
    for (; step < 500; step++) {
      const store = freshStore('killed');
      const run = importWithFault(store, args, 'kill', step);
      if (run.signal !== 'SIGKILL') {
        assert.equal(run.status, 0, run.stderr);
        break;
      }
      const now = texts(store); // reads without an error, at every point
      for (const [version, text] of now) {
        assert.ok(text === beforeTexts.get(version) || text === afterTexts.get(version), `killed at step ${step}: ${version} is whole`);
      }
      const manifest = snapshot(store).get('kz/manifest.yaml');
      assert.ok(manifest === before.get('kz/manifest.yaml') || manifest === afterFiles.get('kz/manifest.yaml'), `step ${step}: manifest old or new`);
      for (const [path, text] of committed(snapshot(store))) {
        assert.ok(text === before.get(path) || text === afterFiles.get(path), `killed at step ${step}: ${path} is an old or a new file`);
      }
      const again = runCli(['--store', store, 'import', ...args]);
      assert.equal(again.status, 0, `after a kill at step ${step}: ${again.stderr}`);
      assert.deepEqual(committed(snapshot(store)), committed(afterFiles), `after a kill at step ${step} and a new import`);
      assert.deepEqual(hidden(store), [], `after a kill at step ${step}: nothing hidden is left (lock, staging, temporaries)`);
    }
    assert.ok(step > 20, `the import was killed at ${step - 1} points`);
  });
}

test('a full disk at any step of an import: exit 1, one line naming the folder, the store exactly as before', { timeout: 600_000 }, () => {
  const before = snapshot(base);
  const [{ args }] = scenarios;
  let step = 1;
  for (; step < 500; step++) {
    const store = freshStore('full');
    const run = importWithFault(store, args, 'ENOSPC', step);
    if (run.status === 0) break;
    assert.equal(run.status, 1, `step ${step}: ${run.stderr}`);
    const line = oneLineError(run);
    assert.match(line, /no space left/u);
    assert.ok(line.includes(join(store, 'kz')), `step ${step} names the folder: ${line}`);
    const now = snapshot(store);
    assert.deepEqual([...now.keys()], [...before.keys()].map((p) => p), `step ${step}: nothing left behind`);
    assert.deepEqual(committed(now), committed(before), `step ${step}: the store is as it was`);
  }
  assert.ok(step > 20, `the disk filled up at ${step - 1} points`);
});

test('a read-only store and a folder that cannot be written: exit 1, one line naming the folder', () => {
  for (const code of ['EROFS', 'EACCES']) {
    const store = freshStore(`refused-${code}`);
    const run = importWithFault(store, scenarios[1].args, code, 1);
    assert.equal(run.status, 1, run.stderr);
    assert.match(oneLineError(run), new RegExp(`${join(store, 'kz')}: cannot write here: .*\\(${code}\\)`, 'u'));
    assert.deepEqual(snapshot(store), snapshot(base));
  }
});

/** Mounts a small tmpfs (needs root); undefined where this user cannot mount. */
function smallDisk(kb: number): string | undefined {
  const mountPoint = join(work, `disk-${kb}`);
  mkdirSync(mountPoint, { recursive: true });
  return spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${kb}k`, 'tmpfs', mountPoint]).status === 0 ? mountPoint : undefined;
}

test('a real full disk and a real read-only store (tmpfs, where it can be mounted)', { timeout: 120_000 }, (t) => {
  const disk = smallDisk(200);
  if (!disk) {
    t.diagnostic('cannot mount a tmpfs here (not root); the injected ENOSPC and EROFS tests above cover these paths');
    return;
  }
  try {
    const store = join(disk, 'constitution');
    cpSync(base, store, { recursive: true });
    const before = snapshot(store);
    const huge = writeExport('huge', bigExport(400, 4));
    const full = runCli(['--store', store, 'import', huge, '--version', '2003-01-01', '--quiet']);
    assert.equal(full.status, 1, full.stderr);
    assert.match(oneLineError(full), new RegExp(`^constdiff: ${join(store, 'kz')}: cannot write here: no space left on the device \\(ENOSPC\\)$`, 'u'));
    assert.deepEqual(snapshot(store), before, 'the store as it was, nothing left behind');

    assert.equal(spawnSync('mount', ['-o', 'remount,ro', disk]).status, 0);
    const readOnly = runCli(['--store', store, 'import', exportC, '--version', '2003-01-01', '--quiet']);
    assert.equal(readOnly.status, 1, readOnly.stderr);
    assert.match(oneLineError(readOnly), /cannot write here: the file system is read-only \(EROFS\)$/u);
    assert.equal(runCli(['--store', store, 'show', NEW, '1']).status, 0, 'a read-only store still reads');
  } finally {
    spawnSync('umount', [disk]);
  }
});
