// A store or output folder the system will not let us write (read-only file
// system, no permission, disk full, quota) is a data error naming the folder,
// not a bug: the user fixes it outside constdiff.
import { DataError } from '../errors.js';

const REASONS: Record<string, string> = {
  EROFS: 'the file system is read-only',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  EIO: 'input/output error',
  ENOTDIR: 'a file is in the way of a folder',
  EISDIR: 'a folder is in the way of a file',
  EEXIST: 'a file is in the way',
  ENAMETOOLONG: 'the path is too long',
  EMFILE: 'too many open files',
  ENFILE: 'too many open files',
  EFBIG: 'file too large',
  ENOENT: 'the folder vanished',
  ENOTEMPTY: 'a folder is in the way',
};

/** A write failure in words with its code (`permission denied (EACCES)`), for any error object. */
export function writeReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code !== 'string') return String((error as Error)?.message ?? error);
  return `${REASONS[code] ?? 'the system refused'} (${code})`;
}

/** A file-system failure while writing under `folder` as a one-line DataError; other errors unchanged. */
export function storeWriteError(error: unknown, folder: string): unknown {
  if (error instanceof DataError) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code !== 'string' || !/^E[A-Z]+$/u.test(code)) return error;
  return new DataError(`cannot write here: ${writeReason(error)}`, folder);
}
