// HTML output is safe against markup injected in ANY field of the store: a
// store is written whose article text, labels, notes, footnotes, pending
// wording, section titles, version labels, acts, aliases and source URLs carry
// script, event-handler and javascript: payloads. The real CLI renders the
// report and the article history from it; Chromium then shows that no script
// ran, no request was made, no javascript: link exists, and the payloads are
// visible as text.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import type { Article, VersionInfo } from '../src/types.js';
import { writeVersion } from '../src/store/write.js';
import { browserSkipReason, launchBrowser, openFile, problems } from './browser.js';
import { runCli } from './helpers/cli.js';
import { tempDir } from './helpers/exports.js';

/** Each payload tries to run script (setting a global, opening a dialog) or fetch something. */
const X = (tag: string) => [
  `<script>window.__pwned='${tag}';alert('${tag}')</script>`,
  `<img src="http://evil.test/${tag}.png" onerror="window.__pwned='${tag}'">`,
  `"><svg onload=alert('${tag}')>`,
  `' onmouseover='alert(1)' x='`,
  `<iframe src="javascript:alert('${tag}')"></iframe>`,
  `<a href="javascript:alert('${tag}')">click</a>`,
  `<style>body{background:url(http://evil.test/${tag}.css)}</style>`,
  `<link rel=stylesheet href=http://evil.test/${tag}.css>`,
  `</textarea></title></noscript><base href="http://evil.test/">`,
].join(' ');

function version(id: string, tag: string): VersionInfo {
  return {
    id, effective: id, label: `label ${X(`label-${tag}`)}`, aliases: [`alias-${tag}`], act: `act ${X(`act-${tag}`)}`,
    languages: ['rus'], sources: { rus: `javascript:alert('source-${tag}')` },
  };
}

function article(v: string, number: string, tag: string, extra: Partial<Article> = {}): Article {
  return {
    constitution: 'kz', version: v, lang: 'rus', number, section: `Раздел I. ${X(`section-${tag}`)}`, repealed: false,
    footnotes: [{ text: `Сноска ${X(`footnote-${tag}`)}`, acts: [{ date: '2022-06-08', number: `<b>${tag}</b>` }] }],
    notes: [{ text: `Примечание ${X(`note-${tag}`)}` }],
    pending: [{
      effective: '2030-01-01', act: `Закон ${X(`pact-${tag}`)}`, note: `В пункт 1 ${X(`pnote-${tag}`)}`,
      target: { kind: 'point', label: '1.' }, blocks: [{ label: '1.', level: 0, text: `Новая ${X(`pending-${tag}`)}` }],
    }],
    blocks: [
      { label: '1.', level: 0, text: `Текст ${tag} ${X(`text-${tag}`)}` },
      { label: '1)', level: 1, text: `подпункт ${X(`sub-${tag}`)} \u001b]8;;http://evil.test\u0007ссылка\u001b]8;;\u0007` },
      { label: null, level: 1, text: `абзац ${tag === 'old' ? 'прежний' : 'новый'} ${X(`para-${tag}`)}` },
    ],
    ...extra,
  };
}

function injectedStore(): string {
  const root = join(tempDir('constdiff-xss-'), 'constitution');
  const title = { id: 'kz', title: `Конституция ${X('title')}` };
  writeVersion(root, title, {
    version: version('2000-01-01', 'old'),
    articles: { rus: [article('2000-01-01', '1', 'old'), article('2000-01-01', '2', 'old'), article('2000-01-01', '3', 'gone')] },
    sections: { rus: [{ title: `Раздел I. ${X('sections-old')}`, firstArticle: '1', footnotes: [{ text: X('sfn'), acts: [] }], notes: [{ text: X('snote') }] }] },
  });
  writeVersion(root, title, {
    version: version('2001-01-01', 'new'),
    articles: { rus: [article('2001-01-01', '1', 'new'), article('2001-01-01', '2', 'old', { section: `Раздел II. ${X('moved')}` }), article('2001-01-01', '4', 'added')] },
    sections: { rus: [{ title: `Раздел II. ${X('sections-new')}`, firstArticle: '1', footnotes: [], notes: [] }] },
  });
  return root;
}

const SKIP = browserSkipReason();

describe('HTML output with markup injected in every field', { skip: SKIP }, () => {
  let browser: Browser;
  let store: string;
  let pages: [string, string][];
  before(async () => {
    store = injectedStore();
    const out = tempDir('constdiff-xss-out-');
    const report = join(out, 'report.html');
    const diffHtml = join(out, 'diff.html');
    const history = join(out, 'history.html');
    const runs = [
      runCli(['--store', store, 'report', '2000-01-01', '2001-01-01', '--output', report]),
      runCli(['--store', store, 'diff', 'alias-old', 'alias-new', '--format', 'html', '--output', diffHtml, '--exact']),
      runCli(['--store', store, 'history', '1', '--format', 'html', '--output', history]),
    ];
    for (const r of runs) assert.equal(r.status, 0, r.stderr);
    pages = [['report', report], ['diff --format html', diffHtml], ['history --format html', history]];
    browser = await launchBrowser();
  });
  after(async () => browser?.close());

  test('the payloads reach the pages (as escaped text, never as markup)', () => {
    for (const [what, file] of pages) {
      const html = readFileSync(file, 'utf8');
      assert.match(html, /&#x3C;script>window.__pwned='text-old'|&lt;script&gt;window.__pwned='text-old'/u, `${what}: article text shown escaped`);
      assert.doesNotMatch(html, /<script>window.__pwned|<img src="http:\/\/evil|<iframe|<svg onload|<base |<link rel=stylesheet href=http/u, `${what}: no payload as markup`);
      assert.doesNotMatch(html, /<[a-z]+\s[^<>]*(href|src)\s*=\s*["']?\s*javascript:/iu, `${what}: no javascript: URL in an attribute`);
      assert.doesNotMatch(html, /\u001b/u, `${what}: no terminal escapes`);
    }
  });

  test('in Chromium no payload runs, nothing is fetched, no javascript: link exists', async () => {
    for (const [what, file] of pages) {
      const { context, page, watch } = await openFile(browser, file);
      // Hover and click over everything that a payload might have turned into a handler or link.
      const state = await page.evaluate(() => {
        const doc = (globalThis as any).document;
        for (const el of doc.querySelectorAll('body *')) {
          el.dispatchEvent(new (globalThis as any).MouseEvent('mouseover', { bubbles: true }));
        }
        const links = [...doc.querySelectorAll('a[href]')].map((a: any) => a.getAttribute('href') as string);
        return {
          pwned: (globalThis as any).__pwned ?? null,
          badLinks: links.filter((h) => !/^(#|https?:)/u.test(h)),
          injected: doc.querySelectorAll('iframe, img, svg[onload], base, link[rel=stylesheet], [onerror], [onload], [onmouseover]').length,
          text: String(doc.body.textContent),
        };
      });
      await page.waitForTimeout(200);
      assert.equal(state.pwned, null, `${what}: no payload ran`);
      assert.deepEqual(state.badLinks, [], `${what}: only in-page and web links`);
      assert.equal(state.injected, 0, `${what}: no injected elements`);
      assert.ok(state.text.includes(`<script>window.__pwned='text-old'`), `${what}: the payload is shown as text`);
      assert.deepEqual(problems(watch), [], `${what}: no dialogs, requests, errors`);
      await context.close();
    }
  });
});
