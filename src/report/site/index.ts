// `constdiff site`: the whole history as a static website, every page made from
// the engine's and the timeline's results (SiteData, model.ts). The pages come
// one at a time, each as pieces of text, so the writer (the CLI) never holds the
// site, or a large page, in memory at once.
import { toHtml } from 'hast-util-to-html';
import type { Root } from 'hast';
import { articleIndexPage, Histories, permalinkPage, provisions } from './article.js';
import { comparePage, pairReport, pairs } from './compare.js';
import { articleFeedXml, siteFeedXml } from './feeds.js';
import { articlesPage, homePage } from './home.js';
import { languagesPage } from './languages.js';
import { matrixPage } from './matrix.js';
import { allNumbers, articleFeed, articleIndex, pairPage, permalink, type SiteData } from './model.js';
import { searchPage } from './search.js';

export type { SiteData, SiteStep } from './model.js';
export { articleDir, articleIndex, pairPage, permalink } from './model.js';

/** One file of the site: its path under the site folder (with `/`) and its content, in pieces. */
export interface SiteFile {
  path: string;
  content: Iterable<string>;
}

/** The file that marks a folder as a constdiff site, so a later build may replace it. */
export const SITE_MARKER = '.constdiff-site';

const page = (path: string, build: () => Root): SiteFile => ({ path, content: { *[Symbol.iterator]() { yield toHtml(build()); } } });
const text = (path: string, build: () => string): SiteFile => ({ path, content: { *[Symbol.iterator]() { yield build(); } } });

export function* buildSite(data: SiteData): Generator<SiteFile> {
  yield text(SITE_MARKER, () => 'This folder was written by `constdiff site`; a new build replaces it whole.\n');
  yield page('index.html', () => homePage(data));
  yield page('matrix.html', () => matrixPage(data));
  yield page('articles.html', () => articlesPage(data));
  yield page('compare.html', () => comparePage(data));
  yield page('search.html', () => searchPage(data));
  yield page('languages.html', () => languagesPage(data));
  yield text('feed.xml', () => siteFeedXml(data));
  const histories = new Histories(data);
  for (const number of allNumbers(data)) {
    yield page(articleIndex(number), () => articleIndexPage(data, histories, number));
    yield text(articleFeed(number), () => articleFeedXml(data, number, provisions(data, histories, number)));
    for (const [i, t] of data.timelines.rus.texts.entries()) {
      if (t.articles.some((a) => a.number === number)) yield page(permalink(number, t.version.id), () => permalinkPage(data, histories, number, i));
    }
  }
  for (const [i, j] of pairs(data)) {
    yield { path: pairPage(data.versions[i].id, data.versions[j].id), content: { [Symbol.iterator]: () => pairReport(data, i, j) } };
  }
}
