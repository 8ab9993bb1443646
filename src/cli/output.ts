// Where a command's output goes: stdout, or a file written atomically (to a
// temporary file beside it, then renamed) so a failed run never leaves half a report.
// Large reports come as a sequence of pieces (emitChunks), written as they are
// made, so the whole text never has to sit in memory.
import { closeSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname, basename, join } from 'node:path';
import type { Writable } from 'node:stream';
import { DataError } from '../errors.js';

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
 */
function writeAtomically(chunks: Iterable<string>, outputFile: string): void {
  const tmp = join(dirname(outputFile), `.${basename(outputFile)}.${process.pid}.tmp`);
  const fs = <T>(action: () => T): T => {
    try {
      return action();
    } catch (error) {
      throw new DataError(`cannot write output: ${(error as NodeJS.ErrnoException).code ?? String(error)}`, outputFile);
    }
  };
  let fd: number | undefined;
  try {
    fd = fs(() => openSync(tmp, 'w'));
    for (const batch of batches(chunks)) {
      const bytes = Buffer.from(batch);
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
    rmSync(tmp, { force: true });
    throw error;
  }
}
