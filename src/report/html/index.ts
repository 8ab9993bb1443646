// Self-contained HTML change report: one file, no network, readable offline,
// printable. Built as a hast tree and serialized, so all text is escaped; large
// reports are written piece by piece. The entry point of report/html.
import type { Element, ElementContent, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { randomUUID } from 'node:crypto';
import type { VersionDiff } from '../../types.js';
import type { ReportContext } from './context.js';
import { adoptedPointer, type Entry, forcePointer, pageViews, type PageViews, perView, whenRadios, whenSwitch } from './adopted.js';
import { articleSection, changeNav } from './article.js';
import { cleanText, createContext, formatCount, groupBySection, sectionTitle, UI_LANG } from './context.js';
import { htmlDocument, toolbar, viewRadios } from './document.js';
import { changedList } from './lead.js';
import { changeMap } from './map.js';
import { defaultTitle, pageHeader, sectionHeadings, summarySection, tableOfContents } from './overview.js';
export { CONTENT_SECURITY_POLICY, PAGE_SCRIPT_HASH } from './document.js';

// Writing a large page piece by piece. The parts of a page that grow with the
// number of articles (the change map's cells and rows, the contents, the
// articles) take their children through a `Fill`: building the whole tree puts
// them in place (wholeTree); serializePieces leaves a placeholder there and
// builds and serializes the children one at a time while the page is written.
//
// Why not build the tree and write it out in parts: thousands of nodes alive at
// once make V8 allocate every later node of the same kind straight into the old
// generation (allocation-site pretenuring), where only a full collection frees
// it; at 10,000 articles that alone doubled the report's peak memory.

/**
 * Places a run of children (elements, in the given space: 'svg' inside <svg>).
 * The children must not be text of a <script> or <style>, which is written raw.
 */
export type Fill = (children: Iterable<ElementContent>, space?: 'html' | 'svg') => ElementContent[];

/** Every child in place: the whole tree at once. */
export const wholeTree: Fill = (children) => [...children];

interface Hole {
  mark: string;
  children: Iterable<ElementContent>;
  space: 'html' | 'svg';
  at: number;
}

/**
 * The page `build` makes, serialized exactly as toHtml serializes the whole tree,
 * as a sequence of strings: the page with a placeholder comment for each filled
 * run, split at the placeholders, with each child of the run built and serialized
 * on its own in between (hast-util-to-html writes an element the same whatever
 * its siblings). All escaping stays with hast-util-to-html.
 */
export function* serializePieces(build: (fill: Fill) => Root): Generator<string> {
  // Placeholders no text can forge: text is escaped, and the id is new on every run.
  const id = randomUUID();
  const holes: Omit<Hole, 'at'>[] = [];
  const fill: Fill = (children, space = 'html') => {
    const value = `constdiff-piece-${id}-${holes.length}`;
    holes.push({ mark: `<!--${value}-->`, children, space });
    return [{ type: 'comment', value }];
  };
  const page = toHtml(build(fill));
  const placed: Hole[] = holes.map((hole) => {
    const at = page.indexOf(hole.mark);
    if (at < 0 || page.includes(hole.mark, at + 1)) throw new Error('HTML report: a placeholder must occur exactly once in the page');
    return { ...hole, at };
  }).sort((a, b) => a.at - b.at);
  let from = 0;
  for (const hole of placed) {
    yield page.slice(from, hole.at);
    for (const child of hole.children) yield toHtml(child, { space: hole.space });
    from = hole.at + hole.mark.length;
  }
  yield page.slice(from);
}

// The report page: header, view switch, summary, change map, contents,
// articles and footer, in the shared document shell (document.ts).
export interface PageOptions {
  title?: string;
  generatedAt?: string;
  /**
   * The same pair of versions compared in a second language: each changed
   * article's word diff is shown in both languages side by side.
   */
  parallel?: VersionDiff;
  /**
   * The same comparison with the wording adopted for later applied to the newer
   * text: the page then offers both views, switchable, the one in force first.
   */
  adopted?: VersionDiff;
  /** The constitution's name for the page title (the store's manifest title); its id otherwise. */
  constitutionTitle?: string;
}

/** One article of the page: once when both views show it alike, else each view's own, shown in its view. */
function entrySection(entry: Entry, views: PageViews): Element {
  const nav = (view?: 'force' | 'adopted') => changeNav(entry.id, views, view);
  if (!entry.differs || !views.adopted) return articleSection(entry.force!, views.force, () => nav());
  return h('div.pair', { id: entry.id }, [
    entry.force ? articleSection(entry.force, views.force, () => nav('force'), 'force') : null,
    entry.adopted ? articleSection(entry.adopted, views.adopted, () => nav('adopted'), 'adopted') : null,
  ]);
}

/** The content of the articles container, one node at a time: each section's heading, then its articles. */
function* articles(views: PageViews): Generator<ElementContent> {
  const { force } = views;
  for (const group of groupBySection(views.entries, (e) => (e.force ?? e.adopted)!)) {
    yield h('h2.section-title', { id: group.id, lang: group.title === null ? UI_LANG : force.textLang }, sectionTitle(group));
    for (const entry of group.articles) yield entrySection(entry, views);
  }
}

/** Print leaves unchanged articles out (the screen folds them); the printout says so. */
function unprinted(ctx: ReportContext): Element | null {
  const n = ctx.diff.articles.reduce((k, a) => k + (a.status === 'unchanged' ? 1 : 0), 0);
  return n ? h('p.print-only', { lang: UI_LANG }, `${formatCount(n)} unchanged ${n === 1 ? 'article is' : 'articles are'} not printed.`) : null;
}

function footer(options: PageOptions): Element {
  return h('footer.page-footer', { lang: UI_LANG }, [
    h('p', [
      'Made with constdiff. Footnotes, notes and pending wordings are shown for reference; they are not constitutional text.',
      options.generatedAt ? ` Generated ${cleanText(options.generatedAt)}.` : '',
    ]),
  ]);
}

/** The page; the parts that grow with the number of articles take their children through `fill` (pieces.ts). */
export function buildPage(ctx: ReportContext, options: PageOptions, fill: Fill = wholeTree): Root {
  const title = options.title === undefined ? defaultTitle(ctx, options.constitutionTitle) : cleanText(options.title);
  const views = pageViews(ctx, options.adopted);
  return htmlDocument({
    lang: ctx.textLang,
    title,
    body: [
      h('a.skip', { href: '#articles', lang: UI_LANG }, 'Skip to the articles'),
      pageHeader(ctx, options.title, options.constitutionTitle),
      ...viewRadios(),
      ...whenRadios(views),
      h('main', [
        ...perView(views, (c, view) => [
          summarySection(c, views.adopted ? (view === 'force' ? adoptedPointer(views) : forcePointer(views)) : undefined),
          ...[changedList(c, fill)].filter((x) => x !== null),
        ]),
        ...sectionHeadings(ctx),
        ...perView(views, (c) => changeMap(c, fill)),
        tableOfContents(ctx, fill),
        toolbar(whenSwitch(views)),
        unprinted(ctx),
        h('div#articles.articles', fill(articles(views))),
      ]),
      footer(options),
    ],
  });
}

export type HtmlReportOptions = PageOptions;

/** The report as a hast tree (no serialization), e.g. for tests or further processing. */
export function buildHtmlTree(diff: VersionDiff, options: HtmlReportOptions = {}): Root {
  return buildPage(createContext(diff, options.parallel), options);
}

export function serializeHtml(tree: Root): string {
  return toHtml(tree);
}

/**
 * The report as pieces of HTML that, written one after another, make exactly
 * the document `serializeHtml(buildHtmlTree(…))` makes, with one article (or
 * contents section, or change-map cell) built at a time instead of the whole
 * tree: memory stays near the comparison's own size however long the report.
 */
export function renderHtmlChunks(diff: VersionDiff, options: HtmlReportOptions = {}): Generator<string> {
  const ctx = createContext(diff, options.parallel);
  return serializePieces((fill) => buildPage(ctx, options, fill));
}

/** The whole report as one HTML document. */
export function renderHtml(diff: VersionDiff, options: HtmlReportOptions = {}): string {
  return [...renderHtmlChunks(diff, options)].join('');
}
