// Articles followed across every version as lines: one line is one provision,
// from the version it first appears in to the last one that has it, through
// renumberings, as the engine paired the articles of each pair of consecutive
// versions (by number, then by content). The rows of the site's reform matrix.
import type { Article, ArticleDiff, VersionDiff, VersionInfo } from '../types.js';

/** One version of a line: the article as stored there and the change into it (none in the line's first version). */
export interface LineCell {
  number: string;
  article: Article;
  /** The comparison with the previous version (absent for the first version of all). */
  diff?: ArticleDiff;
}

export interface ArticleLine {
  /** Cell per version index; undefined where the line has no article. */
  cells: (LineCell | undefined)[];
  /** Where the line's article went when it ended before the last version (the comparison that repealed it). */
  end?: { version: number; diff: ArticleDiff };
}

/**
 * The lines of `versions` (oldest first; `first` the articles of the oldest), given
 * `steps[i]`: the comparison of version i with version i+1. A comparison pairs each
 * article of the newer version with at most one of the older.
 */
export function articleLines(versions: readonly VersionInfo[], first: readonly Article[], steps: readonly VersionDiff[]): ArticleLine[] {
  const lines: ArticleLine[] = [];
  let byNumber = new Map<string, ArticleLine>();
  for (const article of first) {
    const line: ArticleLine = { cells: versions.map(() => undefined) };
    line.cells[0] = { number: article.number, article };
    lines.push(line);
    byNumber.set(article.number, line);
  }
  steps.forEach((step, s) => {
    const at = s + 1;
    const next = new Map<string, ArticleLine>();
    for (const d of step.articles) {
      const from = d.old ? byNumber.get(d.old.number) : undefined;
      if (!d.new) {
        if (from) from.end = { version: at, diff: d };
        continue;
      }
      let line = from;
      if (!line) {
        line = { cells: versions.map(() => undefined) };
        lines.push(line);
      }
      line.cells[at] = { number: d.new.number, article: d.new, diff: d };
      next.set(d.new.number, line);
    }
    byNumber = next;
  });
  return lines;
}
