// The reform matrix: a row per article (followed across renumberings, grouped by
// the section it last stood in), a column per version. A cell says whether the
// article changed in that version and how much (a heat scale, with the status
// written as a symbol too, so colour is never the only signal), names the act in
// its title (shown on hover) and links to that step's redline on the article's
// permalink page. Plain HTML and CSS: it scrolls with sticky headers on a phone
// and prints on paper.
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { ArticleLine } from '../../timeline/index.js';
import { STATUS_SYMBOL } from '../format.js';
import {articleName, cleanText, formatCount } from '../html/context.js';
import { articleStatusLabel } from '../messages.js';
import { articleIndex, heat, pairPage, permalink, type SiteData, stepActs, SITE_LANG } from './model.js';
import { sitePage } from './shell.js';

interface Row {
  line: ArticleLine;
  /** Index of the last version the line has an article in. */
  last: number;
  /** Position of that article in that version. */
  position: number;
  section: string;
}

/** Lines in the newest version first, in its reading order; lines that ended earlier after them, newest end first. */
function rows(data: SiteData): Row[] {
  const texts = data.timelines.rus.texts;
  return data.lines.map((line) => {
    let last = line.cells.length - 1;
    while (!line.cells[last]) last--;
    const cell = line.cells[last]!;
    const position = texts[last].articles.findIndex((a) => a.number === cell.number);
    return { line, last, position, section: cell.article.section ?? 'Preamble' };
  }).sort((a, b) => b.last - a.last || a.position - b.position);
}

function cell(data: SiteData, row: Row, i: number, acts: (step: number, d: NonNullable<ArticleLine['end']>['diff']) => string): Element {
  const version = data.versions[i];
  const c = row.line.cells[i];
  const base = { dataVersion: version.id };
  if (!c) {
    const end = row.line.end;
    if (end && end.version === i) {
      // The article is not in this version: repealed here, or (already a repealed stub) no longer listed.
      const d = end.diff;
      const number = d.old?.number ?? d.number;
      const what = d.status === 'repealed' ? 'repealed' : 'no longer listed (repealed before)';
      const title = `${articleName(number)}, ${version.id}: ${what}${d.status === 'repealed' ? ` · ${acts(i - 1, d)}` : ''}`;
      return h('td', { ...base, className: [`st-${d.status}`, `heat-${heat(d)}`], dataStatus: d.status, dataNumber: number, dataGone: 'true', title },
        h('a', { href: pairPage(data.versions[i - 1].id, version.id), ariaLabel: title }, d.status === 'repealed' ? STATUS_SYMBOL.repealed : ''));
    }
    return h('td.none', base);
  }
  const href = permalink(c.number, version.id);
  if (!c.diff) {
    const title = `${articleName(c.number)}, ${version.id}: the first stored text`;
    return h('td', { ...base, className: ['first'], dataStatus: 'first', dataNumber: c.number, title }, h('a', { href, ariaLabel: title }, '·'));
  }
  const d = c.diff;
  const words = d.counts.wordsAdded || d.counts.wordsRemoved ? `, +${formatCount(d.counts.wordsAdded)} / −${formatCount(d.counts.wordsRemoved)} words` : '';
  const former = d.old && d.old.number !== c.number ? ` (was ${d.old.number})` : '';
  const changed = d.status !== 'unchanged';
  const title = `${articleName(c.number)}${former}, ${version.id}: ${articleStatusLabel(d)}${words}${changed ? ` · ${acts(i - 1, d)}` : ''}`;
  return h('td', {
    ...base, className: [`st-${d.status}`, `heat-${heat(d)}`], dataStatus: d.status, dataNumber: c.number,
    dataWordsAdded: String(d.counts.wordsAdded), dataWordsRemoved: String(d.counts.wordsRemoved), title,
  }, h('a', { href: changed ? `${href}#changes` : href, ariaLabel: title }, changed ? STATUS_SYMBOL[d.status] : ''));
}

function rowHeader(row: Row): Element {
  const numbers = [...new Set(row.line.cells.flatMap((c) => (c ? [c.number] : [])))];
  const latest = numbers.at(-1)!;
  return h('th', { scope: 'row', dataNumbers: numbers.join(' ') },
    h('a', { href: articleIndex(latest), title: numbers.length > 1 ? `numbered ${numbers.join(' → ')}` : undefined },
      [latest === 'preamble' ? 'Preamble' : cleanText(latest), numbers.length > 1 ? h('small', ` ← ${numbers.slice(0, -1).reverse().map(cleanText).join(' ← ')}`) : null]));
}

const LEGEND: [string, string, string][] = [
  ['heat-0', '', 'unchanged'], ['heat-1', '~', 'a few words'], ['st-renumbered heat-1', '#', 'renumbered (moved: ^), wording kept or barely changed'], ['heat-2', '~', 'under a fifth of the words'],
  ['heat-3', '~', 'under half'], ['heat-4', '~', 'most of the text'], ['st-added heat-4', '+', 'new article'],
  ['st-repealed heat-4', '−', 'repealed'], ['first', '·', 'first stored text'], ['none', '', 'no such article'],
];

export function matrixPage(data: SiteData): ReturnType<typeof sitePage> {
  const acts = stepActs(data);
  const sorted = rows(data);
  const body: ElementContent[] = [];
  let group = '';
  sorted.forEach((row) => {
    const key = `${row.last}|${row.section}`;
    if (key !== group) {
      group = key;
      const until = row.last < data.versions.length - 1 ? ` (until ${data.versions[row.last].id})` : '';
      body.push(h('tr.section', h('th', { scope: 'rowgroup', colSpan: data.versions.length + 1, lang: 'ru' }, `${cleanText(row.section)}${until}`)));
    }
    body.push(h('tr', [rowHeader(row), ...data.versions.map((_, i) => cell(data, row, i, acts))]));
  });
  return sitePage({
    depth: 0, path: 'matrix.html', lang: SITE_LANG, generatedAt: data.generatedAt,
    title: `Reform matrix: ${sorted.length} articles × ${data.versions.length} versions`,
    body: [h('main', [
      h('h1', 'The reform matrix'),
      h('p', `Rows: ${sorted.length} articles, each followed across renumberings (the number on the left is its latest, `
        + 'earlier numbers after ←), grouped by the section it last stood in. Columns: the versions. A cell is coloured by how much of the '
        + 'article that version changed (Russian text); hover for the act, follow it for that step\'s redline.'),
      h('ul.legend-cells', LEGEND.map(([cls, sym, text]) => h('li', [h('span', { className: ['cell', ...cls.split(' ')] }, sym || '\u00a0'), text]))),
      h('div.matrix-wrap', { tabIndex: 0, role: 'region', ariaLabel: 'Reform matrix' }, h('table.matrix', [
        h('caption.vh', 'Articles by version: what each version changed'),
        h('thead', h('tr', [
          h('th', { scope: 'col' }, 'Article'),
          ...data.versions.map((v, i) => h('th', { scope: 'col', id: `col-${v.id}`, title: `${v.label} · ${v.act}` },
            h('a', { href: i > 0 ? pairPage(data.versions[i - 1].id, v.id) : 'index.html#v-' + v.id }, cleanText(v.id)))),
        ])),
        h('tbody', body),
      ])),
    ])],
  });
}
