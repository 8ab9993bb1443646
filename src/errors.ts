// Errors a user can act on. The CLI prints `constdiff: <message>` on one line
// and exits with `exitCode`; anything else is a bug and is reported as such.

/** Wrong command-line input: unknown version, article, language, bad flag. Exit 2. */
export class UsageError extends Error {
  readonly exitCode = 2;
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** Unreadable or malformed data: store files, exports. Names the file (and line). Exit 1. */
export class DataError extends Error {
  readonly exitCode = 1;
  constructor(message: string, readonly file?: string, readonly line?: number) {
    super(file ? `${file}${line ? `:${line}` : ''}: ${message}` : message);
    this.name = 'DataError';
  }
}

export function isUserFacingError(error: unknown): error is UsageError | DataError {
  return error instanceof UsageError || error instanceof DataError;
}
