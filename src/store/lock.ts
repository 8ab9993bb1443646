// One writer at a time per constitution: every import holds `<cid>/.import.lock`
// while it reads the manifest, moves its version into place and rewrites the
// manifest, so two imports never overwrite each other's manifest entry.
//
// The lock file is made whole and then hard-linked into place (link fails if the
// name exists), so it never exists half-written. It names its holder
// (`pid host version`); a lock whose holder on this machine is no longer running
// (a killed import) is stale and taken over. An import that finds the lock held
// waits for it, unless the holder is writing the same version: then it stops at
// once with one line, since the two would only race to the same result.
import { linkSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { DataError } from '../errors.js';
import { storeWriteError } from './write-errors.js';

export const LOCK_NAME = '.import.lock';
/** Temporary names of a lock being made or broken: `.import.lock.<pid>.<random>`. */
export const LOCK_TEMP = /^\.import\.lock\.(\d+)\.[0-9a-f]+$/u;

/** How long an import waits for another one to finish (CONSTDIFF_LOCK_WAIT_MS overrides it). */
const WAIT_MS = 120_000;
const POLL_MS = 25;

interface Holder {
  pid: number;
  host: string;
  version: string;
  text: string;
}

/** Runs `action` holding the import lock of the constitution folder `dir`. */
export function withImportLock<T>(dir: string, version: string, action: () => T): T {
  const file = join(dir, LOCK_NAME);
  const mine = `${process.pid} ${hostname()} ${version}\n`;
  acquire(dir, file, mine, version);
  try {
    return action();
  } finally {
    release(file, mine);
  }
}

function acquire(dir: string, file: string, mine: string, version: string): void {
  const envWait = Number(process.env.CONSTDIFF_LOCK_WAIT_MS);
  const deadline = Date.now() + (Number.isFinite(envWait) && envWait >= 0 && process.env.CONSTDIFF_LOCK_WAIT_MS ? envWait : WAIT_MS);
  const temp = tempName(file);
  try {
    writeFileSync(temp, mine, { flag: 'wx' });
  } catch (error) {
    rmSync(temp, { force: true });
    throw storeWriteError(error, dir);
  }
  try {
    for (;;) {
      try {
        linkSync(temp, file);
        return;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw storeWriteError(error, dir);
      }
      const holder = readHolder(file);
      if (!holder) continue; // released between our link and our read
      if (holder.host === hostname() && !isRunning(holder.pid)) {
        breakStale(file, holder.text);
        continue;
      }
      if (holder.version === version) {
        throw new DataError(`version ${version} is being imported by another process (pid ${holder.pid}) right now; try again when it has finished`, dir);
      }
      if (Date.now() >= deadline) {
        throw new DataError(`the store is locked by another import (pid ${holder.pid} on ${holder.host}); if none is running, remove ${file}`, dir);
      }
      sleep(POLL_MS);
    }
  } finally {
    rmSync(temp, { force: true });
  }
}

function release(file: string, mine: string): void {
  const holder = readHolder(file);
  if (holder?.text === mine) rmSync(file, { force: true });
}

function readHolder(file: string): Holder | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  const [pid, host, version] = text.trim().split(' ');
  return { pid: Number(pid), host: host ?? '', version: version ?? '', text };
}

/**
 * Takes a stale lock away: renames it aside (only one waiter can) and drops it if
 * it is still the stale one; if a live lock was caught instead (it was broken and
 * taken by another waiter in between), it is linked back in place.
 */
function breakStale(file: string, staleText: string): void {
  const aside = tempName(file);
  try {
    renameSync(file, aside);
  } catch {
    return; // someone else broke it first
  }
  let text = '';
  try {
    text = readFileSync(aside, 'utf8');
  } catch { /* gone: nothing to restore */ }
  if (text && text !== staleText) {
    try {
      linkSync(aside, file);
    } catch { /* a newer lock is in place; it wins */ }
  }
  rmSync(aside, { force: true });
}

function tempName(file: string): string {
  return `${file}.${process.pid}.${randomBytes(6).toString('hex')}`;
}

/** Whether a process with this id is running on this machine. */
export function isRunning(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const pause = new Int32Array(new SharedArrayBuffer(4));
function sleep(ms: number): void {
  Atomics.wait(pause, 0, 0, ms);
}
