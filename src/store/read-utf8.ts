import { readFileSync } from 'node:fs';
import { DataError } from '../errors.js';

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Reads a text file that must be valid UTF-8; names the file and line of the first bad byte. */
export function readUtf8(file: string): string {
  return decodeUtf8(readBytes(file), file);
}

export function readBytes(file: string): Buffer {
  try {
    return readFileSync(file);
  } catch (error) {
    throw new DataError(`cannot read: ${(error as NodeJS.ErrnoException).code ?? String(error)}`, file);
  }
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
