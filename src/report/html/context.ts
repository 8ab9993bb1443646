// What every part of the page needs to know about the diff being rendered.
import type { ArticleDiff, Lang, VersionDiff } from '../../types.js';
import { articleIds } from './anchors.js';
import { HTML_LANG } from './labels.js';

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
  const byArticle = new Map<ArticleDiff, string>(diff.articles.map((a, i) => [a, ids[i]!]));
  return {
    diff,
    lang: diff.lang,
    textLang: HTML_LANG[diff.lang] ?? diff.lang,
    idOf: (article) => byArticle.get(article) ?? 'article-unknown',
    ...(parallel ? { parallel: parallelText(parallel) } : {}),
  };
}
