// The diff engine: pure functions from two lists of articles to a VersionDiff.
// No I/O. See classify.ts for statuses, assign.ts / similarity.ts for pairing,
// normalize.ts for what counts as formatting, word-diff.ts for the word ops.
import type { Article, ArticleDiff, DiffOptions, Lang, VersionDiff, VersionInfo } from '../types.js';
import { alignArticles } from './align-articles.js';
import { buildArticleDiff, type Built, type Pairing } from './classify.js';
import { sumTallies, publicCounts, zeroStatuses } from './counts.js';
import { readingOrder } from './order.js';
import type { DiffMemo } from './memo.js';

export { DiffMemo } from './memo.js';

export { applyArticleDiff, applyVersionDiff, newSide, oldSide, type RebuiltArticle } from './apply.js';
export { similarity } from './similarity.js';
export { wordDiff } from './word-diff.js';
export { normalizeText } from './normalize.js';
export { diffSections } from './sections.js';
export { tokenize, countWords } from './tokenize.js';
export { timedOutAlignments } from './windowed.js';

export const DEFAULT_OPTIONS: DiffOptions = { exact: false };

export interface DiffInput {
  constitution: string;
  lang: Lang;
  from: VersionInfo;
  to: VersionInfo;
  oldArticles: Article[];
  newArticles: Article[];
}

/** Diff of one article's two versions (either may be missing). */
export function diffArticle(old: Article | undefined, neu: Article | undefined, lang: Lang,
  options: Partial<DiffOptions> = {}): ArticleDiff {
  const { exact } = { ...DEFAULT_OPTIONS, ...options };
  return buildArticleDiff(old, neu, lang, exact).diff;
}

/** One place of a comparison in reading order: an old article, a new one, or a pair and how it was paired. */
export interface ArticleSlot {
  oldIndex?: number;
  newIndex?: number;
  pairing?: Pairing;
}

/** Pairs the articles of two versions and puts them in reading order, the preamble first. */
export function alignVersions(olds: Article[], news: Article[], memo?: DiffMemo): ArticleSlot[] {
  const pairs = alignArticles(olds, news, memo);
  const byNew = new Map(pairs.map((p) => [p.newIndex, p]));
  const slots: ArticleSlot[] = readingOrder(pairs, olds.length, news.length).map((slot) => {
    const p = slot.newIndex !== undefined ? byNew.get(slot.newIndex) : undefined;
    return p ? { ...slot, pairing: { matchedBy: p.byKey ? 'number' : 'similarity', similarity: p.similarity } } : slot;
  });
  // The preamble leads whatever the inputs' order.
  const preamble = slots.findIndex((s) => (s.newIndex !== undefined ? news[s.newIndex] : olds[s.oldIndex!]).number === 'preamble');
  if (preamble > 0) slots.unshift(...slots.splice(preamble, 1));
  return slots;
}

/** The diff of one slot of alignVersions, with its word tally. */
export function diffSlot(olds: Article[], news: Article[], slot: ArticleSlot, lang: Lang, exact: boolean,
  memo?: DiffMemo): Built<ArticleDiff> {
  const old = slot.oldIndex !== undefined ? olds[slot.oldIndex] : undefined;
  const neu = slot.newIndex !== undefined ? news[slot.newIndex] : undefined;
  const { pairing } = slot;
  const build = () => buildArticleDiff(old, neu, lang, exact, pairing);
  if (!memo || !old || !neu) return build();
  return memo.articleDiff(old, neu, `${lang} ${exact} ${pairing?.matchedBy} ${pairing?.similarity}`, build);
}

/**
 * Compares two versions. Comparisons that share article objects can share a `memo`
 * (memo.ts); their results then share the ArticleDiff objects of those articles.
 */
export function diffVersions(input: DiffInput, options: Partial<DiffOptions> = {}, memo?: DiffMemo): VersionDiff {
  const opts: DiffOptions = { ...DEFAULT_OPTIONS, ...options };
  const { oldArticles: olds, newArticles: news, lang } = input;
  const built = alignVersions(olds, news, memo).map((slot) => diffSlot(olds, news, slot, lang, opts.exact, memo));

  const articles = built.map((b) => b.diff);
  const statuses = zeroStatuses();
  const alsoAmended = { renumbered: 0, moved: 0 };
  for (const a of articles) {
    statuses[a.status] += 1;
    if ((a.status === 'renumbered' || a.status === 'moved') && a.textChanged) alsoAmended[a.status] += 1;
  }
  const tally = sumTallies(built.map((b) => b.tally));
  return {
    constitution: input.constitution,
    lang,
    from: input.from,
    to: input.to,
    options: opts,
    summary: {
      ...publicCounts(tally),
      articles: statuses,
      alsoAmended,
      changed: articles.length - statuses.unchanged,
      total: articles.length,
    },
    articles,
  };
}
