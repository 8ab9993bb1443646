// Articles grouped by constitutional section, keeping the report's reading order.
import type { ArticleDiff } from '../../types.js';
import { cleanText } from './clean-text.js';
import { sectionOf } from './labels.js';

export interface SectionGroup {
  /** Section heading as written, or null for articles outside any section (the preamble). */
  title: string | null;
  /** Fragment id of the section heading. */
  id: string;
  articles: ArticleDiff[];
}

/**
 * Consecutive articles of one section (of the new version) form one group. An
 * article only in the old version (repealed) stays where the diff put it, inside
 * the group around it, so old section names do not splinter the new structure;
 * its own old section is stated on the article.
 */
export function groupBySection(articles: readonly ArticleDiff[]): SectionGroup[] {
  const groups: SectionGroup[] = [];
  for (const article of articles) {
    const last = groups.at(-1);
    if (last && !article.new) {
      last.articles.push(article);
      continue;
    }
    const raw = sectionOf(article);
    const title = raw === null ? null : cleanText(raw);
    if (last && last.title === title) last.articles.push(article);
    else groups.push({ title, id: `section-${groups.length + 1}`, articles: [article] });
  }
  return groups;
}

/** What the report calls a group that has no section heading. */
export function sectionTitle(group: SectionGroup): string {
  return group.title ?? 'Preamble';
}
