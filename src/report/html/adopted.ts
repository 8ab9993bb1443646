// Two views of the newer text on one page: as in force on its date, and as
// adopted (the wording adopted for later applied). A pair of radios before
// <main> switches them from CSS, so the switch works with scripts off; the
// view in force is checked at first. Only the parts that differ are written
// twice: the summary, the list of changes, the change map, and the articles
// that carry pending wording.
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { ArticleDiff, VersionDiff } from '../../types.js';
import { createContext, type ReportContext, UI_LANG, withDates } from './context.js';

export type ViewName = 'force' | 'adopted';

/** One place of the page's reading order: the article in force, as adopted, or both. */
export interface Entry {
  id: string;
  force?: ArticleDiff;
  adopted?: ArticleDiff;
  /** Whether the two views show this article differently (it carries pending wording). */
  differs: boolean;
}

/** The changed articles before and after an article, in one view. */
export interface Neighbours { prev?: string; next?: string }

/** What the page shows: the view in force, and the adopted one when there is one. */
export interface PageViews {
  force: ReportContext;
  adopted?: ReportContext;
  entries: Entry[];
  /** For each changed article (by entry id), the changed articles before and after it in each view. */
  neighbours: Record<ViewName, Map<string, Neighbours>>;
}

function neighbours(entries: Entry[], view: ViewName): Map<string, Neighbours> {
  const changed = entries.filter((e) => e[view] && e[view].status !== 'unchanged').map((e) => e.id);
  return new Map(changed.map((id, i) => [id, { prev: changed[i - 1], next: changed[i + 1] }]));
}

function withNeighbours(views: Omit<PageViews, 'neighbours'>): PageViews {
  return { ...views, neighbours: { force: neighbours(views.entries, 'force'), adopted: neighbours(views.entries, 'adopted') } };
}

const key = (a: ArticleDiff) => `${a.number}|${a.previousNumber ?? ''}|${a.new ? 'n' : 'o'}`;

/**
 * The articles of both comparisons in one reading order: each article in force
 * with its adopted counterpart (same number and former number); an article only
 * the adopted text has goes after the one before it there.
 */
export function pageViews(ctx: ReportContext, adopted: VersionDiff | undefined): PageViews {
  const entries: Entry[] = ctx.diff.articles.map((a) => ({ id: ctx.idOf(a), force: a, differs: false }));
  if (!adopted) return withNeighbours({ force: ctx, entries });
  const byKey = new Map(entries.map((e) => [key(e.force!), e]));
  let at = -1;
  for (const a of adopted.articles) {
    const entry = byKey.get(key(a));
    if (entry && !entry.adopted) {
      entry.adopted = a;
      entry.differs = Boolean(entry.force?.new?.pending.length) || entry.force?.status !== a.status;
      at = entries.indexOf(entry);
    } else {
      entries.splice(++at, 0, { id: `article-adopted-${entries.length}`, adopted: a, differs: true });
    }
  }
  for (const e of entries) if (!e.adopted) e.differs = true;
  const ids = new Map<ArticleDiff, string>(entries.flatMap((e) => (e.adopted ? [[e.adopted, e.id] as const] : [])));
  const actx: ReportContext = { ...createContext(adopted), idOf: (a) => ids.get(a) ?? 'article-unknown' };
  return withNeighbours({ force: ctx, adopted: actx, entries });
}

/** The part `make` builds for each view, each shown only in its view; just the one when there is no adopted view. */
export function perView(views: PageViews, make: (ctx: ReportContext, view: ViewName) => ElementContent | ElementContent[] | null): ElementContent[] {
  const list = (x: ElementContent | ElementContent[] | null) => (x === null ? [] : Array.isArray(x) ? x : [x]);
  if (!views.adopted) return list(make(views.force, 'force'));
  return [
    h('div.only-force', list(make(views.force, 'force'))),
    h('div.only-adopted', list(make(views.adopted, 'adopted'))),
  ];
}

/** Radios that drive the view switch from CSS; siblings before <main>, like the redline/side-by-side radios. */
export function whenRadios(views: PageViews): Element[] {
  if (!views.adopted) return [];
  return [
    h('input#when-force.vh', { type: 'radio', name: 'when', checked: true }),
    h('input#when-adopted.vh', { type: 'radio', name: 'when' }),
  ];
}

/** The switch between the two views, for the toolbar (nothing when there is one view). */
export function whenSwitch(views: PageViews): Element | null {
  if (!views.adopted) return null;
  return h('div.switch.when', { role: 'group', ariaLabel: 'Which text of the newer version', lang: UI_LANG }, [
    h('label', { htmlFor: 'when-force' }, withDates(`In force on ${views.force.diff.to.effective}`)),
    h('label', { htmlFor: 'when-adopted' }, 'As adopted (pending wording applied)'),
  ]);
}

/** The sentence that points a reader of the view in force to the adopted one. */
export function adoptedPointer(views: PageViews): Element | null {
  const a = views.force.diff.adopted;
  if (!views.adopted || !a) return null;
  const n = a.pendingArticles.length;
  return h('p.adopted', { lang: UI_LANG }, [
    `${n} ${n === 1 ? 'article' : 'articles'} (${a.pendingArticles.join(', ')}) also ${n === 1 ? 'carries' : 'carry'} wording adopted but taking effect later, `
      + 'shown below each as a redline against the text it replaces. ',
    h('label.link', { htmlFor: 'when-adopted' }, 'Show the text as adopted'),
    `: with that wording applied, ${a.summary.changed} of ${a.summary.total} articles are changed.`,
  ]);
}

/** Back to the view in force, for the adopted view's summary. */
export function forcePointer(views: PageViews): Element | null {
  if (!views.adopted) return null;
  return h('p.adopted', { lang: UI_LANG }, [
    'This view applies the wording adopted for later to the newer text. ',
    h('label.link', { htmlFor: 'when-force' }, withDates(`Show the text in force on ${views.force.diff.to.effective}`)),
    '.',
  ]);
}
