// Search across all versions without a server: at site time every distinct
// wording of every point (per language, article and label) is listed once with
// the versions it reads so in; the page's script finds a phrase in them and
// answers "since when does this wording exist?" with the first such version and
// a link to its permanent page. Matching is by phrase, case and ё/е aside and
// spaces evened out: legal wording is searched as written, not by stems.
import { h } from 'hastscript';
import type { Lang } from '../../types.js';
import { } from '../html/context.js';
import { LANGUAGE_NAME } from '../messages.js';
import { permalink, type SiteData, SITE_LANG } from './model.js';
import { dataBlock, sitePage } from './shell.js';

/** [language, article, point label, text, version indexes, permalink of the first] */
export type SearchEntry = [Lang, string, string | null, string, number[], string];

export function searchEntries(data: SiteData): SearchEntry[] {
  const ids = data.versions.map((v) => v.id);
  const entries = new Map<string, SearchEntry>();
  for (const lang of ['rus', 'kaz'] as const) {
    for (const t of data.timelines[lang]?.texts ?? []) {
      const vi = ids.indexOf(t.version.id);
      for (const a of t.articles) {
        for (const b of a.blocks) {
          const key = `${lang}\u0000${a.number}\u0000${b.label ?? ''}\u0000${b.text}`;
          const known = entries.get(key);
          if (known) known[4].push(vi);
          else entries.set(key, [lang, a.number, b.label, b.text, [vi], permalink(a.number, t.version.id)]);
        }
      }
    }
  }
  return [...entries.values()];
}

// The page's script: reads the data block, searches as the reader types, and
// builds the results with DOM text nodes only (never markup from the data).
export const SEARCH_SCRIPT = `(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('search-data').textContent);
  var norm = function (s) { return s.toLowerCase().replace(/ё/g, 'е').replace(/\\s+/g, ' ').trim(); };
  var texts = data.entries.map(function (e) { return norm(e[3]); });
  var form = document.getElementById('search-form');
  var input = document.getElementById('q');
  var langSel = document.getElementById('search-lang');
  var out = document.getElementById('results');
  var status = document.getElementById('search-status');
  document.getElementById('search-noscript').hidden = true;
  form.hidden = false;
  function el(tag, text, cls) { var e = document.createElement(tag); if (text) e.textContent = text; if (cls) e.className = cls; return e; }
  function marked(text, q) {
    var p = el('p'); var at = text.toLowerCase().replace(/ё/g, 'е').indexOf(q);
    if (at < 0) { p.textContent = text; return p; }
    p.appendChild(document.createTextNode(text.slice(0, at)));
    p.appendChild(el('mark', text.slice(at, at + q.length)));
    p.appendChild(document.createTextNode(text.slice(at + q.length)));
    return p;
  }
  function run() {
    var q = norm(input.value); var lang = langSel.value;
    while (out.firstChild) out.removeChild(out.firstChild);
    if (q.length < 2) { status.textContent = 'Type at least two letters.'; return; }
    var hits = [];
    for (var i = 0; i < texts.length; i++) if ((lang === 'any' || data.entries[i][0] === lang) && texts[i].indexOf(q) >= 0) hits.push(i);
    hits.sort(function (a, b) { return data.entries[a][4][0] - data.entries[b][4][0]; });
    status.textContent = hits.length ? hits.length + ' wordings contain it' + (hits.length > 200 ? ' (the first 200, oldest first)' : ', oldest first') + '.' : 'No wording of any version contains it.';
    hits.slice(0, 200).forEach(function (i) {
      var e = data.entries[i]; var li = el('li');
      var a = el('a', (e[1] === 'preamble' ? 'Preamble' : 'Article ' + e[1]) + (e[2] ? ', point ' + e[2] : '') + ' (' + data.langs[e[0]] + ')');
      a.href = e[5]; li.appendChild(a);
      var vs = e[4].map(function (v) { return data.versions[v]; });
      li.appendChild(el('span', ' — since ' + vs[0] + (vs.length > 1 ? '; reads so in ' + vs.join(', ') : ''), 'facts'));
      var p = marked(e[3], q); p.lang = data.tags[e[0]]; li.appendChild(p);
      out.appendChild(li);
    });
  }
  input.addEventListener('input', run);
  langSel.addEventListener('change', run);
  form.addEventListener('submit', function (event) { event.preventDefault(); run(); });
  if (location.hash.length > 1) { input.value = decodeURIComponent(location.hash.slice(1)); run(); }
})();`;

export function searchPage(data: SiteData): ReturnType<typeof sitePage> {
  const entries = searchEntries(data);
  return sitePage({
    depth: 0, path: 'search.html', lang: SITE_LANG, generatedAt: data.generatedAt, scripts: [SEARCH_SCRIPT],
    title: 'Search all versions',
    body: [h('main', [
      h('h1', 'Search all versions'),
      h('p', `Find a phrase in every point of every version (${entries.length} distinct wordings in Russian and Kazakh) and see since when it reads so. `
        + 'Case, ё/е and spacing do not matter; the phrase must appear as typed.'),
      h('p#search-noscript', 'Searching needs scripts, which are off. Every wording is on the article pages: see the list of articles and the reform matrix.'),
      h('form#search-form.search-box', { hidden: true, role: 'search' }, [
        h('label', { htmlFor: 'q' }, 'Phrase '), h('input#q', { type: 'search', autocomplete: 'off', placeholder: 'e.g. смертная казнь' }), ' ',
        h('label', { htmlFor: 'search-lang' }, 'in '),
        h('select#search-lang', [h('option', { value: 'any' }, 'both languages'), h('option', { value: 'rus' }, 'Russian'), h('option', { value: 'kaz' }, 'Kazakh')]),
      ]),
      h('p#search-status', { role: 'status' }),
      h('ol#results.results'),
      dataBlock('search-data', {
        versions: data.versions.map((v) => v.id), langs: LANGUAGE_NAME, tags: { rus: 'ru', kaz: 'kk' }, entries,
      }),
    ])],
  });
}
