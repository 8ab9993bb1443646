// What every part of the HTML pages shares: text made safe for the page, the
// names and labels of the interface, article anchors, the report context (the
// diff, its language, the --parallel text) and the grouping by section.
import { type ArticleDiff, type Lang, LANG_TAG, type VersionDiff } from '../../types.js';
import { stripControls } from '../format.js';
import { articleTitle, articleTitleInline, formatCount, messages } from '../messages.js';

// Text that goes into the report: constitution wording is kept as is, except for
// terminal control sequences and other control characters, which have no place
// in a document (and could smuggle escapes into a terminal when the HTML is cat'ed).

/** Removes terminal escape sequences and control characters; everything else is kept verbatim. */
export const cleanText = stripControls;

/** Only plain web links become `href`s; anything else (`javascript:`, `data:`) is shown as text. */
export function safeHttpUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

// The interface's own language and naming helpers shared by the report's parts.

/** The interface language's tag: the page's own wording carries it (`lang="en"` inside a ru/kk document). */
export const uiLang = (): string => messages['ui.tag'];

/**
 * Hidden words read out by screen readers before inserted / deleted text. They
 * are read in the middle of constitution text, so they are in its language.
 */
export const EDIT_MARK: Record<Lang, { inserted: string; deleted: string }> = {
  rus: { inserted: 'Добавлено: ', deleted: 'Удалено: ' },
  kaz: { inserted: 'Қосылды: ', deleted: 'Жойылды: ' },
};

export function articleName(number: string): string {
  return cleanText(articleTitle(number));
}

/** Lower-case form for running text: "formerly article 71-1". */
export function articleNameInline(number: string): string {
  return cleanText(articleTitleInline(number));
}

/** The section an article belongs to in the report (new version first). */
export function sectionOf(article: ArticleDiff): string | null {
  return article.new?.section ?? article.old?.section ?? null;
}

/** Number of words, formatted for people: 1234 -> "1,234" (in the interface language). */
export { formatCount };

// Stable, unique fragment ids for articles: `article-44`, `article-83-1`, `article-preamble`.

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
    const base = `article-${slug(articles[i].number)}`;
    let id = taken.has(base) ? `${base}-old` : base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    ids[i] = id;
  };
  articles.forEach((a, i) => { if (a.new) assign(i); });
  articles.forEach((a, i) => { if (!a.new) assign(i); });
  return ids as string[];
}

// What every part of the page needs to know about the diff being rendered.
export interface ReportContext {
  diff: VersionDiff;
  lang: Lang;
  /** `lang` attribute value for constitution text (ru / kk). */
  textLang: string;
  /** Fragment id of each article. */
  idOf: (article: ArticleDiff) => string;
  /** The same comparison in a second language, shown next to this one (`--parallel`). */
  parallel?: ParallelText;
}

export interface ParallelText {
  ctx: ReportContext;
  /** The second language's diff of the same article, if that text has it. */
  counterpart: (article: ArticleDiff) => ArticleDiff | undefined;
}

/** Pairs articles of the two languages by number (and former number): both texts share one numbering. */
function parallelText(diff: VersionDiff): ParallelText {
  const ctx = createContext(diff);
  const key = (a: ArticleDiff) => `${a.number}|${a.previousNumber ?? ''}|${a.new ? 'n' : 'o'}`;
  const byKey = new Map(diff.articles.map((a) => [key(a), a]));
  return { ctx, counterpart: (a) => byKey.get(key(a)) };
}

export function createContext(diff: VersionDiff, parallel?: VersionDiff): ReportContext {
  const ids = articleIds(diff.articles);
  const byArticle = new Map<ArticleDiff, string>(diff.articles.map((a, i) => [a, ids[i]]));
  return {
    diff,
    lang: diff.lang,
    textLang: LANG_TAG[diff.lang] ?? diff.lang,
    idOf: (article) => byArticle.get(article) ?? 'article-unknown',
    ...(parallel ? { parallel: parallelText(parallel) } : {}),
  };
}

// Articles grouped by constitutional section, keeping the report's reading order.
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
  return group.title ?? articleTitle('preamble');
}
