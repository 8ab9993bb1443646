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

  if (existsSync(target)) {
    const same = sameFiles(target, files) && (!known || isDeepStrictEqual(known, version));
    if (same) return 'unchanged';
    if (!options.force) {
      throw new UsageError(`version ${version.id} of ${cid} is already stored with different content; use --force to replace it`);
    }
  }

  mkdirSync(join(root, cid), { recursive: true });
  const staging = join(root, cid, `.incoming-${version.id}-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  for (const [path, text] of files) {
    mkdirSync(join(staging, path, '..'), { recursive: true });
    writeFileSync(join(staging, path), text);
  }
  const outcome: WriteOutcome = existsSync(target) ? 'replaced' : 'created';
  const retired = join(root, cid, `.retired-${version.id}-${process.pid}`);
  if (outcome === 'replaced') renameSync(target, retired);
  renameSync(staging, target);
  rmSync(retired, { recursive: true, force: true });

  manifest.versions = [...manifest.versions.filter((v) => v.id !== version.id), version].sort((a, b) => a.id.localeCompare(b.id));
  const manifestTmp = `${manifestFile}.${process.pid}.tmp`;
  writeFileSync(manifestTmp, serializeManifest(manifest));
  renameSync(manifestTmp, manifestFile);
  return outcome;
}

/** Relative path -> text of every file of the version, each article checked by reading it back. */
function renderFiles(content: VersionContent): Map<string, string> {
  const files = new Map<string, string>();
  for (const [lang, articles] of Object.entries(content.articles) as [Lang, Article[]][]) {
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
