// UI wording (English) and naming helpers shared by the report's parts.
import type { ArticleDiff, Lang } from '../../types.js';
import { articleTitle, articleTitleInline } from '../messages.js';
import { cleanText } from './clean-text.js';

/** BCP 47 code for the `lang` attribute of constitution text. */
export { LANG_TAG as HTML_LANG } from '../../types.js';

/** Names of the text languages, for UI chrome. */
export { LANGUAGE_NAME } from '../messages.js';

/** The UI language; UI chrome carries `lang="en"` inside a ru/kk document. */
export const UI_LANG = 'en';

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

/** Number of words, formatted for people: 1234 -> "1,234". */
export function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}

