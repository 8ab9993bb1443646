// The store's small typed API over `constitution/`: constitutions, versions,
// articles; one article at one version; the version in force on a date.
import { existsSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Article, ConstitutionInfo, Lang, VersionInfo } from '../types.js';
import { DataError, UsageError } from '../errors.js';
import { packageRoot } from '../package-root.js';
import { parseArticle } from './article-file.js';
import { parseManifest } from './manifest.js';
import { articleFileName, checkArticleNumber, checkConstitutionId, compareArticleNumbers, printable } from './names.js';
import { decodeUtf8, readBytes, readUtf8 } from './read-utf8.js';
import { cacheEnabled, cached, cachedParse, contentKey, type FolderFile } from './parse-cache.js';
import { parseSections, type Section } from './sections.js';

export { serializeArticle, parseArticle } from './article-file.js';
export { serializeBody, parseBody } from './body.js';
export { articleFileName, compareArticleNumbers } from './names.js';
export type { Section } from './sections.js';

export interface Store {
  readonly root: string;
  constitutions(): ConstitutionInfo[];
  constitution(id: string): ConstitutionInfo;
  /** A version by id or alias (`before-referendum`). */
  version(constitutionId: string, ref: string): VersionInfo;
  articleNumbers(constitutionId: string, versionId: string, lang: Lang): string[];
  readVersion(constitutionId: string, versionId: string, lang: Lang): Article[];
  readArticle(constitutionId: string, versionId: string, number: string, lang: Lang): Article;
  /** The article's file as stored, byte for byte (frontmatter and body), e.g. for a patch against the folder. */
  articleSource(constitutionId: string, versionId: string, number: string, lang: Lang): string;
  readSections(constitutionId: string, versionId: string, lang: Lang): Section[];
  /**
   * A digest of what the version's text in `lang` was read from (every article file
   * and the sections file, byte for byte, and the store code), for caches of results
   * computed from it; undefined when caching is off (CONSTDIFF_NO_CACHE=1).
   */
  contentDigest(constitutionId: string, versionId: string, lang: Lang): string | undefined;
}

/** The bundled store: `constitution/` at the package root, unless CONSTDIFF_STORE names another. */
export function defaultStoreRoot(): string {
  if (process.env.CONSTDIFF_STORE) return resolve(process.env.CONSTDIFF_STORE);
  return join(packageRoot(), 'constitution');
}

export function openStore(root = defaultStoreRoot()): Store {
  if (!existsSync(root) || !statSync(root).isDirectory()) throw new DataError('store folder not found', root);
  const manifests = new Map<string, ConstitutionInfo>();
  const versions = new Map<string, Article[]>();
  const sections = new Map<string, Section[]>();
  /** Cache keys of what was read, by `cid/vid/lang` (article folder) and by sections file. */
  const digests = new Map<string, string>();

  const constitution = (id: string): ConstitutionInfo => {
    checkConstitutionId(id);
    let info = manifests.get(id);
    if (!info) {
      const file = join(root, id, 'manifest.yaml');
      if (!existsSync(file)) {
        const known = listIds(root);
        if (!known.length) throw new UsageError(`${root} is not a constdiff store: no constitution folder with a manifest.yaml in it (such as ${id}/manifest.yaml)`);
        throw new UsageError(`unknown constitution "${id}" (known: ${known.join(', ')})`);
      }
      const bytes = readBytes(file, root);
      info = cachedParse(file, [{ name: 'manifest.yaml', bytes }], () => parseManifest(decodeUtf8(bytes, file), file));
      if (info.id !== id) throw new DataError(`manifest id "${info.id}" does not match its folder "${id}"`, file);
      manifests.set(id, info);
    }
    return info;
  };

  const version = (cid: string, ref: string): VersionInfo => {
    const info = constitution(cid);
    const found = info.versions.find((v) => v.id === ref || v.aliases.includes(ref));
    if (found) return found;
    const known = info.versions.map((v) => v.id).join(', ');
    throw new UsageError(`unknown version "${printable(ref)}" of ${cid} (known: ${known}; or an alias such as before-referendum)`);
  };

  const langDir = (cid: string, vid: string, lang: Lang): string => {
    const v = version(cid, vid);
    if (!v.languages.includes(lang)) {
      throw new UsageError(`version ${v.id} of ${cid} has no "${printable(lang)}" text (it has: ${v.languages.join(', ')})`);
    }
    const dir = join(root, cid, v.id, lang);
    if (existsSync(dir)) return dir;
    // A --force import is between its two renames (or was killed there): the old
    // folder, which the manifest still describes, is set aside under a hidden name.
    const aside = readdirSync(join(root, cid)).find((n) => n.startsWith(`.retired-${v.id}-`));
    if (aside && existsSync(join(root, cid, aside, lang))) return join(root, cid, aside, lang);
    throw new DataError(`folder of version ${v.id} (${lang}) is missing`, dir);
  };

  /** The article files of a version folder. A --force import may move the folder while they are read: then they are read again. */
  const readFolderFiles = (cid: string, vid: string, lang: Lang): { dir: string; files: FolderFile[] } => {
    for (let attempt = 1; ; attempt++) {
      const dir = langDir(cid, vid, lang);
      try {
        const realRoot = realpathSync.native(root);
        const files = readdirSync(dir).filter((n) => n.endsWith('.md')).sort()
          .map((name) => ({ name, bytes: readBytes(join(dir, name), root, realRoot) }));
        return { dir, files };
      } catch (error) {
        if (existsSync(dir)) throw error instanceof DataError ? error : new DataError(`cannot read the folder: ${(error as NodeJS.ErrnoException).code ?? String(error)}`, dir);
        if (attempt === 5) throw new DataError(`folder of version ${vid} (${lang}) kept moving while it was read`, dir);
      }
    }
  };

  const readVersion = (cid: string, vid: string, lang: Lang): Article[] => {
    const v = version(cid, vid);
    const key = `${cid}/${v.id}/${lang}`;
    const known = versions.get(key);
    if (known) return known;
    const { dir, files } = readFolderFiles(cid, v.id, lang);
    const parse = () => parseFolder(dir, files, { cid, vid: v.id, lang });
    let articles: Article[];
    if (cacheEnabled()) {
      const digest = contentKey(dir, files);
      digests.set(key, digest);
      articles = cached(digest, parse);
    } else articles = parse();
    versions.set(key, articles);
    return articles;
  };

  const readSections = (cid: string, vid: string, lang: Lang): Section[] => {
    const file = join(langDir(cid, vid, lang), '..', `sections.${lang}.yaml`);
    let found = sections.get(file);
    if (found) return found;
    if (!existsSync(file)) found = [];
    else {
      const bytes = readBytes(file, root);
      const parse = () => parseSections(decodeUtf8(bytes, file), file);
      if (cacheEnabled()) {
        const digest = contentKey(file, [{ name: `sections.${lang}.yaml`, bytes }]);
        digests.set(file, digest);
        found = cached(digest, parse);
      } else found = parse();
    }
    sections.set(file, found);
    return found;
  };

  return {
    root,
    constitutions: () => listIds(root).map(constitution),
    constitution,
    version,
    articleNumbers: (cid, vid, lang) => readVersion(cid, vid, lang).map((a) => a.number),
    readVersion,
    readArticle(cid, vid, number, lang) {
      const n = checkArticleNumber(number);
      const found = readVersion(cid, vid, lang).find((a) => a.number === n);
      if (!found) throw new UsageError(`article ${n} does not exist in version ${version(cid, vid).id} of ${cid}`);
      return found;
    },
    articleSource(cid, vid, number, lang) {
      const n = checkArticleNumber(number);
      const file = join(langDir(cid, vid, lang), articleFileName(n));
      if (!existsSync(file)) throw new UsageError(`article ${n} does not exist in version ${version(cid, vid).id} of ${cid}`);
      return readUtf8(file);
    },
    readSections,
    contentDigest(cid, vid, lang) {
      if (!cacheEnabled()) return undefined;
      const v = version(cid, vid);
      readVersion(cid, v.id, lang);
      readSections(cid, v.id, lang);
      const folder = digests.get(`${cid}/${v.id}/${lang}`);
      const sectionsFile = digests.get(join(langDir(cid, v.id, lang), '..', `sections.${lang}.yaml`));
      return folder === undefined ? undefined : `${folder}+${sectionsFile ?? 'no sections'}`;
    },
  };
}

/** Parses and checks every article file of one version folder, in reading order. */
function parseFolder(dir: string, files: { name: string; bytes: Buffer }[], at: { cid: string; vid: string; lang: Lang }): Article[] {
  const byNumber = new Map<string, string>();
  const articles: Article[] = [];
  for (const { name, bytes } of files) {
    const file = join(dir, name);
    const article = parseArticle(decodeUtf8(bytes, file), file);
    const previous = byNumber.get(article.number);
    if (previous) throw new DataError(`article ${article.number} is stored twice (also in ${previous})`, file);
    if (articleFileName(article.number) !== name) {
      throw new DataError(`holds article ${article.number} but is named ${name} (expected ${articleFileName(article.number)})`, file);
    }
    if (article.version !== at.vid || article.lang !== at.lang || article.constitution !== at.cid) {
      throw new DataError(`frontmatter says ${article.constitution}/${article.version}/${article.lang}, folder is ${at.cid}/${at.vid}/${at.lang}`, file);
    }
    byNumber.set(article.number, file);
    articles.push(article);
  }
  if (!articles.length) throw new DataError(`version ${at.vid} (${at.lang}) has no articles`, dir);
  return articles.sort((a, b) => compareArticleNumbers(a.number, b.number));
}

function listIds(root: string): string[] {
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(root, d.name, 'manifest.yaml')))
    .map((d) => d.name)
    .sort();
}
