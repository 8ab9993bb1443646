// Where a command's output goes: stdout, or a file written atomically (to a
// temporary file beside it, then renamed) so a failed run never leaves half a report.
import { renameSync, writeFileSync, rmSync } from 'node:fs';
import { dirname, basename, join } from 'node:path';
import { DataError } from '../errors.js';

export function emit(text: string, outputFile?: string): void {
  if (!outputFile) {
    process.stdout.write(text.endsWith('\n') || text === '' ? text : `${text}\n`);
    return;
  }
  const tmp = join(dirname(outputFile), `.${basename(outputFile)}.${process.pid}.tmp`);
  try {
    writeFileSync(tmp, text);
    renameSync(tmp, outputFile);
  } catch (error) {
    rmSync(tmp, { force: true });
    throw new DataError(`cannot write output: ${(error as NodeJS.ErrnoException).code ?? String(error)}`, outputFile);
  }
}
