// Every wording of the reports and the TUI comes from one catalog, keyed by
// message id, so text, Markdown, HTML and the TUI say the same thing the same
// way: English (catalogs/en.ts), Russian (ru.ts) or Kazakh (kk.ts), chosen once
// per run (`--ui`, else the locale: see uiFromEnv). This module holds the
// catalog in use and the helpers every renderer shares; a renderer reads
// `messages[...]` when it renders, never at load, so the choice always applies.
// JSON output is a contract and never goes through a catalog.
import { CHANGE_STATUSES, type ActRef, type AttributedAct, type ChangeStatus, type DiffSummary, type Lang, type VersionDiff } from '../types.js';
import { en, type Messages } from './catalogs/en.js';
import { kk } from './catalogs/kk.js';
import { ru } from './catalogs/ru.js';
import { formatPercent, oneLine } from './format.js';

export type { Messages } from './catalogs/en.js';

/** The interface languages, by their `--ui` names. */
export const UI_LANGS = ['en', 'ru', 'kk'] as const;
export type UiLang = (typeof UI_LANGS)[number];

export const CATALOGS: Readonly<Record<UiLang, Messages>> = { en, ru, kk };

/** The catalog in use (English until useUi picks another). */
export let messages: Messages = en;
let current: UiLang = 'en';

/** Chooses the interface language for everything rendered from now on. */
export function useUi(lang: UiLang): void {
  current = lang;
  messages = CATALOGS[lang];
}

/** The interface language in use (handed to the TUI, which is bundled apart with its own copy of this module). */
export const uiInUse = (): UiLang => current;

/**
 * The interface language a locale asks for: the first of LC_ALL, LC_MESSAGES and
 * LANG that is set and not empty (POSIX order), its language part `ru` or `kk`
 * (`ru_RU.UTF-8`, `kk_KZ`); anything else (`C`, `POSIX`, `en_US`, `de_DE`) is English.
 */
export function uiFromEnv(env: Record<string, string | undefined>): UiLang {
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== '') ?? '';
  const language = /^([a-z]{2,3})(?:[_.@-]|$)/iu.exec(locale)?.[1]?.toLowerCase();
  return language === 'ru' || language === 'kk' ? language : 'en';
}

/** A number for people in the interface language: `1,234`, `1 234`. */
export const formatCount = (n: number): string => messages['number.count'](n);

/** A 0..1 ratio as a percentage (format.ts's rule) in the interface language: `12.5%`, `12,5 %`. */
export function percentText(ratio: number, options: { fixed?: boolean } = {}): string {
  return messages['number.percent'](formatPercent(ratio, options).replace(/%$/u, ''));
}

/** Human wording of each status of one article, in the catalog in use (read when used). */
export const STATUS_LABEL: Readonly<Record<ChangeStatus, string>> = Object.defineProperties({}, Object.fromEntries(
  CHANGE_STATUSES.map((status) => [status, { enumerable: true, get: () => messages[`status.${status}`] }]),
)) as Record<ChangeStatus, string>;

/** Names of the text languages, for the interface (read when used). */
export const LANGUAGE_NAME: Readonly<Record<Lang, string>> = Object.defineProperties({}, {
  rus: { enumerable: true, get: () => messages['lang.rus'] },
  kaz: { enumerable: true, get: () => messages['lang.kaz'] },
}) as Record<Lang, string>;

/**
 * An article's status in words: `renumbered and amended` / `moved and amended` when
 * its wording changed as well, so no report reads a reworded article as merely moved.
 */
export function articleStatusLabel(article: { status: ChangeStatus; textChanged: boolean }): string {
  const { status } = article;
  return (status === 'renumbered' || status === 'moved') && article.textChanged
    ? messages['status.andAmended'](status) : STATUS_LABEL[status];
}

/** Of the articles counted under `status`, how many also had their wording changed (renumbered / moved only). */
export function alsoAmendedCount(summary: DiffSummary, status: ChangeStatus): number {
  return status === 'renumbered' || status === 'moved' ? summary.alsoAmended?.[status] ?? 0 : 0;
}

/** `71 renumbered (67 of them also amended)`, `3 amended`: one status of a summary in words. */
export function statusCountText(summary: DiffSummary, status: ChangeStatus): string {
  return messages['summary.statusCount'](summary.articles[status] ?? 0, status, alsoAmendedCount(summary, status));
}

/**
 * The second figure every report states when the newer version carries wording
 * adopted but taking effect later: what the act changes once it is all in force.
 */
export function adoptedSentence(diff: VersionDiff): string | undefined {
  const a = diff.adopted;
  return a && messages['summary.adopted'](a.pendingArticles, a.summary.changed, a.summary.total);
}

/** What a report says when it shows no article: nothing changed, or nothing among the articles asked for. */
export function nothingShown(diff: VersionDiff): string {
  return diff.summary.changed ? messages['report.noneShownChanged'] : messages['report.noChanges'];
}

/** `Article 44`, `Article 83-1`, `Preamble` (a hand-made store's number could hold control sequences: dropped). */
export const articleTitle = (number: string): string => messages['article.title'](oneLine(number));
/** The same in running text: `article 71-1`, `the preamble`. */
export const articleTitleInline = (number: string): string => messages['article.titleInline'](oneLine(number));
/** `subpoint` for labels like `2)`, `point` for `1.`; plural when asked. */
export const pointNoun = (label: string, many?: boolean): string => messages['point.noun'](label, many);
/** `2022-06-08 № 254-III`, or just the date when the act has no number. */
export const formatAct = (act: ActRef): string => messages['act.short'](act);

/** Where an attributed act's credit was read: `footnote`, … (text views), `named in a footnote`, … (HTML). */
export function actSourceWord(source: AttributedAct['source'], form: 'short' | 'long'): string {
  return messages[form === 'short' ? `actSource.short.${source}` as const : `actSource.${source}` as const];
}
