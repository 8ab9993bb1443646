// Section headings of two versions compared. A section is paired with the one of
// the same name, else with the one that holds most of its articles after the
// article alignment (so when a new constitution inserts a section, "Раздел VI.
// Конституционный Суд" pairs with "Раздел VII. Конституционный Суд", not with the
// new section VI); headings the articles do not place fall back to their numeral
// (sectionKey: "Раздел VI." and "VI бөлім" alike). Titles are word-diffed like
// article text, so a heading renamed by an amendment is reported with the
// footnote that says which act did it.
import type { ArticleDiff, Lang, Section, SectionDiff } from '../types.js';
import { normalizeText, sectionKey } from './normalize.js';
import { wordDiffDetailed } from './word-diff.js';

/** The article alignment the sections follow: old and new article numbers in text order, and the pairs. */
export interface SectionArticles {
  oldOrder: readonly string[];
  newOrder: readonly string[];
  articles: readonly ArticleDiff[];
}

export function diffSections(olds: Section[], news: Section[], lang: Lang, exact: boolean, by?: SectionArticles): SectionDiff[] {
  const pairOf = pairSections(olds, news, by);
  const pairedOld = new Set(pairOf.values());
  const out: SectionDiff[] = [];
  news.forEach((neu, j) => {
    const i = pairOf.get(j);
    if (i === undefined) {
      out.push({ status: 'added', oldTitle: null, newTitle: neu.title, ops: [{ type: 'insert', text: neu.title }], footnotes: neu.footnotes, notes: neu.notes });
      return;
    }
    const old = olds[i];
    // Not exact: a numeral and name that differ only in case or punctuation are formatting.
    const sameNumeral = sectionKey(old.title) === sectionKey(neu.title);
    const same = exact ? old.title === neu.title : normalizeText(old.title) === normalizeText(neu.title) || (sameNumeral && sameName(old.title, neu.title));
    const ops = wordDiffDetailed(old.title, neu.title, lang);
    const status = same ? 'unchanged' : sameName(old.title, neu.title) ? 'renumbered' : 'renamed';
    out.push({
      status, oldTitle: old.title, newTitle: neu.title,
      ops: exact ? ops.map(({ type, text }) => ({ type, text })) : ops, footnotes: neu.footnotes, notes: neu.notes,
    });
  });
  olds.forEach((old, i) => {
    if (pairedOld.has(i)) return;
    out.push({ status: 'repealed', oldTitle: old.title, newTitle: null, ops: [{ type: 'delete', text: old.title }], footnotes: old.footnotes, notes: old.notes });
  });
  return out;
}

/**
 * new section index -> old section index: first the same name under any numeral
 * (sections are moved, rarely two of one name), then the most shared articles,
 * then, for headings the articles do not place, the same numeral.
 */
function pairSections(olds: Section[], news: Section[], by: SectionArticles | undefined): Map<number, number> {
  const pairs = new Map<number, number>();
  const usedOld = new Set<number>();
  const pair = (j: number, i: number) => {
    pairs.set(j, i);
    usedOld.add(i);
  };
  const byKey = (key: (title: string) => string, allowed: (i: number, j: number) => boolean) => {
    news.forEach((neu, j) => {
      const k = key(neu.title);
      if (pairs.has(j) || k === '') return;
      const i = olds.findIndex((old, idx) => !usedOld.has(idx) && key(old.title) === k && allowed(idx, j));
      if (i >= 0) pair(j, i);
    });
  };
  byKey(nameKey, () => true);
  if (by) {
    const oldOf = sectionIndex(olds, by.oldOrder);
    const newOf = sectionIndex(news, by.newOrder);
    // How many articles of old section i went to new section j.
    const shared = new Map<string, { i: number; j: number; n: number }>();
    for (const a of by.articles) {
      if (!a.old || !a.new) continue;
      const i = oldOf.get(a.old.number);
      const j = newOf.get(a.new.number);
      if (i === undefined || j === undefined) continue;
      const cell = shared.get(`${i}:${j}`) ?? { i, j, n: 0 };
      cell.n += 1;
      shared.set(`${i}:${j}`, cell);
    }
    // Most shared articles first; ties go to the pair whose numerals agree, then to order.
    const agree = (c: { i: number; j: number }) => Number(sectionKey(news[c.j].title) === sectionKey(olds[c.i].title));
    const cells = [...shared.values()].sort((x, y) => y.n - x.n || agree(y) - agree(x) || x.j - y.j || x.i - y.i);
    for (const { i, j } of cells) if (!pairs.has(j) && !usedOld.has(i)) pair(j, i);
  }
  // A heading that holds articles on both sides was placed by them, or is really gone.
  const placed = (i: number, j: number) => !(by && holdsArticles(olds[i], by.oldOrder) && holdsArticles(news[j], by.newOrder));
  byKey(sectionKey, placed);
  return pairs;
}

/** Article number -> index of the section it falls in (the last one starting at or before it). */
function sectionIndex(sections: Section[], order: readonly string[]): Map<string, number> {
  const position = new Map(order.map((n, k) => [n, k]));
  const starts = sections
    .map((s, idx) => ({ idx, at: s.firstArticle === null ? undefined : position.get(s.firstArticle) }))
    .filter((s): s is { idx: number; at: number } => s.at !== undefined)
    .sort((a, b) => a.at - b.at);
  const out = new Map<string, number>();
  let s = -1;
  order.forEach((n, k) => {
    while (s + 1 < starts.length && starts[s + 1].at <= k) s += 1;
    if (s >= 0) out.set(n, starts[s].idx);
  });
  return out;
}

function holdsArticles(section: Section, order: readonly string[]): boolean {
  return section.firstArticle !== null && order.includes(section.firstArticle);
}

/** The heading without its numeral and label ("Раздел VII. Конституционный Суд" -> "конституционный суд"). */
function nameKey(title: string): string {
  return normalizeText(title)
    .replace(/^(?:раздел|глава|бөлім|тарау)\s+[IVXLCІХСМ\d]+(?![\p{L}\p{N}])|^[IVXLCІХСМ\d]+\s*(?:бөлім|тарау)/iu, '')
    .replace(/^[\s.:–—-]+/u, '')
    .toLowerCase();
}

function sameName(a: string, b: string): boolean {
  const k = nameKey(a);
  return k !== '' && k === nameKey(b);
}
