// Self-contained HTML change report: one file, no network, readable offline,
// printable. Built as a hast tree and serialized, so all text is escaped; large
// reports are written piece by piece. The entry point of report/html.
import type { Element, ElementContent, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { randomUUID } from 'node:crypto';
import type { VersionDiff } from '../../types.js';
import { articleSection } from './article.js';
import { cleanText, createContext, groupBySection, type ReportContext, sectionTitle, uiLang } from './context.js';
import { htmlDocument, toolbar, viewRadios } from './document.js';
import { messages } from '../messages.js';
import { changeMap, defaultTitle, pageHeader, summarySection, tableOfContents } from './overview.js';
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
}

/** The content of the articles container, one node at a time: each section's heading, then its articles. */
function* articles(ctx: ReportContext): Generator<ElementContent> {
  for (const group of groupBySection(ctx.diff.articles)) {
    yield h('h2.section-title', { id: group.id, lang: group.title === null ? uiLang() : ctx.textLang }, sectionTitle(group));
    for (const article of group.articles) yield articleSection(article, ctx);
  }
}

function footer(options: PageOptions): Element {
  return h('footer.page-footer', { lang: uiLang() }, [
    h('p', [
      messages['html.footer'],
      options.generatedAt ? messages['html.generated'](cleanText(options.generatedAt)) : '',
    ]),
  ]);
}

/** The page; the parts that grow with the number of articles take their children through `fill` (pieces.ts). */
export function buildPage(ctx: ReportContext, options: PageOptions, fill: Fill = wholeTree): Root {
  const title = options.title === undefined ? defaultTitle(ctx) : cleanText(options.title);
  return htmlDocument({
    lang: ctx.textLang,
    title,
    body: [
      h('a.skip', { href: '#articles', lang: uiLang() }, messages['html.skip']),
      pageHeader(ctx, options.title),
      ...viewRadios(),
      h('main', [
        summarySection(ctx),
        changeMap(ctx, fill),
        tableOfContents(ctx, fill),
        toolbar(),
        h('div#articles.articles', fill(articles(ctx))),
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
