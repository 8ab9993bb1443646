// Writing a version into the store without ever leaving it half-written: the
// whole version is written into a hidden folder beside its place, checked by
// reading it back, and only then renamed into place. The manifest is replaced
// the same way (written aside before the move, renamed after it). All of it
// happens under the constitution's import lock (lock.ts), so concurrent imports
// take turns, and every leftover found under the lock is a killed writer's.
//
// A replaced version's old folder is set aside (`.retired-…`) for the instant
// between the two renames; readers use it if they look then (index.ts), and the
// next import moves it back if the writer was killed in between.
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { dirname, join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { Article, ConstitutionInfo, Lang, VersionInfo } from '../types.js';
import { DataError, UsageError } from '../errors.js';
import { parseArticle, serializeArticle } from './article-file.js';
import { nameConflict, parseManifest, serializeManifest } from './manifest.js';
import { articleFileName, checkConstitutionId } from './names.js';
import { readBytes, readUtf8 } from './read-utf8.js';
import { serializeSections, type Section } from './sections.js';
import { isRunning, LOCK_TEMP, withImportLock } from './lock.js';
import { storeWriteError } from './write-errors.js';

export interface VersionContent {
  version: VersionInfo;
  /** Articles per language. */
  articles: Partial<Record<Lang, Article[]>>;
  sections: Partial<Record<Lang, Section[]>>;
}

export type WriteOutcome = 'created' | 'unchanged' | 'replaced';

export function writeVersion(root: string, constitution: { id: string; title: string }, content: VersionContent,
  options: { force?: boolean } = {}): WriteOutcome {
  const cid = checkConstitutionId(constitution.id);
  const files = renderFiles(content);
  const dir = join(root, cid);
  try {
    mkdirSync(dir, { recursive: true });
    return withImportLock(dir, content.version.id, () => writeLocked(dir, { id: cid, title: constitution.title }, content.version, files, options));
  } catch (error) {
    throw storeWriteError(error, dir);
  }
}

function writeLocked(dir: string, constitution: { id: string; title: string }, version: VersionInfo, files: Map<string, string>,
  options: { force?: boolean }): WriteOutcome {
  recoverInterrupted(dir);
  const manifestFile = join(dir, 'manifest.yaml');
  const manifest: ConstitutionInfo = existsSync(manifestFile)
    ? parseManifest(readUtf8(manifestFile, dir), manifestFile)
    : { ...constitution, versions: [] };
  const known = manifest.versions.find((v) => v.id === version.id);
  const versions = [...manifest.versions.filter((v) => v.id !== version.id), version].sort((a, b) => a.id.localeCompare(b.id));
  const conflict = nameConflict(versions);
  if (conflict) throw new UsageError(`cannot store version ${version.id}: ${conflict}`);
  const next = { ...manifest, versions };

  const target = join(dir, version.id);
  const outcome: WriteOutcome = existsSync(target) ? 'replaced' : 'created';
  if (outcome === 'replaced' && sameFiles(target, files)) {
    if (known && isDeepStrictEqual(known, version)) return 'unchanged';
    // The folder is in place but the manifest does not list it (a write killed
    // just before its last step): only the manifest is missing.
    if (!known) {
      commitManifest(prepareManifest(manifestFile, next), manifestFile);
      return 'created';
    }
  }
  if (outcome === 'replaced' && !options.force) {
    throw new UsageError(`version ${version.id} of ${next.id} is already stored with different content; use --force to replace it`);
  }

  // Random names, created exclusively: nothing planted in the folder is followed or reused.
  const tag = `${process.pid}-${randomBytes(4).toString('hex')}`;
  const staging = join(dir, `.incoming-${version.id}-${tag}`);
  const retired = join(dir, `.retired-${version.id}-${tag}`);
  let manifestTmp: string | undefined;
  let moved = false;
  try {
    mkdirSync(staging);
    for (const [path, text] of files) {
      mkdirSync(dirname(join(staging, path)), { recursive: true });
      writeFileSync(join(staging, path), text, { flag: 'wx' });
    }
    manifestTmp = prepareManifest(manifestFile, next);
    if (outcome === 'replaced') renameSync(target, retired);
    renameSync(staging, target);
    moved = true;
    commitManifest(manifestTmp, manifestFile);
  } catch (error) {
    undo(() => rmSync(staging, { recursive: true, force: true }));
    if (manifestTmp) undo(() => rmSync(manifestTmp!, { force: true }));
    if (moved) undo(() => renameSync(target, staging)); // the manifest never took the new text: take it out again
    if (existsSync(retired) && !existsSync(target)) undo(() => renameSync(retired, target));
    undo(() => rmSync(staging, { recursive: true, force: true }));
    throw error;
  }
  undo(() => rmSync(retired, { recursive: true, force: true }));
  return outcome;
}

/** Cleanup after a failure: best effort, the first error is the one to report. */
function undo(action: () => void): void {
  try {
    action();
  } catch { /* the next import clears what is left */ }
}

function prepareManifest(manifestFile: string, manifest: ConstitutionInfo): string {
  const tmp = `${manifestFile}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
  try {
    writeFileSync(tmp, serializeManifest(manifest), { flag: 'wx' });
  } catch (error) {
    rmSync(tmp, { force: true });
    throw error;
  }
  return tmp;
}

function commitManifest(tmp: string, manifestFile: string): void {
  renameSync(tmp, manifestFile);
}

/** Names of a writer's temporary files; the random part is optional for those of earlier releases. */
const LEFTOVER = /^\.(incoming|retired)-(\d{4}-\d{2}-\d{2})-\d+(?:-[0-9a-f]+)?$|^manifest\.yaml\.\d+(?:-[0-9a-f]+)?\.tmp$/u;

/**
 * Clears what a killed writer left in a constitution folder (called under the
 * lock, so no live writer's files are here): its staging folder and temporary
 * manifest are dropped; a retired version folder whose replacement never moved
 * in is moved back (the manifest still describes it).
 */
function recoverInterrupted(dir: string): void {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const lockTemp = LOCK_TEMP.exec(name);
    if (lockTemp) {
      if (!isRunning(Number(lockTemp[1]))) rmSync(path, { force: true });
      continue;
    }
    const m = LEFTOVER.exec(name);
    if (!m) continue;
    if (m[1] === 'retired' && !existsSync(join(dir, m[2]))) renameSync(path, join(dir, m[2]));
    else rmSync(path, { recursive: true, force: true });
  }
}

/** Relative path -> text of every file of the version, each article checked by reading it back. */
function renderFiles(content: VersionContent): Map<string, string> {
  const files = new Map<string, string>();
  const languages = Object.entries(content.articles) as [Lang, Article[]][];
  if (!languages.length) throw new DataError(`version ${content.version.id} has no text in any language; refusing to store it`);
  for (const [lang, articles] of languages) {
    if (!articles.length) throw new DataError(`version ${content.version.id} has no articles in ${lang}; refusing to store it`);
    for (const article of articles) {
      const path = join(lang, articleFileName(article.number));
      if (files.has(path)) throw new DataError(`article ${article.number} (${lang}) appears twice in version ${content.version.id}`);
      const text = serializeArticle(article);
      const back = parseArticle(text, path);
      if (!isDeepStrictEqual(back, article)) {
        throw new DataError(`article ${article.number} (${lang}) would not read back as written; refusing to store it`, path);
      }
      files.set(path, text);
    }
    const sections = content.sections[lang];
    if (sections?.length) files.set(`sections.${lang}.yaml`, serializeSections(sections));
  }
  return files;
}

function sameFiles(dir: string, files: Map<string, string>): boolean {
  const onDisk = listFiles(dir);
  if (onDisk.length !== files.size) return false;
  return onDisk.every((path) => files.has(path) && files.get(path) === readBytes(join(dir, path), dir).toString('utf8'));
}

function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? listFiles(dir, join(prefix, d.name)) : [join(prefix, d.name)]);
}
