// Output written piece by piece (emitChunks, as `diff` and `report` write json
// and html): to a file atomically, never half a report or a damaged old file; to
// stdout the same text as one string, waiting for a slow reader, stopping for
// one that left.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { emitChunks } from '../src/cli/output.js';
import { DataError } from '../src/errors.js';
import { oneLineError, runCli, runWithEarlyClose } from './helpers/cli.js';
import { tempDir } from './helpers/exports.js';

const PIECES = ['<!doctype html>', '', '<p>Статья 1</p>', 'x'.repeat(200_000), '<p>Статья 2</p>'];

test('a file gets exactly the pieces joined, replacing the old one, with no temporary file left', async () => {
  const dir = tempDir();
  const file = join(dir, 'report.html');
  writeFileSync(file, 'old report');
  await emitChunks(PIECES, file);
  assert.equal(readFileSync(file, 'utf8'), PIECES.join(''));
  assert.deepEqual(readdirSync(dir), ['report.html']);
});

test('a failure while the pieces are made leaves the old file as it was and no partial file', async () => {
  const dir = tempDir();
  const file = join(dir, 'report.html');
  writeFileSync(file, 'old report');
  const broken = new Error('renderer failed');
  function* failing(): Generator<string> {
    yield 'x'.repeat(300_000); // more than one write's worth is already on disk
    yield '<p>half</p>';
    throw broken;
  }
  await assert.rejects(emitChunks(failing(), file), (error) => error === broken, 'the renderer\'s own error, not a write error');
  assert.equal(readFileSync(file, 'utf8'), 'old report');
  assert.deepEqual(readdirSync(dir), ['report.html']);
  // Without an old file: nothing at all.
  const fresh = join(dir, 'new.html');
  await assert.rejects(emitChunks(failing(), fresh), (error) => error === broken);
  assert.deepEqual(readdirSync(dir), ['report.html']);
});

test('a file system failure is one DataError naming the file, and leaves nothing behind', async () => {
  const dir = tempDir();
  await assert.rejects(emitChunks(PIECES, join(dir, 'missing', 'r.html')),
    (error) => error instanceof DataError && /missing\/r\.html: cannot write output: the folder \S*missing does not exist$/u.test(error.message));
  // The temporary file is written in full, then cannot replace a folder.
  const folder = join(dir, 'taken');
  mkdirSync(folder);
  writeFileSync(join(folder, 'keep.txt'), 'kept');
  await assert.rejects(emitChunks(PIECES, folder),
    (error) => error instanceof DataError && /taken: cannot write output: a folder is in the way of a file \(EISDIR\)/u.test(error.message));
  assert.deepEqual(readdirSync(dir).sort(), ['taken']);
  assert.equal(readFileSync(join(folder, 'keep.txt'), 'utf8'), 'kept');
});

/** A stream that takes one small write at a time, later: write() soon reports it is full. */
function slowStream(): { stream: Writable; received: () => string } {
  let text = '';
  const stream = new Writable({
    highWaterMark: 16,
    write(chunk: Buffer, _encoding, done) {
      setImmediate(() => {
        text += chunk.toString('utf8');
        done();
      });
    },
  });
  return { stream, received: () => text };
}

test('to a stream: the pieces joined, a final line break added as emit adds it, waiting for a slow reader', async () => {
  const many = Array.from({ length: 3_000 }, (_, i) => `<p>Статья ${i}</p>`);
  const cases: [string[], string][] = [
    [PIECES, `${PIECES.join('')}\n`],
    [many, `${many.join('')}\n`],
    [['{', '}\n'], '{}\n'],
    [['', ''], ''],
  ];
  for (const [pieces, expected] of cases) {
    const { stream, received } = slowStream();
    await emitChunks(pieces, undefined, stream);
    await new Promise<void>((resolve) => stream.end(resolve));
    assert.equal(received(), expected);
  }
});

test('to a stream whose reader left: stops at once without an error', async () => {
  const { stream, received } = slowStream();
  stream.on('error', () => {});
  let made = 0;
  function* pieces(): Generator<string> {
    for (let i = 0; i < 100; i++) {
      made += 1;
      if (i === 2) stream.destroy(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
      yield 'y'.repeat(70_000);
    }
  }
  await emitChunks(pieces(), undefined, stream);
  assert.ok(made < 10, `stopped after ${made} pieces`);
  assert.ok(received().length < 7 * 70_000);
});

test('CLI: html and json to stdout are the --output file plus one final line break', () => {
  const dir = tempDir();
  for (const format of ['html', 'json']) {
    const file = join(dir, `r.${format}`);
    const written = runCli(['diff', '2019-03-23', '2022-06-08', '--format', format, '--output', file]);
    assert.equal(written.status, 0, written.stderr);
    const stdout = runCli(['diff', '2019-03-23', '2022-06-08', '--format', format]);
    assert.equal(stdout.status, 0, stdout.stderr);
    const text = readFileSync(file, 'utf8');
    assert.equal(stdout.stdout, text.endsWith('\n') ? text : `${text}\n`);
    assert.ok(text.length > 100_000);
  }
});

test('CLI: report over a folder fails in one line, leaving the folder and no partial file', () => {
  const dir = tempDir();
  const folder = join(dir, 'report.html');
  mkdirSync(folder);
  const run = runCli(['report', '2019-03-23', '2022-06-08', '--output', folder]);
  assert.equal(run.status, 1);
  assert.match(oneLineError(run), /report\.html: cannot write output: a folder is in the way of a file \(EISDIR\)/u);
  assert.deepEqual(readdirSync(dir), ['report.html']);
  assert.deepEqual(readdirSync(folder), []);
});

test('CLI: a reader that stops early on the html report ends the run quietly', async () => {
  assert.deepEqual(await runWithEarlyClose(['diff', '1995-08-29', '2026-03-15', '--format', 'html']), { code: 0, stderr: '' });
});
