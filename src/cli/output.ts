// Where a command's output goes: stdout, or a file written atomically (to a
// temporary file beside it, then renamed) so a failed run never leaves half a report.
// Large reports come as a sequence of pieces (emitChunks), written as they are
// made, so the whole text never has to sit in memory.
import { closeSync, openSync, renameSync, rmSync, statSync, writeSync, type Stats } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { dirname, basename, join } from 'node:path';
import type { Writable } from 'node:stream';
import { DataError, UsageError } from '../errors.js';
import { writeReason } from '../store/write-errors.js';

/** Pieces are gathered to about this many UTF-16 units before each write: few system calls, small strings. */
const BATCH = 1 << 14;

export function emit(text: string, outputFile?: string): void {
  if (!outputFile) {
    process.stdout.write(text.endsWith('\n') || text === '' ? text : `${text}\n`);
    return;
  }
  writeAtomically([text], outputFile);
}

/**
 * A binary file (a .docx): to `outputFile`, or to stdout when that is a pipe or a
 * file; never to a terminal, where it would only garble the screen.
 */
export async function emitBinary(bytes: Uint8Array, outputFile: string | undefined, what: string): Promise<void> {
  if (outputFile) {
    writeAtomically([bytes], outputFile);
    return;
  }
  if (process.stdout.isTTY) throw new UsageError(`${what} is a binary file; name it with --output FILE, or redirect standard output`);
  await new Promise<void>((resolve) => { process.stdout.write(bytes, () => resolve()); });
}

/**
 * `emit` for output made piece by piece: the same bytes as emitting the pieces
 * joined, written as they come. To stdout (or `stream`) it waits whenever the
 * reader is behind, and stops if the reader has gone (main.ts ends the run quietly).
 */
export async function emitChunks(chunks: Iterable<string>, outputFile?: string, stream: Writable = process.stdout): Promise<void> {
  if (outputFile) {
    writeAtomically(chunks, outputFile);
    return;
  }
  let last = '';
  for (const batch of batches(chunks)) {
    last = batch;
    if (!stream.write(batch) && !(await drained(stream))) return;
  }
  if (last !== '' && !last.endsWith('\n')) stream.write('\n');
}

/** The pieces gathered into strings of about BATCH units, none of them empty. */
function* batches(chunks: Iterable<string>): Generator<string> {
  let parts: string[] = [];
  let size = 0;
  for (const chunk of chunks) {
    if (!chunk) continue;
    parts.push(chunk);
    size += chunk.length;
    if (size >= BATCH) {
      yield parts.join('');
      parts = [];
      size = 0;
    }
  }
  if (parts.length) yield parts.join('');
}

/** Resolves true once the stream takes writes again, false if it closed or failed (a reader that left). */
function drained(stream: Writable): Promise<boolean> {
  if (stream.destroyed) return Promise.resolve(false);
  return new Promise((resolve) => {
    const done = (ok: boolean) => () => {
      stream.off('drain', onDrain).off('close', onEnd).off('error', onEnd);
      resolve(ok);
    };
    const onDrain = done(true);
    const onEnd = done(false);
    stream.on('drain', onDrain).on('close', onEnd).on('error', onEnd);
  });
}

/**
 * Writes the pieces to a temporary file beside `outputFile` and renames it into
 * place only when all are written. On any failure the temporary file is removed
 * and an existing `outputFile` is left as it was. A failure of the file system is
 * a DataError naming the file; an error while making the pieces passes unchanged.
 * Only a regular file (or nothing) is replaced: never a device, a pipe or a socket.
 * The temporary file has a random name and is created exclusively (O_EXCL), so a
 * file or symbolic link planted beside the output is never written through.
 */
export function writeAtomically(chunks: Iterable<string> | Uint8Array[], outputFile: string): void {
  const existing = statOrNothing(outputFile);
  if (existing && !existing.isFile() && !existing.isDirectory()) { // a folder fails at the rename (EISDIR)
    throw new DataError('is a device, pipe or socket, not a regular file; refusing to replace it (leave out --output to print to the terminal)', outputFile);
  }
  const folder = statOrNothing(dirname(outputFile));
  if (!folder) throw new DataError(`cannot write output: the folder ${dirname(outputFile)} does not exist`, outputFile);
  if (!folder.isDirectory()) throw new DataError(`cannot write output: ${dirname(outputFile)} is not a folder`, outputFile);
  const tmp = join(dirname(outputFile), `.${basename(outputFile)}.${randomBytes(8).toString('hex')}.tmp`);
  const fs = <T>(action: () => T): T => {
    try {
      return action();
    } catch (error) {
      throw new DataError(`cannot write output: ${writeReason(error)}`, outputFile);
    }
  };
  let fd: number | undefined;
  let created = false;
  try {
    fd = fs(() => openSync(tmp, 'wx', 0o666));
    created = true;
    for (const bytes of isBinary(chunks) ? chunks : encoded(batches(chunks))) {
      let written = 0;
      while (written < bytes.length) written += fs(() => writeSync(fd!, bytes, written));
    }
    const open = fd;
    fd = undefined;
    fs(() => closeSync(open));
    fs(() => renameSync(tmp, outputFile));
  } catch (error) {
    if (fd !== undefined) {
      try { closeSync(fd); } catch { /* already failing; the first error is the one to report */ }
    }
    if (created) rmSync(tmp, { force: true });
    throw error;
  }
}

function* encoded(batches: Iterable<string>): Generator<Buffer> {
  for (const batch of batches) yield Buffer.from(batch);
}

function isBinary(chunks: Iterable<string> | Uint8Array[]): chunks is Uint8Array[] {
  return Array.isArray(chunks) && chunks.every((c) => c instanceof Uint8Array);
}

/** What is at `path` (a symbolic link: what it leads to), if anything. */
function statOrNothing(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

