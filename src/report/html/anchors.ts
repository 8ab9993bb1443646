// Stable, unique fragment ids for articles: `article-44`, `article-83-1`, `article-preamble`.
import type { ArticleDiff } from '../../types.js';

/** Lower case, and every run of anything but a-z, 0-9 and `-` made one `-`: safe in a fragment id. */
export function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9-]+/g, '-');
}

/**
 * Ids for every article, in the order of `articles`. An article present in the
 * new version keeps the plain id; an old-only (repealed) article whose number was
 * reused gets `-old` so the ids stay unique and the new article owns the link.
 */
export function articleIds(articles: readonly ArticleDiff[]): string[] {
  const taken = new Set<string>();
  const ids: (string | undefined)[] = articles.map(() => undefined);
  const assign = (i: number) => {
    const base = `article-${slug(articles[i]!.number)}`;
    let id = taken.has(base) ? `${base}-old` : base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    ids[i] = id;
  };
  articles.forEach((a, i) => { if (a.new) assign(i); });
  articles.forEach((a, i) => { if (!a.new) assign(i); });
  return ids as string[];
}
