import { lstatSync, readFileSync, realpathSync, statSync, type Stats } from 'node:fs';
import { isAbsolute, relative, sep } from 'node:path';
import { DataError } from '../errors.js';

const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads a text file that must be valid UTF-8; names the file and line of the first
 * bad byte. With `within`, the file must really lie inside that folder (see readBytes).
 */
export function readUtf8(file: string, within?: string): string {
  return decodeUtf8(readBytes(file, within), file);
}

/**
 * The bytes of a regular file. A FIFO (reading would wait forever), a device
 * (`/dev/zero` never ends) or a socket is refused, and so is a file that leads
 * (by a symbolic link, of its own or of a folder on its path) outside `within`.
 * `realWithin`, when given, is `within`'s real path, resolved once for many files.
 */
export function readBytes(file: string, within?: string, realWithin?: string): Buffer {
  let stats: Stats;
  try {
    stats = lstatSync(file);
    if (within) {
      const real = realpathSync.native(file);
      if (!isInside(real, realWithin ?? realpathSync.native(within))) {
        throw new DataError(`leads outside ${within} (to ${real}) by a symbolic link; refusing to read it`, file);
      }
    }
    if (stats.isSymbolicLink()) stats = statSync(file);
  } catch (error) {
    throw readError(error, file);
  }
  if (!stats.isFile()) throw new DataError(`is ${kindOf(stats)}, not a regular file; refusing to read it`, file);
  try {
    return readFileSync(file);
  } catch (error) {
    throw readError(error, file);
  }
}

function readError(error: unknown, file: string): DataError {
  if (error instanceof DataError) return error;
  return new DataError(`cannot read: ${(error as NodeJS.ErrnoException).code ?? String(error)}`, file);
}

function isInside(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}

function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return 'a folder';
  if (stats.isFIFO()) return 'a named pipe (FIFO)';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  if (stats.isSocket()) return 'a socket';
  return 'not a plain file';
}

export function decodeUtf8(bytes: Uint8Array, file: string): string {
  try {
    return decoder.decode(bytes).replace(/^\uFEFF/u, '');
  } catch {
    throw new DataError('is not valid UTF-8', file, lineOfFirstBadByte(bytes));
  }
}

function lineOfFirstBadByte(bytes: Uint8Array): number {
  let line = 1;
  let start = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0x0a) {
      try {
        decoder.decode(bytes.subarray(start, i));
      } catch {
        return line;
      }
      line++;
      start = i + 1;
    }
  }
  return line;
}
