// `--format patch`: a unified diff of the article files as the store holds them
// (frontmatter and body), in git's extended format, so that both `git apply` and
// `patch -p1` run in a copy of the old version's folder (`constitution/kz/2019-03-23`)
// turn each changed article file into the new version's: `a/<lang>/044.md` →
// `b/<lang>/044.md`, new and deleted files against /dev/null, renumbered articles
// as renames.
//
// Which files: every article whose text (body) or number differs, even when the
// comparison reports it unchanged (format-only edits without --exact). A file whose
// body is the same is left out, although its frontmatter names another version.
import { createHash } from 'node:crypto';
import { createTwoFilesPatch } from 'diff';
import type { Article, VersionDiff } from '../types.js';
import { serializeBody } from '../store/body.js';
import { serializeArticle } from '../store/article-file.js';
import { articleFileName } from './format.js';

export interface PatchFiles {
  /**
   * Text of an article's file on the old / new side. Default: the store's
   * `serializeArticle(article)`; the CLI reads the stored files themselves.
   */
  file?: (article: Article, side: 'old' | 'new') => string;
  /** Path of an article's body file below `a/` and `b/`. Default: `<lang>/<NNN>.md`. */
  path?: (article: Article) => string;
}

interface FileChange {
  oldPath?: string;
  newPath?: string;
  oldBody: string;
  newBody: string;
}

const defaultPath = (article: Article): string => `${article.lang}/${articleFileName(article.number)}`;
const defaultFile = (article: Article): string => serializeArticle(article);

/** Git's object id of a file's content, so sections carry real `index` lines (and `git apply --3way` can use them). */
function blobId(text: string): string {
  const bytes = Buffer.from(text, 'utf8');
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

const NO_BLOB = '0'.repeat(40);

/** One file's section: git extended header lines, then the unified hunks (none when the content is unchanged). */
function fileSection(change: FileChange): string {
  const { oldPath, newPath, oldBody, newBody } = change;
  const header: string[] = [`diff --git a/${oldPath ?? newPath} b/${newPath ?? oldPath}`];
  if (!oldPath) header.push('new file mode 100644');
  else if (!newPath) header.push('deleted file mode 100644');
  else if (oldPath !== newPath) header.push(`rename from ${oldPath}`, `rename to ${newPath}`);
  const oldId = oldPath ? blobId(oldBody) : NO_BLOB;
  const newId = newPath ? blobId(newBody) : NO_BLOB;
  // An `index` line is what lets GNU patch delete or create an empty file.
  if (oldId !== newId) header.push(`index ${oldId}..${newId}${oldPath && newPath ? ' 100644' : ''}`);
  if (oldBody === newBody) return `${header.join('\n')}\n`;
  const unified = createTwoFilesPatch(
    oldPath ? `a/${oldPath}` : '/dev/null',
    newPath ? `b/${newPath}` : '/dev/null',
    oldBody, newBody, undefined, undefined, { context: 3 },
  );
  // jsdiff starts with a `====` separator line; git's format starts at `---`.
  const body = unified.slice(unified.indexOf('--- '));
  return `${header.join('\n')}\n${body}`;
}

/**
 * Renames ordered so that each comes after the rename moving its target's old
 * file away (72 → 73 before 71-1 → 72). Renames in a cycle (5 → 6 and 6 → 5)
 * cannot be ordered and are returned apart.
 */
function orderRenames(renames: FileChange[]): { ordered: FileChange[]; cyclic: FileChange[] } {
  const bySource = new Map(renames.map((r) => [r.oldPath!, r]));
  const done = new Set<FileChange>();
  const ordered: FileChange[] = [];
  const cyclic: FileChange[] = [];
  for (const start of renames) {
    const chain: FileChange[] = [];
    let r: FileChange | undefined = start;
    while (r && !done.has(r) && !chain.includes(r)) {
      chain.push(r);
      r = bySource.get(r.newPath!);
    }
    if (r && chain.includes(r)) {
      // Each path has one rename into it, so nothing else can lead into a cycle.
      for (const c of chain) done.add(c);
      cyclic.push(...chain);
      continue;
    }
    for (const c of chain.reverse()) {
      done.add(c);
      ordered.push(c);
    }
  }
  return { ordered, cyclic };
}

/**
 * Order and shape the file changes so that tools applying one file after another
 * (GNU patch) never write over a file a later section still needs: deletions
 * first, then renames (chains in dependency order), edits in place, and new files
 * last. Renames in a cycle become a deletion plus a new file, and a path both
 * deleted and created becomes one edit of that file.
 */
function plan(changes: FileChange[]): FileChange[] {
  const deletions = new Map<string, FileChange>();
  const creations = new Map<string, FileChange>();
  const renames: FileChange[] = [];
  const edits: FileChange[] = [];
  for (const c of changes) {
    if (!c.oldPath) creations.set(c.newPath!, c);
    else if (!c.newPath) deletions.set(c.oldPath, c);
    else if (c.oldPath === c.newPath) edits.push(c);
    else renames.push(c);
  }
  const { ordered, cyclic } = orderRenames(renames);
  for (const c of cyclic) {
    deletions.set(c.oldPath!, { oldPath: c.oldPath, oldBody: c.oldBody, newBody: '' });
    creations.set(c.newPath!, { newPath: c.newPath, oldBody: '', newBody: c.newBody });
  }
  for (const [path, deleted] of deletions) {
    const created = creations.get(path);
    if (!created) continue;
    deletions.delete(path);
    creations.delete(path);
    if (deleted.oldBody !== created.newBody) edits.push({ oldPath: path, newPath: path, oldBody: deleted.oldBody, newBody: created.newBody });
  }
  return [...deletions.values(), ...ordered, ...edits, ...creations.values()];
}

/** `--format patch`: unified diff of the article files; empty string when no article's text or number differs. */
export function renderPatch(diff: VersionDiff, files: PatchFiles = {}): string {
  const pathOf = files.path ?? defaultPath;
  const fileOf = files.file ?? defaultFile;
  const changes: FileChange[] = [];
  for (const a of diff.articles) {
    const oldPath = a.old && pathOf(a.old);
    const newPath = a.new && pathOf(a.new);
    if (a.old && a.new && oldPath === newPath && serializeBody(a.old.blocks) === serializeBody(a.new.blocks)) continue;
    changes.push({
      oldPath,
      newPath,
      oldBody: a.old ? fileOf(a.old, 'old') : '',
      newBody: a.new ? fileOf(a.new, 'new') : '',
    });
  }
  return plan(changes).map(fileSection).join('');
}
