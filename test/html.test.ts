// The HTML report as a document: escaping, stripping, CSP, anchors, headings,
// language, folding and the facts it states, checked on the string and on the
// hast tree (no browser; see html-browser.test.ts for behaviour in Chromium).
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { describe, test } from 'node:test';
import type { Element } from 'hast';
import { articleIds, cleanText, safeHttpUrl } from '../src/report/html/context.js';
import { buildHtmlTree, CONTENT_SECURITY_POLICY, renderHtml } from '../src/report/html/index.js';
import type { Article, ArticleDiff, VersionDiff } from '../src/types.js';
import { SAMPLE_DIFF } from './fixtures/sample-diff.js';
import { byId, childElements, classes, elements, headingLevels, text } from './helpers/hast.js';

/** SAMPLE_DIFF with a preamble in front and the given language. */
function withPreamble(lang: 'rus' | 'kaz' = 'rus'): VersionDiff {
  const text = lang === 'rus' ? 'Мы, народ Казахстана,' : 'Біз, Қазақстан халқы,';
  const art = (version: string): Article => ({
    constitution: 'kz', version, lang, number: 'preamble', section: null, repealed: false,
    footnotes: [], notes: [], pending: [], blocks: [{ label: null, level: 0, text }],
  });
  const preamble: ArticleDiff = {
    number: 'preamble', status: 'unchanged', textChanged: false, formatOnly: false, matchedBy: 'number', similarity: 1,
    old: art('2019-03-23'), new: art('2022-06-08'),
    blocks: [{ oldLabel: null, newLabel: null, oldIndex: 0, newIndex: 0, level: 0, status: 'unchanged', textChanged: false,
      formatOnly: false, ops: [{ type: 'equal', text }], counts: { wordsAdded: 0, wordsRemoved: 0, changeRatio: 0 } }],
    counts: { wordsAdded: 0, wordsRemoved: 0, changeRatio: 0,
      blocks: { unchanged: 1, amended: 0, added: 0, repealed: 0, renumbered: 0, moved: 0 } },
  };
  return { ...SAMPLE_DIFF, lang, articles: [preamble, ...SAMPLE_DIFF.articles],
    summary: { ...SAMPLE_DIFF.summary, total: SAMPLE_DIFF.summary.total + 1,
      articles: { ...SAMPLE_DIFF.summary.articles, unchanged: SAMPLE_DIFF.summary.articles.unchanged + 1 } } };
}

describe('renderHtml: safety', () => {
  const html = renderHtml(SAMPLE_DIFF);

  test('injected markup is escaped: one script element (ours), no img, no event-handler attributes', () => {
    assert.equal(html.match(/<script/gi)?.length, 1);
    assert.equal(html.match(/<img/gi), null);
    assert.equal(html.match(/<\w+[^>]*\son\w+=/gi), null, 'no element carries an on*= attribute');
    assert.ok(html.includes('&#x3C;script>alert(1)&#x3C;/script>'), 'article 90 script shown as text');
    assert.ok(html.includes('">&#x3C;img src=x onerror=alert(2)>'), 'article 90 img shown as text');
    assert.ok(html.includes('&#x3C;script>alert("note")&#x3C;/script>'), 'note script shown as text');
  });

  test('terminal escapes and control characters are stripped, the words around them kept', () => {
    assert.equal(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/.test(html), false);
    assert.ok(!html.includes('[31m') && !html.includes('[0m'));
    assert.ok(html.includes('> красный</ins>'));
    // \u009b is the one-byte CSI, so `\u009be` is a whole sequence and goes with its final `e`.
    assert.equal(cleanText('a\u001b[1;31mb\u001b[0mc\u0007d\u009be\u001b]0;title\u0007f'), 'abcdf');
    assert.equal(cleanText('tab\tnew\nline «ёлка» Қазақстан'), 'tab\tnew\nline «ёлка» Қазақстан');
  });

  test('strict CSP that allows exactly the inline script by hash, nothing from the network', () => {
    const script = html.match(/<script>([\s\S]*?)<\/script>/)![1];
    const hash = createHash('sha256').update(script, 'utf8').digest('base64');
    assert.ok(CONTENT_SECURITY_POLICY.includes(`script-src 'sha256-${hash}'`));
    assert.ok(CONTENT_SECURITY_POLICY.startsWith("default-src 'none'"));
    const meta = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)">/);
    assert.ok(meta, 'CSP meta present');
    assert.equal(meta[1].replace(/&#x27;/g, "'"), CONTENT_SECURITY_POLICY);
    // Nothing that would load a resource: no src/srcset/data attributes, no <link>, <img>, <iframe>, <object>,
    // no CSS url() or @import.
    const all = elements(buildHtmlTree(SAMPLE_DIFF));
    assert.deepEqual(all.filter((e) => 'src' in e.properties || 'srcSet' in e.properties || 'data' in e.properties), []);
    assert.deepEqual(all.filter((e) => ['link', 'img', 'iframe', 'object', 'embed'].includes(e.tagName)), []);
    const css = text(all.find((e) => e.tagName === 'style')!);
    assert.equal(/url\(|@import/i.test(css), false);
  });

  test('only http(s) source links become hrefs', () => {
    assert.equal(safeHttpUrl('javascript:alert(1)'), undefined);
    assert.equal(safeHttpUrl('data:text/html,x'), undefined);
    assert.equal(safeHttpUrl('https://zan.gov.kz/x'), 'https://zan.gov.kz/x');
    const evil = { ...SAMPLE_DIFF, from: { ...SAMPLE_DIFF.from, sources: { rus: 'javascript:alert(3)' } } };
    const out = renderHtml(evil);
    assert.ok(!out.includes('href="javascript:'));
    assert.ok(out.includes('javascript:alert(3)'), 'still shown as text');
  });
});

describe('renderHtml: structure', () => {
  test('every article has its anchor, including the preamble and hyphenated numbers', () => {
    const tree = buildHtmlTree(withPreamble());
    for (const id of ['article-preamble', 'article-1', 'article-44', 'article-83-1', 'article-72', 'article-84', 'article-90']) {
      const el = byId(tree, id);
      assert.ok(el, id);
      assert.equal(el.tagName, 'section');
    }
    const ids = elements(tree).map((e) => e.properties.id).filter(Boolean);
    assert.equal(new Set(ids).size, ids.length, 'ids are unique');
  });

  test('a reused number keeps its plain id for the new article; the repealed one gets -old', () => {
    const a = (number: string, hasNew: boolean) => ({ number, new: hasNew ? {} : undefined }) as ArticleDiff;
    assert.deepEqual(articleIds([a('84', false), a('84', true), a('83-1', true)]), ['article-84-old', 'article-84', 'article-83-1']);
  });

  test('one h1, headings never skip a level', () => {
    const tree = buildHtmlTree(withPreamble());
    const levels = headingLevels(tree);
    assert.equal(levels.filter((l) => l === 1).length, 1);
    assert.equal(levels[0], 1);
    levels.forEach((l, i) => { if (i > 0) assert.ok(l <= levels[i - 1] + 1, `h${levels[i - 1]} -> h${l} at ${i}`); });
  });

  test('lang is ru or kk; UI chrome is marked English; hidden edit marks speak the text language', () => {
    const ru = renderHtml(SAMPLE_DIFF);
    assert.match(ru, /<html lang="ru">/);
    assert.match(ru, /<ins><span class="vh">Добавлено: <\/span>/);
    assert.match(ru, /<del><span class="vh">Удалено: <\/span>/);
    assert.match(ru, /<header class="page-header" lang="en">/);
    const kk = renderHtml(withPreamble('kaz'));
    assert.match(kk, /<html lang="kk">/);
    assert.match(kk, /<ins><span class="vh">Қосылды: <\/span>/);
  });

  test('unchanged articles fold away; changed ones are open with both views', () => {
    const tree = buildHtmlTree(SAMPLE_DIFF);
    for (const a of SAMPLE_DIFF.articles) {
      const section = byId(tree, `article-${a.number}`)!;
      const inside = elements(section);
      const fold = inside.find((e) => e.tagName === 'details');
      if (a.status === 'unchanged') {
        assert.ok(fold && fold.properties.open === undefined, `${a.number} folded`);
      } else {
        assert.equal(fold, undefined, `${a.number} not folded`);
        assert.ok(inside.some((e) => classes(e).includes('redline')), `${a.number} redline`);
        assert.ok(inside.some((e) => classes(e).includes('sbs')), `${a.number} side by side`);
      }
    }
  });

  test('summary counts and contents list come from the diff', () => {
    const tree = buildHtmlTree(SAMPLE_DIFF);
    const counts = elements(tree).filter((e) => e.tagName === 'li' && e.properties.dataStatus !== undefined
      && elements(e).some((c) => classes(c).includes('count')));
    for (const li of counts) {
      const status = String(li.properties.dataStatus) as keyof typeof SAMPLE_DIFF.summary.articles;
      assert.equal(text(elements(li).find((c) => classes(c).includes('count'))!), String(SAMPLE_DIFF.summary.articles[status]));
    }
    assert.equal(counts.length, 6);
    const toc = elements(elements(tree).find((e) => e.tagName === 'nav')!)
      .filter((e) => e.tagName === 'li' && e.properties.dataStatus !== undefined);
    assert.deepEqual(toc.map((li) => [text(li.children[0]), li.properties.dataStatus]),
      [['Article 1', 'unchanged'], ['Article 15', 'amended'], ['Article 44', 'amended'], ['Article 72', 'renumbered'],
        ['Article 83-1', 'added'], ['Article 84', 'repealed'], ['Article 90', 'amended']]);
    assert.match(text(byId(tree, 'article-72')!), /formerly article 71-1/);
    assert.match(text(byId(tree, 'article-83-1')!), /new in 2022-06-08/);
  });

  test('side-by-side rows follow the BlockDiffs: an inserted subpoint leaves the old cell empty', () => {
    const tree = buildHtmlTree(SAMPLE_DIFF);
    const rows = elements(byId(tree, 'article-44')!).filter((e) => e.tagName === 'tr' && e.properties.dataStatus);
    assert.deepEqual(rows.map((r) => r.properties.dataStatus), ['unchanged', 'unchanged', 'added', 'amended']);
    assert.ok(classes(childElements(rows[2])[0]).includes('empty'));
    // Hidden marks excluded, the old cell reads as the old text and the new as the new text.
    const seen = (el: Element) => text({ ...el, children: el.children }).replace(/Добавлено: |Удалено: /g, '');
    assert.equal(seen(childElements(rows[3])[0]), '2) назначает очередные и внеочередные выборы в Парламент;');
    assert.equal(seen(childElements(rows[3])[1]), '2) назначает очередные и внеочередные выборы в Мажилис Парламента;');
  });

  test('notes: amending acts, court notes and pending wording with its date', () => {
    const tree = buildHtmlTree(SAMPLE_DIFF);
    assert.match(text(byId(tree, 'article-15')!), /Amending acts.*Законом РК от 08\.06\.2022.*acts: 2022-06-08/s);
    assert.match(text(byId(tree, 'article-72')!), /Pending wording.*Takes effect 2023-01-01.*replaces point 1\..*по обращениям граждан/s);
    assert.match(text(byId(tree, 'article-90')!), /Notes.*постановление/s);
  });

  test('title option, generatedAt only when given, deterministic output', () => {
    const a = renderHtml(SAMPLE_DIFF);
    assert.equal(a, renderHtml(SAMPLE_DIFF));
    assert.ok(!a.includes('Generated'));
    const b = renderHtml(SAMPLE_DIFF, { title: 'Report <x>', generatedAt: '2024-05-01T10:00Z' });
    assert.match(b, /<title>Report &#x3C;x><\/title>/);
    assert.match(b, /<h1>Report &#x3C;x><\/h1>/);
    assert.match(b, /Generated 2024-05-01T10:00Z\./);
  });
});

describe('renderHtml: less common cases', () => {
  const amended44 = SAMPLE_DIFF.articles.find((a) => a.number === '44')!;

  test('a moved article names the section it came from', () => {
    const moved: ArticleDiff = { ...amended44, status: 'moved',
      old: { ...amended44.old!, section: 'Раздел II. Человек и гражданин' } };
    const tree = buildHtmlTree({ ...SAMPLE_DIFF, articles: [moved] });
    assert.match(text(byId(tree, 'article-44')!), /moved from “Раздел II\. Человек и гражданин”/);
  });

  test('formatting-only blocks read as plain new text (with a hint) unless exact', () => {
    const block = { ...amended44.blocks[3], status: 'unchanged' as const, formatOnly: true,
      ops: [{ type: 'equal' as const, text: 'выборы ' }, { type: 'delete' as const, text: 'в  Парламент' },
        { type: 'insert' as const, text: 'в Парламент' }] };
    const art: ArticleDiff = { ...amended44, status: 'unchanged', formatOnly: true, blocks: [block] };
    const plain = renderHtml({ ...SAMPLE_DIFF, articles: [art] });
    assert.ok(plain.includes('выборы в Парламент<'), 'new text shown plainly');
    assert.ok(!/<(ins|del)>/.test(plain.slice(plain.indexOf('id="article-44"'))), 'no marks');
    assert.match(plain, /formatting only/);
    assert.match(plain, /differs only in formatting/);
    const exact = renderHtml({ ...SAMPLE_DIFF, options: { exact: true },
      articles: [{ ...art, status: 'amended', blocks: [{ ...block, status: 'amended' }] }] });
    assert.match(exact, /<del><span class="vh">Удалено: <\/span>в  Парламент<\/del>/);
  });

  test('pending wording without a date names its condition', () => {
    const a72 = SAMPLE_DIFF.articles.find((a) => a.number === '72')!;
    const pending = { ...a72.new!.pending[0], effective: null, condition: 'со дня первых выборов в Мажилис',
      target: { kind: 'add' as const, labels: ['3-1.'], after: '3.' } };
    const tree = buildHtmlTree({ ...SAMPLE_DIFF, articles: [{ ...a72, new: { ...a72.new!, pending: [pending] } }] });
    assert.match(text(byId(tree, 'article-72')!), /Takes effect when: со дня первых выборов в Мажилис: adds point 3-1\. after 3\./);
  });
});

// Real pairs from the store, once it is imported: every contents link resolves,
// ids are unique, each article appears once (speed: `npm run bench`).
const STORE_READY = existsSync(new URL('../constitution/kz/manifest.yaml', import.meta.url));

describe('renderHtml on real version pairs', { skip: STORE_READY ? undefined : 'constitution/kz not imported yet' }, () => {
  const pairs: [string, string, 'rus' | 'kaz'][] = [
    ['2019-03-23', '2022-06-08', 'rus'], ['2019-03-23', '2022-06-08', 'kaz'], ['2023-01-01', '2026-03-15', 'rus'],
  ];
  for (const [fromId, toId, lang] of pairs) {
    test(`${fromId} → ${toId} (${lang})`, async () => {
      const { openStore } = await import('../src/store/index.js');
      const { diffVersions } = await import('../src/diff/index.js');
      const store = openStore();
      const from = store.version('kz', fromId);
      const to = store.version('kz', toId);
      const diff = diffVersions({ constitution: 'kz', lang, from, to,
        oldArticles: store.readVersion('kz', from.id, lang), newArticles: store.readVersion('kz', to.id, lang) });
      const html = renderHtml(diff);
      const tree = buildHtmlTree(diff);
      const all = elements(tree);
      const ids = all.map((e) => e.properties.id).filter((id): id is string => typeof id === 'string');
      assert.equal(new Set(ids).size, ids.length, 'ids unique');
      const idSet = new Set(ids);
      const hrefs = all.filter((e) => e.tagName === 'a' && String(e.properties.href ?? '').startsWith('#'))
        .map((e) => String(e.properties.href).slice(1));
      assert.deepEqual(hrefs.filter((h) => !idSet.has(h)), [], 'every in-page link resolves');
      const sections = all.filter((e) => e.tagName === 'section' && classes(e).includes('article'));
      assert.equal(sections.length, diff.articles.length);
      assert.deepEqual(sections.map((s) => s.properties.dataStatus), diff.articles.map((a) => a.status));
      for (const a of diff.articles.filter((x) => x.status === 'renumbered')) {
        assert.match(text(sections[diff.articles.indexOf(a)]), new RegExp(`formerly article ${a.previousNumber}`));
      }
      assert.match(html, new RegExp(`<html lang="${lang === 'rus' ? 'ru' : 'kk'}">`));
    });
  }
});
