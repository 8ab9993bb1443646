// The text in force on a date: the latest version that had taken effect by
// then, with the pending wording it carries that was due by that date applied.
import type { Article, ArticlePending, ConstitutionInfo, InForce, Lang, NumberingChange, VersionInfo } from '../types.js';
import { alignVersions } from '../diff/index.js';
import type { VersionText } from './history.js';
import { NotFoundError } from './errors.js';
import { applyPending, isDue } from './pending.js';

/** The version in force on `date` (ISO): the latest whose `effective` is not after it; of two taking effect the same day, the later id. */
export function versionInForce(constitution: ConstitutionInfo, date: string): VersionInfo {
  const inForce = constitution.versions.filter((v) => v.effective <= date);
  const version = inForce.sort((a, b) => a.effective.localeCompare(b.effective) || a.id.localeCompare(b.id)).at(-1);
  if (!version) {
    const first = constitution.versions.map((v) => v.effective).sort()[0];
    throw new NotFoundError(`no version of ${constitution.id} is in force on ${date} (the earliest took effect on ${first})`);
  }
  return version;
}

/** What was in force on `date`: `articles` are those of `version` (versionInForce) in `lang`. */
export function inForceOn(constitution: string, date: string, lang: Lang, version: VersionInfo, articles: Article[]): InForce {
  const due = { until: date };
  const carried = (wanted: boolean): ArticlePending[] =>
    articles.flatMap((a) => a.pending.filter((p) => isDue(p, due) === wanted).map((pending) => ({ article: a.number, pending })));
  return { constitution, date, lang, version, applied: carried(true), waiting: carried(false) };
}

/**
 * Whether article `number` of `current` is the article of that number in
 * `previous` (the version before it); when not, what each number names now.
 */
export function numberingChange(previous: VersionText, current: VersionText, number: string): NumberingChange | undefined {
  const slots = alignVersions(previous.articles, current.articles);
  const here = slots.find((s) => s.newIndex !== undefined && current.articles[s.newIndex].number === number);
  const before = slots.find((s) => s.oldIndex !== undefined && previous.articles[s.oldIndex].number === number);
  const formerNumber = here?.oldIndex !== undefined ? previous.articles[here.oldIndex].number : undefined;
  // Same article under the same number, or a number new in `current` that names nothing else: no change to tell.
  if (formerNumber === number || (!before && formerNumber === undefined)) return undefined;
  const numberNow = before?.newIndex !== undefined ? current.articles[before.newIndex].number : undefined;
  return {
    previous: previous.version, number,
    ...(formerNumber !== undefined ? { formerNumber } : {}),
    ...(numberNow !== undefined && before ? { numberNow } : {}),
  };
}

/** One article as in force on the date of `inForce`, and the pending wording of that article alone. */
export function articleInForce(inForce: InForce, articles: Article[], number: string): { inForce: InForce; article: Article } {
  const article = articles.find((a) => a.number === number);
  if (!article) throw new NotFoundError(`article ${number} is not in ${inForce.version.id}, the version in force on ${inForce.date}`);
  const mine = (list: ArticlePending[]) => list.filter((x) => x.article === number);
  return {
    inForce: { ...inForce, applied: mine(inForce.applied), waiting: mine(inForce.waiting) },
    article: applyPending(article, { until: inForce.date }),
  };
}
