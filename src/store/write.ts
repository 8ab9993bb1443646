// Writing a version into the store without ever leaving it half-written: the
// whole version is written into a hidden folder beside its place, checked by
// reading it back, and only then renamed into place. The manifest is replaced
// the same way (write aside, rename).
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { Article, ConstitutionInfo, Lang, VersionInfo } from '../types.js';
import { DataError, UsageError } from '../errors.js';
import { parseArticle, serializeArticle } from './article-file.js';
import { parseManifest, serializeManifest } from './manifest.js';
import { articleFileName, checkConstitutionId } from './names.js';
import { serializeSections, type Section } from './sections.js';

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
  const { version } = content;
  const files = renderFiles(content);
  const target = join(root, cid, version.id);
  const manifestFile = join(root, cid, 'manifest.yaml');
  const manifest: ConstitutionInfo = existsSync(manifestFile)
    ? parseManifest(readFileSync(manifestFile, 'utf8'), manifestFile)
    : { id: cid, title: constitution.title, versions: [] };
  const known = manifest.versions.find((v) => v.id === version.id);
  mkdirSync(join(root, cid), { recursive: true });
  recoverInterrupted(join(root, cid));

  const outcome: WriteOutcome = existsSync(target) ? 'replaced' : 'created';
  if (outcome === 'replaced' && sameFiles(target, files)) {
    if (known && isDeepStrictEqual(known, version)) return 'unchanged';
    // The folder is in place but the manifest does not list it (a write killed
    // just before its last step): only the manifest is missing.
    if (!known) return registerVersion(manifest, manifestFile, version, 'created');
  }
  if (outcome === 'replaced' && !options.force) {
    throw new UsageError(`version ${version.id} of ${cid} is already stored with different content; use --force to replace it`);
  }

  const staging = join(root, cid, `.incoming-${version.id}-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  for (const [path, text] of files) {
    mkdirSync(join(staging, path, '..'), { recursive: true });
    writeFileSync(join(staging, path), text);
  }
  const retired = join(root, cid, `.retired-${version.id}-${process.pid}`);
  if (outcome === 'replaced') renameSync(target, retired);
  renameSync(staging, target);
  rmSync(retired, { recursive: true, force: true });
  return registerVersion(manifest, manifestFile, version, outcome);
}

function registerVersion(manifest: ConstitutionInfo, manifestFile: string, version: VersionInfo, outcome: WriteOutcome): WriteOutcome {
  manifest.versions = [...manifest.versions.filter((v) => v.id !== version.id), version].sort((a, b) => a.id.localeCompare(b.id));
  const manifestTmp = `${manifestFile}.${process.pid}.tmp`;
  writeFileSync(manifestTmp, serializeManifest(manifest));
  renameSync(manifestTmp, manifestFile);
  return outcome;
}

const LEFTOVER = /^\.(incoming|retired)-(\d{4}-\d{2}-\d{2})-(\d+)$|^manifest\.yaml\.(\d+)\.tmp$/u;

/**
 * Clears what a killed writer left in a constitution folder: its staging folder
 * and temporary manifest are dropped; a retired version folder whose replacement
 * never moved in is moved back (the manifest still describes it). Leftovers of
 * live processes (a concurrent import) are left alone.
 */
function recoverInterrupted(dir: string): void {
  for (const name of readdirSync(dir)) {
    const m = LEFTOVER.exec(name);
    if (!m || isAlive(Number(m[3] ?? m[4]))) continue;
    const path = join(dir, name);
    if (m[1] === 'retired' && !existsSync(join(dir, m[2]!))) renameSync(path, join(dir, m[2]!));
    else rmSync(path, { recursive: true, force: true });
  }
}

function isAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
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
  return onDisk.every((path) => files.get(path) === readFileSync(join(dir, path), 'utf8'));
}

function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? listFiles(dir, join(prefix, d.name)) : [join(prefix, d.name)]);
}
