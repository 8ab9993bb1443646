// Files that are not what they seem: export parts and store files that are
// symbolic links out of their folder, named pipes (reading one waits forever)
// or devices (/dev/zero never ends) are refused with one line, quickly; report
// output never replaces a device or pipe and never writes through a link
// planted where its temporary file goes.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { emit } from '../src/cli/output.js';
import { cachedParse } from '../src/store/parse-cache.js';
import { DataError } from '../src/errors.js';
import { ROOT, oneLineError, runCli } from './helpers/cli.js';
import { INDEX, makeExport, tempDir } from './helpers/exports.js';
import { bigExport } from './fixtures/fuzz-synthetic.js';

const work = tempDir('constdiff-special-');
after(() => rmSync(work, { recursive: true, force: true }));

function mkfifo(path: string): void {
  const made = spawnSync('mkfifo', [path]);
  assert.equal(made.status, 0, `mkfifo ${path}: ${made.stderr}`);
}

/** A character device like /dev/null, made where the test can remove it; undefined if this user cannot (not root). */
function mknodNull(path: string): string | undefined {
  return spawnSync('mknod', [path, 'c', '1', '3']).status === 0 ? path : undefined;
}

const outside = join(work, 'secret.txt');
writeFileSync(outside, '# Секрет\n\n### Статья 1\n\nНе для импорта.\n');

test('export files that lead outside the export, pipes and devices are refused with one line', { timeout: 120_000 }, () => {
  const cases: [string, (dir: string) => void, RegExp][] = [
    ['a part linked to a file outside', (dir) => { unlinkSync(join(dir, 'rus/sec001.md')); symlinkSync(outside, join(dir, 'rus/sec001.md')); },
      /rus\/sec001\.md: leads outside .* by a symbolic link; refusing to read it/u],
    ['a part linked to /etc/passwd', (dir) => { unlinkSync(join(dir, 'rus/sec001.md')); symlinkSync('/etc/passwd', join(dir, 'rus/sec001.md')); },
      /rus\/sec001\.md: leads outside .*\(to \/etc\/passwd\)/u],
    ['the index linked outside', (dir) => { unlinkSync(join(dir, 'rus.md')); symlinkSync(outside, join(dir, 'rus.md')); },
      /rus\.md: leads outside/u],
    ['the parts folder linked outside', (dir) => {
      const elsewhere = join(work, `parts-${Math.random().toString(36).slice(2)}`);
      cpSync(join(dir, 'rus'), elsewhere, { recursive: true });
      rmSync(join(dir, 'rus'), { recursive: true });
      symlinkSync(elsewhere, join(dir, 'rus'));
    }, /rus\/sec001\.md: leads outside/u],
    ['a part that is /dev/zero', (dir) => { unlinkSync(join(dir, 'rus/sec001.md')); symlinkSync('/dev/zero', join(dir, 'rus/sec001.md')); },
      /rus\/sec001\.md: leads outside/u],
    ['a part that is a named pipe', (dir) => { unlinkSync(join(dir, 'rus/sec001.md')); mkfifo(join(dir, 'rus/sec001.md')); },
      /rus\/sec001\.md: is a named pipe \(FIFO\), not a regular file; refusing to read it/u],
    ['the index that is a named pipe', (dir) => { unlinkSync(join(dir, 'rus.md')); mkfifo(join(dir, 'rus.md')); },
      /rus\.md: is a named pipe \(FIFO\)/u],
  ];
  const device = mknodNull(join(work, 'null-device'));
  if (device) {
    cases.push(['a part that is a device inside the export', (dir) => {
      unlinkSync(join(dir, 'rus/sec001.md'));
      assert.ok(mknodNull(join(dir, 'rus/sec001.md')));
    }, /rus\/sec001\.md: is a device, not a regular file/u]);
  } else {
    console.log('# not root: the device-node case runs only as root (mknod)');
  }
  for (const [what, spoil, message] of cases) {
    const dir = makeExport(bigExport(3, 1));
    spoil(dir);
    const store = join(work, `store-${cases.indexOf(cases.find((c) => c[0] === what)!)}`);
    const run = runCli(['--store', store, 'import', dir, '--version', '2001-01-01', '--quiet']);
    assert.equal(run.status, 1, `${what}: ${run.stderr}`);
    assert.match(oneLineError(run), message, what);
    assert.equal(existsSync(join(store, 'kz', '2001-01-01')), false, `${what}: nothing stored`);
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a link to a file inside the export folder is followed as before', () => {
  const dir = makeExport({ 'rus.md': INDEX('rus', ['sec001']), 'rus/real.md': '## Раздел I\n\n### Статья 1\n\nТекст статьи.\n' });
  symlinkSync('real.md', join(dir, 'rus/sec001.md'));
  const store = join(work, 'inside');
  const run = runCli(['--store', store, 'import', dir, '--version', '2001-01-01', '--quiet']);
  assert.equal(run.status, 0, run.stderr);
  assert.match(runCli(['--store', store, 'show', '2001-01-01', '1']).stdout, /Текст статьи\./u);
  rmSync(dir, { recursive: true, force: true });
});

test('store files that lead outside the store, pipes and devices are refused with one line', { timeout: 120_000 }, () => {
  const spoils: [string, (store: string) => void, RegExp][] = [
    ['an article linked outside', (s) => { const f = join(s, 'kz/2019-03-23/rus/001.md'); unlinkSync(f); symlinkSync(outside, f); },
      /2019-03-23\/rus\/001\.md: leads outside/u],
    ['an article linked to /dev/zero', (s) => { const f = join(s, 'kz/2019-03-23/rus/001.md'); unlinkSync(f); symlinkSync('/dev/zero', f); },
      /2019-03-23\/rus\/001\.md: leads outside/u],
    ['an article that is a named pipe', (s) => { const f = join(s, 'kz/2019-03-23/rus/001.md'); unlinkSync(f); mkfifo(f); },
      /2019-03-23\/rus\/001\.md: is a named pipe/u],
    ['the manifest as a named pipe', (s) => { const f = join(s, 'kz/manifest.yaml'); unlinkSync(f); mkfifo(f); },
      /kz\/manifest\.yaml: is a named pipe/u],
    ['the manifest linked outside', (s) => { const f = join(s, 'kz/manifest.yaml'); cpSync(f, join(s, '..', 'm.yaml')); unlinkSync(f); symlinkSync(join(s, '..', 'm.yaml'), f); },
      /kz\/manifest\.yaml: leads outside/u],
  ];
  spoils.forEach(([what, spoil, message], i) => {
    const store = join(work, `spoiled-${i}`, 'constitution');
    cpSync(join(ROOT, 'constitution'), store, { recursive: true });
    spoil(store);
    const run = runCli(['--store', store, 'show', '2019-03-23', '1'], { env: { CONSTDIFF_NO_CACHE: '1' } });
    assert.equal(run.status, 1, `${what}: ${run.stderr}`);
    assert.match(oneLineError(run), message, what);
  });
});

test('--output never replaces a device or a pipe', () => {
  const dir = join(work, 'out');
  mkdirSync(dir);
  const targets = [join(dir, 'pipe')];
  mkfifo(targets[0]);
  const device = mknodNull(join(dir, 'device'));
  if (device) targets.push(device);
  symlinkSync(targets.at(-1)!, join(dir, 'link-to-special'));
  targets.push(join(dir, 'link-to-special'));
  for (const target of targets) {
    const kind = () => { const s = statSync(target); return [s.isFIFO(), s.isCharacterDevice(), s.rdev]; };
    const before = kind();
    const run = runCli(['diff', '2019-03-23', '2022-06-08', '--format', 'md', '--output', target]);
    assert.equal(run.status, 1, run.stderr);
    assert.match(oneLineError(run), /: is a device, pipe or socket, not a regular file; refusing to replace it/u);
    assert.deepEqual(kind(), before, `${target} is still what it was`);
  }
  assert.deepEqual(readdirSync(dir).sort(), ['device', 'link-to-special', 'pipe'].filter((n) => n !== 'device' || device));
});

test('--output writes its temporary file exclusively under a random name, never through a planted link', () => {
  const dir = join(work, 'planted');
  mkdirSync(dir);
  const victim = join(work, 'victim.txt');
  writeFileSync(victim, 'precious');
  // Where a temporary file named after the process id would go.
  for (const name of [`.report.md.${process.pid}.tmp`, `.report.md.tmp`]) symlinkSync(victim, join(dir, name));
  const output = join(dir, 'report.md');
  emit('the report\n', output);
  assert.equal(readFileSync(victim, 'utf8'), 'precious');
  assert.equal(readFileSync(output, 'utf8'), 'the report\n');
  assert.deepEqual(readdirSync(dir).sort(), [`.report.md.${process.pid}.tmp`, '.report.md.tmp', 'report.md']);
  // The output itself a link to a regular file: replaced by the report, the file it pointed to kept.
  const linked = join(dir, 'linked.md');
  symlinkSync(victim, linked);
  emit('second\n', linked);
  assert.equal(readFileSync(victim, 'utf8'), 'precious');
  assert.equal(readFileSync(linked, 'utf8'), 'second\n');
  assert.throws(() => emit('x', join(dir, 'missing', 'r.md')), DataError);
});

test('a parse-cache entry that is a named pipe is passed over, not read (it would wait forever)', () => {
  // A cache folder of this test's own: other test files write to the shared one meanwhile.
  const cache = join(work, 'parse-cache');
  const saved = process.env.CONSTDIFF_CACHE_DIR;
  process.env.CONSTDIFF_CACHE_DIR = cache;
  try {
    const place = `special-files-test-${process.pid}-${Date.now()}`;
    const files = [{ name: 'a.md', bytes: Buffer.from(place) }];
    assert.deepEqual(cachedParse(place, files, () => ({ parsed: 1 })), { parsed: 1 });
    const entries = readdirSync(cache);
    assert.equal(entries.length, 1, 'one new cache entry');
    const entry = join(cache, entries[0]);
    unlinkSync(entry);
    mkfifo(entry);
    assert.deepEqual(cachedParse(place, files, () => ({ parsed: 2 })), { parsed: 2 });
  } finally {
    if (saved === undefined) delete process.env.CONSTDIFF_CACHE_DIR;
    else process.env.CONSTDIFF_CACHE_DIR = saved;
  }
});

test('a language folder that is a named pipe is one line, not an internal error', () => {
  const store = join(work, 'pipe-folder', 'constitution');
  cpSync(join(ROOT, 'constitution'), store, { recursive: true });
  rmSync(join(store, 'kz', '2019-03-23', 'rus'), { recursive: true });
  mkfifo(join(store, 'kz', '2019-03-23', 'rus'));
  const run = runCli(['--store', store, 'show', '2019-03-23', '1']);
  assert.equal(run.status, 1, run.stderr);
  assert.match(oneLineError(run), /2019-03-23\/rus: cannot read the folder: ENOTDIR/u);
});
