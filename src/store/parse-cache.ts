// Parsing ~100 article files through remark and YAML costs a few hundred
// milliseconds; reading and hashing them costs a few. So what the store parses
// (the articles of a version folder, a manifest) is kept in a cache file keyed by the exact bytes of its files
// and of the store code that parsed them: any change to either is a miss. Only
// what parsed and validated cleanly is cached; a broken cache file is
// ignored. CONSTDIFF_NO_CACHE=1 turns it off; CONSTDIFF_CACHE_DIR names another folder.
// The CLI keeps whole comparisons here too (src/cli/diff-cache.ts), through `cached`.
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packageRoot } from '../package-root.js';

export interface FolderFile {
  name: string;
  bytes: Buffer;
}

const CODE_DIR = dirname(fileURLToPath(import.meta.url));
let codeHash: string | undefined;

/** Set by the CLI bundle (scripts/bundle.mjs): the hash of src/store at build time. */
declare const __STORE_CODE_HASH__: string | undefined;

/** Hash of the store's own code, so a changed parser never reads an old cache. */
function storeCodeHash(): string {
  if (codeHash === undefined && typeof __STORE_CODE_HASH__ === 'string') codeHash = __STORE_CODE_HASH__;
  if (codeHash === undefined) {
    const hash = createHash('sha256');
    for (const name of readdirSync(CODE_DIR).sort()) {
      if (/\.(js|ts)$/u.test(name)) hash.update(name).update(readFileSync(join(CODE_DIR, name)));
    }
    codeHash = hash.digest('hex');
  }
  return codeHash;
}

function cacheDir(): string | undefined {
  // Another folder when asked (tests give each run its own).
  if (process.env.CONSTDIFF_CACHE_DIR) return process.env.CONSTDIFF_CACHE_DIR;
  const modules = join(packageRoot(), 'node_modules');
  if (existsSync(modules)) return join(modules, '.cache', 'constdiff');
  // The system temp folder is shared: a folder of this user's own that no one else
  // may write, or no cache (another user could plant entries, links or pipes there).
  const uid = process.getuid?.() ?? 0;
  const dir = join(tmpdir(), `constdiff-cache-${uid}`);
  try {
    mkdirSync(dir, { mode: 0o700 });
  } catch { /* exists already (checked below), or cannot be made */ }
  try {
    const stats = lstatSync(dir);
    return stats.isDirectory() && stats.uid === uid && (stats.mode & 0o022) === 0 ? dir : undefined;
  } catch {
    return undefined;
  }
}

/** A cache entry's text, if it is a plain file (never a pipe or a device: reading one could hang). */
function readEntry(file: string): string {
  if (!lstatSync(file).isFile()) throw new Error('not a plain file');
  return readFileSync(file, 'utf8');
}

/** The cache key of what `place` parses from `files` (their names and exact bytes, and the store code). */
export function contentKey(place: string, files: FolderFile[]): string {
  const hash = createHash('sha256').update(storeCodeHash()).update(place);
  for (const f of files) hash.update(f.name).update('\0').update(String(f.bytes.length)).update('\0').update(f.bytes);
  return hash.digest('hex');
}

export const cacheEnabled = (): boolean => process.env.CONSTDIFF_NO_CACHE !== '1';

/** `parse()`, or its earlier result for the same `place` and the same file bytes. */
export function cachedParse<T>(place: string, files: FolderFile[], parse: () => T): T {
  if (!cacheEnabled()) return parse();
  return cached(contentKey(place, files), parse);
}

/**
 * `make()`, or its earlier result under the same `key` (a hex digest of everything
 * the result depends on). `toJson` / `fromJson` convert a value that does not
 * survive JSON as it is. Only values made without an error, and for which `keep()`
 * says so after they are made, are kept.
 */
export function cached<T>(key: string, make: () => T, toJson: (value: T) => unknown = (v) => v,
  fromJson: (json: unknown) => T = (j) => j as T, keep: () => boolean = () => true): T {
  const dir = cacheEnabled() ? cacheDir() : undefined;
  if (!dir) return make();
  const file = join(dir, `${key}.json`);
  try {
    return fromJson(JSON.parse(readEntry(file)));
  } catch {
    // Missing or unreadable: make and (try to) remember.
  }
  const result = make();
  if (!keep()) return result;
  try {
    mkdirSync(dirname(file), { recursive: true });
    // A random name, created exclusively: never written through a planted file or link.
    const tmp = `${file}.${randomBytes(8).toString('hex')}.tmp`;
    writeFileSync(tmp, JSON.stringify(toJson(result)), { flag: 'wx' });
    renameSync(tmp, file);
  } catch {
    // A read-only cache location only costs speed.
  }
  return result;
}
