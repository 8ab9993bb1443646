// The HTML history page and the two-language report as documents (no browser):
// escaping, CSP, headings, timeline rows, folding of unchanged steps, and the
// Russian/Kazakh columns of `--parallel` on the real referendum pair.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Element } from 'hast';
import { articleHistory, Timeline } from '../src/timeline/index.js';
import { openStore } from '../src/store/index.js';
import { buildHtmlTree, CONTENT_SECURITY_POLICY, renderHtml } from '../src/report/html/index.js';
import { buildHistoryTree, renderHistoryHtml } from '../src/report/html/history.js';
import { loadTimeline, compareVersions } from '../src/cli/compare.js';
import type { Article, VersionInfo } from '../src/types.js';
import { FROM, SAMPLE_DIFF, TO } from './fixtures/sample-diff.js';
import { childElements, classes, elements, headingLevels, text } from './helpers/hast.js';

/** Article 90 of the sample (injected markup, an ANSI escape) through three hand-made versions. */
function hostileHistory() {
  const a90 = (v: VersionInfo, which: 'old' | 'new'): Article => {
    const source = SAMPLE_DIFF.articles.find((a) => a.number === '90')![which]!;
    return { ...source, version: v.id };
  };
  const EARLY: VersionInfo = { ...FROM, id: '2007-05-21', effective: '2007-05-21', label: 'early <b>label</b>', aliases: [] };
  const timeline = new Timeline('kz', 'rus', [
    { version: EARLY, articles: [a90(EARLY, 'old')] },
    { version: FROM, articles: [a90(FROM, 'old')] },
    { version: TO, articles: [a90(TO, 'new')] },
  ]);
  return articleHistory(timeline, '90');
}

describe('renderHistoryHtml: a hand-made history', () => {
  const history = hostileHistory();
  const html = renderHistoryHtml(history);
  const tree = buildHistoryTree(history);

  test('injected markup is text, control characters are gone, CSP and the one hashed script as in the report', () => {
    assert.equal(html.match(/<script/gi)?.length, 1);
    assert.equal(html.match(/<img/gi), null);
    assert.equal(html.match(/<\w+[^>]*\son\w+=/gi), null);
    // The real word diff splits the markup into several ops; every piece is escaped.
    assert.ok(html.includes('script>alert(1)&#x3C;/script'));
    assert.ok(!html.includes('<script>alert'));
    assert.ok(html.includes('early &#x3C;b>label&#x3C;/b>'));
    assert.equal(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/.test(html), false);
    const meta = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)">/);
    assert.equal(meta?.[1]!.replace(/&#x27;/g, "'"), CONTENT_SECURITY_POLICY);
    assert.deepEqual(elements(tree).filter((e) => ['link', 'img', 'iframe', 'object', 'embed'].includes(e.tagName)), []);
  });

  test('timeline: a row per version with its date, number, change and acts', () => {
    const rows = elements(tree).filter((e) => e.tagName === 'tr' && e.properties.dataVersion !== undefined);
    assert.deepEqual(rows.map((r) => [r.properties.dataVersion, r.properties.dataStatus]),
      [['2007-05-21', 'first'], ['2019-03-23', 'unchanged'], ['2022-06-08', 'amended']]);
    const last = childElements(rows[2]).map(text);
    assert.deepEqual(last.slice(0, 3), ['2022-06-08', '2022-06-08', '90']);
    assert.match(last[3], /^amended \+\d+ \/ −\d+ words$/);
    // No footnote names an earlier act, so the engine treats the version as a new text credited to itself.
    assert.equal(last[4], '2022-06-08 (the new text itself)');
  });

  test('the first version in full, an unchanged one folded, a change as redline and table', () => {
    const steps = elements(tree).filter((e) => classes(e).includes('history-step'));
    assert.deepEqual(steps.map((s) => s.properties.id), ['v-2007-05-21', 'v-2019-03-23', 'v-2022-06-08']);
    assert.equal(elements(steps[0]).some((e) => e.tagName === 'ins' || e.tagName === 'del'), false, 'first text unmarked');
    assert.ok(text(steps[0]).includes('Текст <b>статьи</b>'));
    assert.equal(elements(steps[1])[1].tagName, 'details');
    const changed = elements(steps[2]);
    assert.ok(changed.some((e) => classes(e).includes('redline')) && changed.some((e) => classes(e).includes('sbs')));
    assert.ok(changed.some((e) => e.tagName === 'ins' && text(e).includes('script>alert(1)</script')));
    assert.ok(changed.some((e) => e.tagName === 'th' && text(e) === 'Before · 2019-03-23'), 'compared with the previous version');
  });

  test('one h1, headings never skip a level, lang ru with English chrome', () => {
    const levels = headingLevels(tree);
    assert.equal(levels.filter((l) => l === 1).length, 1);
    levels.forEach((l, i) => { if (i > 0) assert.ok(l <= levels[i - 1] + 1, `h${levels[i - 1]} -> h${l}`); });
    assert.match(html, /<html lang="ru">/);
    assert.ok(elements(tree).some((e) => classes(e).includes('timeline-section') && e.properties.lang === 'en'));
  });
});

describe('renderHistoryHtml: the real store', () => {
  const timeline = loadTimeline(openStore(), 'kz', 'rus');

  test('the state language: article 7 until 2023, article 9 in the 2026 Constitution', () => {
    const tree = buildHistoryTree(articleHistory(timeline, '7'));
    const rows = elements(tree).filter((e) => e.tagName === 'tr' && e.properties.dataVersion !== undefined);
    const numberOf = (r: Element) => text(childElements(r)[2]);
    const byVersion = Object.fromEntries(rows.map((r) => [String(r.properties.dataVersion), numberOf(r)]));
    assert.equal(byVersion['1995-08-29'], '7');
    assert.equal(byVersion['2023-01-01'], '7');
    assert.equal(byVersion['2026-03-15'], '9 (was 7)');
    const last = elements(tree).find((e) => e.properties.id === 'v-2026-03-15')!;
    // Read in constitution/kz/2026-03-15/rus/009.md: "Государственный язык Республики Казахстан – казахский язык."
    assert.ok(elements(last).some((e) => e.tagName === 'ins' && text(e).includes('Государственный язык Республики Казахстан')));
  });
});

describe('renderHtml with parallel: rus and kaz of the referendum pair', () => {
  const store = openStore();
  const req = { constitution: 'kz', from: '2019-03-23', to: '2022-06-08' } as const;
  const rus = compareVersions(store, { ...req, lang: 'rus' });
  const kaz = compareVersions(store, { ...req, lang: 'kaz' });
  const tree = buildHtmlTree(rus, { parallel: kaz });

  test('article 15: the ban on the death penalty in both languages, each column with its lang', () => {
    const a15 = elements(tree).find((e) => e.properties.id === 'article-15')!;
    const cols = elements(a15).filter((e) => classes(e).includes('lang-col'));
    assert.deepEqual(cols.map((c) => c.properties.lang), ['ru', 'kk']);
    const inserted = (col: Element) => elements(col).filter((e) => e.tagName === 'ins').map(text).join(' ');
    const removed = (col: Element) => elements(col).filter((e) => e.tagName === 'del').map(text).join(' ');
    assert.match(inserted(cols[0]), /запрещается/);
    assert.match(removed(cols[0]), /устанавливается законом/);
    // constitution/kz/2022-06-08/kaz/015.md: "Өлім жазасына тыйым салынады." (the death penalty is prohibited);
    // 2019-03-23 read "Өлім жазасы … заңмен белгіленеді" (is established by law).
    assert.match(inserted(cols[1]), /жазасына тыйым салынады/);
    assert.match(removed(cols[1]), /заңмен белгіленеді/);
    // The side-by-side view has a table per language.
    const tables = elements(a15).filter((e) => e.tagName === 'table');
    assert.equal(tables.length, 2);
  });

  test('every changed article has two columns; headings stay in order; without the option nothing changes', () => {
    const changed = rus.articles.filter((a) => a.status !== 'unchanged').length;
    assert.equal(elements(tree).filter((e) => classes(e).includes('lang-cols')).length, changed);
    const levels = headingLevels(tree);
    levels.forEach((l, i) => { if (i > 0) assert.ok(l <= levels[i - 1] + 1); });
    assert.match(renderHtml(rus, { parallel: kaz }), /with the Kazakh text alongside/);
    assert.ok(!renderHtml(rus).includes('class="lang-col'));
  });
});
