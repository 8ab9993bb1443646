// Comparing any two versions: every pair is built as a page of the change report
// (report/html, the same page `constdiff report` writes, with the Kazakh text
// beside the Russian where both versions have it), the compare page links to
// them all in a table that needs no script, and its form picks one.
import { h } from 'hastscript';
import { renderHtmlChunks } from '../html/index.js';
import {cleanText } from '../html/context.js';
import { pairPage, type SiteData, SITE_LANG } from './model.js';
import { sitePage } from './shell.js';

export const COMPARE_SCRIPT = `(function () {
  'use strict';
  var form = document.getElementById('compare-form');
  var from = document.getElementById('from');
  var to = document.getElementById('to');
  var status = document.getElementById('compare-status');
  form.hidden = false;
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var a = from.value; var b = to.value;
    if (a === b) { status.textContent = 'Choose two different versions.'; return; }
    if (a > b) { var t = a; a = b; b = t; }
    location.href = 'changes/' + a + '_' + b + '.html';
  });
})();`;

/** Every pair of versions, older first. */
export function pairs(data: SiteData): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < data.versions.length; i++) for (let j = i + 1; j < data.versions.length; j++) out.push([i, j]);
  return out;
}

/** The change report of a pair, made when it is written (one pair in memory at a time). */
export function* pairReport(data: SiteData, i: number, j: number): Generator<string> {
  const { diff, parallel } = data.pair(data.versions[i], data.versions[j]);
  yield* renderHtmlChunks(diff, {
    ...(parallel ? { parallel } : {}),
    ...(data.generatedAt ? { generatedAt: data.generatedAt } : {}),
  });
}

export function comparePage(data: SiteData): ReturnType<typeof sitePage> {
  const ids = data.versions.map((v) => v.id);
  const options = (selected: number) => data.versions.map((v, i) => h('option', { value: v.id, selected: i === selected }, `${cleanText(v.id)} — ${cleanText(v.label)}`));
  return sitePage({
    depth: 0, path: 'compare.html', lang: SITE_LANG, generatedAt: data.generatedAt, scripts: [COMPARE_SCRIPT],
    title: 'Compare any two versions',
    body: [h('main', [
      h('h1', 'Compare any two versions'),
      h('p', `Each of the ${pairs(data).length} pairs of the ${ids.length} versions has its change report: every article, `
        + 'word by word, inline or side by side, with the Kazakh text beside the Russian where both versions have it.'),
      h('form#compare-form.compare-form', { hidden: true }, [
        h('label', ['From ', h('select#from', options(Math.max(0, ids.length - 2)))]),
        h('label', ['to ', h('select#to', options(ids.length - 1))]),
        h('button', { type: 'submit' }, 'Compare'),
      ]),
      h('p#compare-status', { role: 'status' }),
      h('h2', 'Every pair'),
      h('div.table-wrap', h('table.pairs', [
        h('caption', 'Row: the older version; column: the newer one.'),
        h('thead', h('tr', [h('td'), ...ids.slice(1).map((id) => h('th', { scope: 'col' }, cleanText(id)))])),
        h('tbody', ids.slice(0, -1).map((a, i) => h('tr', [
          h('th', { scope: 'row' }, cleanText(a)),
          ...ids.slice(1).map((b, k) => h('td', k + 1 > i ? h('a', { href: pairPage(a, b), title: `${a} → ${b}` }, '⇄') : null)),
        ]))),
      ])),
    ])],
  });
}
