// The history page and the two-language report in Chromium: what a reader sees,
// no network requests, no console errors, no sideways scrolling at phone width.
// Screenshots go to /tmp for a human look.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { loadTimeline, compareVersions } from '../src/cli/compare.js';
import { articleHistory } from '../src/timeline/index.js';
import { renderHtml } from '../src/report/html/index.js';
import { renderHistoryHtml } from '../src/report/html/history.js';
import { openStore } from '../src/store/index.js';
import type { ArticleHistory } from '../src/types.js';
import { browserSkipReason, launchBrowser, openFile, problems, writeTempHtml, screenshotTo } from './browser.js';

// Page-side callbacks take `any`: the project compiles without the DOM lib.
 

async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => {
    const root = (globalThis as any).document.documentElement;
    return root.scrollWidth - root.clientWidth;
  });
}

async function timelineRows(page: Page): Promise<string[][]> {
  return page.$$eval('table.timeline tbody tr', (rows: any[]) => rows.map((tr) =>
    [...tr.children].map((cell: any) => String(cell.innerText).replace(/\s+/g, ' ').trim())));
}

describe('history page in Chromium (article 44, rus)', { skip: browserSkipReason() }, () => {
  let browser: Browser;
  let history: ArticleHistory;
  let file: string;

  before(async () => {
    history = articleHistory(loadTimeline(openStore(), 'kz', 'rus'), '44');
    file = writeTempHtml(renderHistoryHtml(history), 'history-44.html');
    browser = await launchBrowser();
  });
  after(async () => { await browser?.close(); });

  test('timeline rows: every version, its date in force, the number, the change and the acts', async () => {
    const { page, watch, context } = await openFile(browser, file);
    const rows = await timelineRows(page);
    assert.equal(rows.length, history.steps.length);
    assert.deepEqual(rows.map((r) => r[0]), history.steps.map((s) => s.version.id));
    assert.deepEqual(rows.map((r) => r[1]), history.steps.map((s) => s.version.effective));
    // Checked against `constdiff history 44` and the store: article 44 from 1995 until the
    // 2026 Constitution renumbers it to 46; untouched by the September 2022 amendments.
    const byVersion = Object.fromEntries(rows.map((r) => [r[0], r]));
    assert.equal(byVersion['1995-08-29'][2], '44');
    assert.match(byVersion['1995-08-29'][3], /^first text/);
    assert.match(byVersion['2022-06-08'][3], /^amended \+\d+ \/ −\d+ words$/);
    assert.match(byVersion['2022-06-08'][4], /2022-06-08 \(named in a footnote\)/);
    assert.match(byVersion['2022-09-17'][3], /^unchanged/);
    assert.match(byVersion['2023-01-01'][4], /2022-06-08 \(its pending wording took effect\)/);
    assert.equal(byVersion['2026-03-15'][2], '46 (was 44)');
    assert.equal(byVersion['2026-07-01'], undefined, 'rows are versions, not dates');
    assert.equal(byVersion['2026-03-15'][1], '2026-07-01');
    // A timeline link lands on the version's section; the unchanged one is folded, changes are open.
    await page.locator('table.timeline a[href="#v-2022-06-08"]').click();
    assert.equal(await page.locator('#v-2022-06-08 .redline ins').first().isVisible(), true);
    assert.equal(await page.locator('#v-2022-09-17 details.fold').getAttribute('open'), null);
    assert.equal(await page.locator('#v-2022-09-17 .plain').isVisible(), false);
    await page.screenshot(screenshotTo('constdiff-history-44-desktop.png'));
    assert.deepEqual(problems(watch), []);
    await context.close();
  });

  test('side by side, phone width, print', async () => {
    const phone = await openFile(browser, file, { width: 375, height: 800 });
    assert.equal(await horizontalOverflow(phone.page), 0, 'inline view');
    await phone.page.locator('label[for=view-side]').click();
    assert.equal(await phone.page.locator('#v-2022-06-08 .sbs').isVisible(), true);
    assert.equal(await phone.page.locator('#v-2022-06-08 .redline').isVisible(), false);
    assert.equal(await horizontalOverflow(phone.page), 0, 'side-by-side view');
    await phone.page.screenshot(screenshotTo('constdiff-history-44-phone.png'));
    assert.deepEqual(problems(phone.watch), []);
    await phone.context.close();

    const print = await openFile(browser, file);
    await print.page.emulateMedia({ media: 'print' });
    assert.equal(await print.page.locator('#v-2022-06-08 .redline').isVisible(), true);
    assert.equal(await print.page.locator('#v-2022-06-08 .sbs').isVisible(), true);
    assert.equal(await print.page.locator('.toolbar').isVisible(), false);
    await print.context.close();
  });
});

describe('report with --parallel kaz in Chromium (2019-03-23 → 2022-06-08)', { skip: browserSkipReason() }, () => {
  let browser: Browser;
  let file: string;

  before(async () => {
    const store = openStore();
    const req = { constitution: 'kz', from: '2019-03-23', to: '2022-06-08' } as const;
    file = writeTempHtml(renderHtml(compareVersions(store, { ...req, lang: 'rus' }),
      { parallel: compareVersions(store, { ...req, lang: 'kaz' }) }), 'referendum-parallel.html');
    browser = await launchBrowser();
  });
  after(async () => { await browser?.close(); });

  test('article 15 reads in Russian and Kazakh next to each other; phone width stacks them', async () => {
    const { page, watch, context } = await openFile(browser, file, { hash: 'article-15' });
    const cols = page.locator('#article-15 .redline .lang-col');
    assert.deepEqual(await cols.evaluateAll((els: any[]) => els.map((e) => e.getAttribute('lang'))), ['ru', 'kk']);
    const ru = cols.nth(0);
    const kk = cols.nth(1);
    assert.match(await ru.locator('ins').allInnerTexts().then((t) => t.join(' ')), /запрещается/);
    assert.match(await kk.locator('ins').allInnerTexts().then((t) => t.join(' ')), /жазасына тыйым салынады/);
    const [a, b] = [await ru.boundingBox(), await kk.boundingBox()];
    assert.ok(a && b && b.x > a.x + a.width - 1 && Math.abs(a.y - b.y) < 2, 'side by side on a desktop');
    await page.screenshot(screenshotTo('constdiff-parallel-15-desktop.png'));
    assert.deepEqual(problems(watch), []);
    await context.close();

    const phone = await openFile(browser, file, { width: 375, height: 800, hash: 'article-15' });
    const [p, q] = [await phone.page.locator('#article-15 .lang-col').nth(0).boundingBox(),
      await phone.page.locator('#article-15 .lang-col').nth(1).boundingBox()];
    assert.ok(p && q && q.y >= p.y + p.height - 1, 'stacked on a phone');
    assert.equal(await horizontalOverflow(phone.page), 0);
    assert.deepEqual(problems(phone.watch), []);
    await phone.context.close();
  });
});
