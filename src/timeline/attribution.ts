// Which act changed an article between two versions. The exports say so in the
// article's footnotes ("Статья 44 с изменениями, внесенными законами РК от …"):
// an act dated after the old version took effect and not after the new one did
// is credited with the change. A change that came from wording the old text
// carried as pending (due by the new version's date) is credited to the act that
// adopted that wording, because the footnotes name it with its adoption date,
// which lies before the old version.
//
// A newly adopted text (the 2026 Constitution) has no amendment history: no
// footnote names an act dated before the version itself. Its changes are credited to
// the version's own act, dated with the version id.
//
// Mismatches are reported, never smoothed over: a changed article with no such
// act, and an unchanged one whose footnote names one.
import type {
  ActRef, Article, ArticleAttribution, ArticleDiff, AttributedAct, VersionAttribution, VersionDiff, VersionInfo,
} from '../types.js';
import { isDue } from './pending.js';
import { ReversedPairError } from './errors.js';

const key = (a: ActRef): string => `${a.date}|${a.number ?? ''}`;

/** Acts named in the footnotes of the article's new side with a date in (from.effective, to.effective]. */
export function footnoteActs(d: ArticleDiff, from: VersionInfo, to: VersionInfo): AttributedAct[] {
  const out: AttributedAct[] = [];
  const seen = new Set<string>();
  for (const f of d.new?.footnotes ?? []) {
    for (const act of f.acts) {
      if (act.date <= from.effective || act.date > to.effective || seen.has(key(act))) continue;
      seen.add(key(act));
      out.push({ ...act, source: 'footnote' });
    }
  }
  return out;
}

/** Acts whose dated pending wording the old side carried and which took effect by the new version's date. */
export function pendingActs(d: ArticleDiff, to: VersionInfo): AttributedAct[] {
  const out: AttributedAct[] = [];
  const seen = new Set<string>();
  for (const p of d.old?.pending ?? []) {
    if (p.effective === null || !isDue(p, { until: to.effective }) || !p.actDate) continue;
    const act: ActRef = { date: p.actDate };
    if (seen.has(key(act))) continue;
    seen.add(key(act));
    out.push({ ...act, source: 'pending' });
  }
  return out;
}

/**
 * A newly adopted text: none of its footnotes names an act dated by the time it
 * took effect (a consolidated text names the amending acts, its own among them;
 * the 2026 Constitution names only the date it takes effect, which is no act).
 * The effective date, not the id: the source dates the 1998 text 06.10.1998, a
 * day before its amending law of 07.10.1998, the first act its footnotes name.
 */
export function isNewText(newArticles: Article[], to: VersionInfo): boolean {
  return !newArticles.some((a) => a.footnotes.some((f) => f.acts.some((x) => x.date <= to.effective)));
}

/**
 * The acts credited with one article's change, and a flag when the footnotes do
 * not fit the text. `newText`: the new version is a newly adopted text (isNewText).
 */
export function attributeArticle(d: ArticleDiff, from: VersionInfo, to: VersionInfo, newText = false): ArticleAttribution {
  const changed = d.status !== 'unchanged';
  const named = footnoteActs(d, from, to);
  const acts = changed ? [...named, ...pendingActs(d, to).filter((p) => !named.some((n) => n.date === p.date))] : named;
  if (changed && newText && !acts.some((a) => a.date === to.id)) acts.push({ date: to.id, source: 'version' });
  const flag = changed && !acts.length ? 'change-without-act' as const
    : !changed && acts.length ? 'act-without-change' as const : undefined;
  return {
    number: d.number,
    ...(d.previousNumber !== undefined ? { previousNumber: d.previousNumber } : {}),
    status: d.status,
    acts,
    ...(flag ? { flag } : {}),
  };
}

/** Attribution of every changed article of a comparison (and of unchanged ones a footnote claims were amended). */
export function attributeVersions(diff: VersionDiff): VersionAttribution {
  if (diff.from.id > diff.to.id) {
    // Read backwards, every change would be "unexplained": no act of the period made it.
    throw new ReversedPairError(`attribution reads forwards in time, but ${diff.from.id} is later than ${diff.to.id}; `
      + `name the older version first (attribution ${diff.to.id} ${diff.from.id})`);
  }
  const newText = isNewText(diff.articles.flatMap((d) => (d.new ? [d.new] : [])), diff.to);
  const articles = diff.articles
    .map((d) => attributeArticle(d, diff.from, diff.to, newText))
    .filter((a) => a.status !== 'unchanged' || a.flag !== undefined);
  return { constitution: diff.constitution, lang: diff.lang, from: diff.from, to: diff.to, articles };
}
