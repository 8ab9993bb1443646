// The json and html reports written piece by piece (renderJsonChunks,
// renderHtmlChunks; what `diff` and `report` write) are byte for byte the text of
// the whole report built at once, on every stored pair of versions, and each
// piece holds at most one article.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openStore } from '../src/store/index.js';
import { compareVersions, parallelDiff, type CompareRequest } from '../src/cli/compare.js';
import { buildHtmlTree, renderHtml, renderHtmlChunks, serializeHtml, type HtmlReportOptions } from '../src/report/html/index.js';
import { renderJson, renderJsonChunks, toJsonReport } from '../src/report/json.js';
import type { Lang, VersionDiff } from '../src/types.js';
import { SAMPLE_DIFF } from './fixtures/sample-diff.js';

const store = openStore();
const versions = store.constitution('kz').versions;

interface Case { name: string; diff: VersionDiff; html: HtmlReportOptions }

function realCases(): Case[] {
  const cases: Case[] = [];
  const add = (req: CompareRequest, parallel?: Lang) => {
    const diff = compareVersions(store, req);
    const other = parallel ? parallelDiff(store, req, parallel, 'html') : undefined;
    cases.push({ name: `${req.from}→${req.to} ${req.lang}${req.exact ? ' exact' : ''}${req.asAdopted ? ' as adopted' : ''}${parallel ? ` + ${parallel}` : ''}`, diff, html: other ? { parallel: other } : {} });
  };
  // Every consecutive pair, and the first against the last.
  for (let i = 1; i < versions.length; i++) add({ constitution: 'kz', from: versions[i - 1].id, to: versions[i].id, lang: 'rus' });
  add({ constitution: 'kz', from: versions[0].id, to: versions.at(-1)!.id, lang: 'rus' });
  const referendum = { constitution: 'kz', from: '2019-03-23', to: '2022-06-08' };
  add({ ...referendum, lang: 'kaz' });
  add({ ...referendum, lang: 'rus', exact: true });
  add({ ...referendum, lang: 'rus', asAdopted: true });
  add({ ...referendum, lang: 'rus' }, 'kaz');
  add({ ...referendum, lang: 'kaz' }, 'rus');
  return cases;
}

const CASES = realCases();

test('real data: the html pieces make exactly the whole serialized tree', () => {
  assert.ok(CASES.length >= 10);
  for (const { name, diff, html } of CASES) {
    const whole = serializeHtml(buildHtmlTree(diff, html));
    assert.ok(whole.length > 10_000, name);
    assert.equal([...renderHtmlChunks(diff, html)].join(''), whole, name);
    assert.equal(renderHtml(diff, html), whole, name);
  }
});

test('real data: the json pieces make exactly JSON.stringify of the whole report', () => {
  for (const { name, diff } of CASES) {
    const whole = `${JSON.stringify(toJsonReport(diff), null, 2)}\n`;
    assert.equal([...renderJsonChunks(diff)].join(''), whole, name);
    assert.equal(renderJson(diff), whole, name);
  }
});

/** How often `needle` occurs in `text`. */
function count(text: string, needle: string): number {
  return text.split(needle).length - 1;
}

test('html: every article, contents section and change-map cell is a piece of its own', () => {
  const { diff } = CASES.find((c) => c.name === '2019-03-23→2022-06-08 rus')!;
  const pieces = [...renderHtmlChunks(diff)];
  const articles = pieces.filter((p) => p.startsWith('<section id="') && p.includes(' class="article '));
  assert.equal(articles.length, diff.articles.length);
  for (const piece of articles) assert.equal(count(piece, '<section '), 1);
  const cells = pieces.filter((p) => p.startsWith('<a href="#') && p.includes(' class="cell '));
  assert.equal(cells.length, diff.articles.length);
  for (const piece of cells) assert.equal(count(piece, '<rect '), 1);
  const tocSections = pieces.filter((p) => p.startsWith('<li class="toc-section">'));
  const sectionTitles = pieces.filter((p) => p.startsWith('<h2 class="section-title"'));
  assert.ok(sectionTitles.length > 5);
  assert.equal(tocSections.length, sectionTitles.length);
  // What is not a piece of its own (the page around the articles) holds none of them.
  for (const piece of pieces) {
    assert.ok(count(piece, 'class="article ') <= 1);
    assert.ok(count(piece, 'class="cell ') <= 1);
  }
});

test('json: one piece per article, each the article as the whole report has it', () => {
  const { diff } = CASES.find((c) => c.name === '2019-03-23→2022-06-08 rus')!;
  const pieces = [...renderJsonChunks(diff)];
  assert.equal(pieces.length, diff.articles.length + 2);
  const expected = toJsonReport(diff).articles;
  pieces.slice(1, -1).forEach((piece, i) => assert.deepEqual(JSON.parse(piece.replace(/^,/u, '')), expected[i]));
});

/** SAMPLE_DIFF with text that looks like the pieces' own seams. */
function seamLookalikes(): VersionDiff {
  const diff = structuredClone(SAMPLE_DIFF);
  const article = diff.articles.find((a) => a.blocks.some((b) => b.ops.length))!;
  const tricky = '<!--constdiff-piece--> --> \n  "articles": [] "articles": [\n  ] <section class="article x"> </svg> <!--';
  article.blocks[0].ops[0].text = tricky;
  article.new!.section = tricky;
  return diff;
}

test('text that looks like a seam, and a report without articles, come out the same', () => {
  const empty: VersionDiff = { ...SAMPLE_DIFF, articles: [] };
  // The referendum pair carries `adopted`, the key after the articles.
  const referendum = CASES.find((c) => c.name === '2019-03-23→2022-06-08 rus')!.diff;
  const emptyAdopted: VersionDiff = { ...referendum, articles: [] };
  for (const diff of [SAMPLE_DIFF, seamLookalikes(), empty, emptyAdopted]) {
    assert.equal([...renderHtmlChunks(diff)].join(''), serializeHtml(buildHtmlTree(diff)));
    const json = [...renderJsonChunks(diff)].join('');
    assert.equal(json, `${JSON.stringify(toJsonReport(diff), null, 2)}\n`);
    assert.deepEqual(JSON.parse(json), toJsonReport(diff));
  }
  assert.match(renderJson(empty), /\n {2}"articles": \[\]\n\}\n$/u);
  assert.match(renderJson(emptyAdopted), /\n {2}"articles": \[\],\n {2}"adopted": \{/u);
  assert.match(renderHtml(empty), /<div id="articles" class="articles"><\/div>/u);
});
