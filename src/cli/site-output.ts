// Writing a whole site folder so that a failed build never leaves half a site:
// every file goes (atomically, output.ts) into a hidden staging folder beside the
// target, which is renamed into place only when complete. A folder that already
// holds a site made by constdiff is replaced whole; any other non-empty folder is
// refused, so nothing of the user's is ever overwritten.
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, type Stats } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join, resolve } from 'node:path';
import { DataError, UsageError } from '../errors.js';
import { writeReason } from '../store/write-errors.js';
import { writeAtomically } from './output.js';

export interface WrittenSite {
  files: number;
  bytes: number;
  /** A previous site was replaced. */
  replaced: boolean;
}

function statOrNothing(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/** What is at `dir` now: nothing, an empty folder, or a previous site (`marker` in it); anything else is refused. */
function checkTarget(dir: string, marker: string): 'new' | 'empty' | 'site' {
  const st = statOrNothing(dir);
  if (!st) {
    const parent = statOrNothing(dirname(dir));
    if (!parent?.isDirectory()) throw new DataError(`cannot write the site: the folder ${dirname(dir)} does not exist`, dir);
    return 'new';
  }
  if (!st.isDirectory()) throw new DataError('is not a folder; refusing to replace it (name a new or empty folder)', dir);
  const entries = readdirSync(dir);
  if (!entries.length) return 'empty';
  if (entries.includes(marker)) return 'site';
  throw new UsageError(`${dir} holds files and no site made by constdiff; name a new or empty folder`);
}

/** Writes `files` as the folder `dir`, replacing a previous site there only once the new one is complete. */
export function writeSiteFolder(files: Iterable<{ path: string; content: Iterable<string> }>, dir: string, marker: string): WrittenSite {
  const target = resolve(dir);
  const state = checkTarget(target, marker);
  const staging = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  const fs = <T>(action: () => T, what: string): T => {
    try {
      return action();
    } catch (error) {
      throw new DataError(`cannot write the site: ${writeReason(error)}`, what);
    }
  };
  let count = 0;
  let bytes = 0;
  try {
    fs(() => mkdirSync(staging), staging);
    for (const file of files) {
      const path = join(staging, ...file.path.split('/'));
      if (!path.startsWith(staging + '/')) throw new Error(`site: a page path leaves the site folder: ${file.path}`);
      fs(() => mkdirSync(dirname(path), { recursive: true }), dirname(path));
      writeAtomically(file.content, path);
      count += 1;
      bytes += statSync(path).size;
    }
    if (state === 'new') {
      fs(() => renameSync(staging, target), target);
    } else {
      // The old site (or empty folder) is set aside, the new one takes its name, then the old one goes.
      const aside = `${staging}.old`;
      fs(() => renameSync(target, aside), target);
      try {
        fs(() => renameSync(staging, target), target);
      } catch (error) {
        renameSync(aside, target);
        throw error;
      }
      rmSync(aside, { recursive: true, force: true });
    }
  } catch (error) {
    if (existsSync(staging)) rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  return { files: count, bytes, replaced: state === 'site' };
}
