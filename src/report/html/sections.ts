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

/** Consecutive articles of one section form one group. */
export function groupBySection(articles: readonly ArticleDiff[]): SectionGroup[] {
  const groups: SectionGroup[] = [];
  for (const article of articles) {
    const title = sectionOf(article);
    const last = groups.at(-1);
    if (last && last.title === (title === null ? null : cleanText(title))) last.articles.push(article);
    else groups.push({ title: title === null ? null : cleanText(title), id: `section-${groups.length + 1}`, articles: [article] });
  }
  return groups;
}

/** What the report calls a group that has no section heading. */
export function sectionTitle(group: SectionGroup): string {
  return group.title ?? 'Preamble';
}
