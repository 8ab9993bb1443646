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
}

export function createContext(diff: VersionDiff): ReportContext {
  const ids = articleIds(diff.articles);
  const byArticle = new Map<ArticleDiff, string>(diff.articles.map((a, i) => [a, ids[i]!]));
  return {
    diff,
    lang: diff.lang,
    textLang: HTML_LANG[diff.lang] ?? diff.lang,
    idOf: (article) => byArticle.get(article) ?? 'article-unknown',
  };
}
