// The HTML report of the referendum pair (2019-03-23 → 2022-06-08, rus) read as
// a reader would, in headless Chromium at phone and desktop width and printed:
// words kept apart, changes first, unchanged points folded, next/previous change,
// pending wording as a redline, a change map to tap, one printed view, both views
// of the newer text (in force / as adopted) on one page, a dark scheme.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser, Locator, Page } from 'playwright-core';
import { compareBoth } from '../src/cli/compare.js';
import { renderHtml } from '../src/report/html/index.js';
import { openStore } from '../src/store/index.js';
import { browserSkipReason, launchBrowser, openFile, problems, writeTempHtml } from './browser.js';

const SKIP = browserSkipReason();

// Page-side callbacks take `any`: the project compiles without the DOM lib.

/** What a sighted reader sees and copies: innerText without the visually hidden screen-reader markers. */
async function seenText(locator: Locator): Promise<string> {
  return locator.evaluate((el: any) => {
    const copy = el.cloneNode(true);
    copy.querySelectorAll('.vh').forEach((n: any) => n.remove());
    const holder = (globalThis as any).document.createElement('div');
    holder.append(copy);
    (globalThis as any).document.body.append(holder);
    const text = String(holder.innerText);
    holder.remove();
    return text.replace(/\s+/g, ' ').trim();
  });
}

async function box(locator: Locator): Promise<{ x: number; y: number; width: number; height: number }> {
  const b = await locator.boundingBox();
  assert.ok(b, 'element is rendered');
  return b;
}

/** Scroll position of the page, and the top of an element in the viewport. */
const scrollY = (page: Page) => page.evaluate(() => (globalThis as any).scrollY as number);

describe('HTML report as read (2019-03-23 → 2022-06-08, rus)', { skip: SKIP }, () => {
  let browser: Browser;
  let file: string;
  const store = openStore();
  const { diff, adopted } = compareBoth(store, { constitution: 'kz', from: '2019-03-23', to: '2022-06-08', lang: 'rus' });
  const html = renderHtml(diff, { adopted, constitutionTitle: store.constitution('kz').title });

  before(async () => {
    browser = await launchBrowser();
    file = writeTempHtml(html, 'referendum.html');
  });
  after(async () => {
    await browser?.close();
    rmSync(dirname(file), { recursive: true, force: true });
  });

  test('a deletion and the insertion next to it read as two words', async () => {
    const { page, context, watch } = await openFile(browser, file);
    // Article 15 point 2, article 6 point 3 and article 44 point 7: old words struck, new ones inserted right after.
    assert.match(await seenText(page.locator('#article-15 .redline')), /о помиловании запрещается\./u);
    assert.match(await seenText(page.locator('#article-6 .redline')), /находятся в государственной принадлежат народу/u);
    assert.match(await seenText(page.locator('#article-44 .only-force .redline')), /республиканского бюджета Высшей аудиторской палаты/u);
    const all = await seenText(page.locator('#articles'));
    for (const joined of ['помилованиизапрещается', 'государственнойпринадлежат', 'бюджетаВысшей']) assert.ok(!all.includes(joined), joined);
    // And visibly: the insertion starts to the right of where the deletion ends, with a gap.
    const del = await box(page.locator('#article-15 .redline del').first());
    const ins = await box(page.locator('#article-15 .redline ins').first());
    if (Math.abs(del.y - ins.y) < 2) assert.ok(ins.x - (del.x + del.width) >= 2, 'a gap between struck and inserted text');
    assert.deepEqual(problems(watch), []);
    await context.close();
  });

  test('the page leads with what changed; the full contents are folded', async () => {
    const { page, context, watch } = await openFile(browser, file, { width: 390, height: 844 });
    const items = page.locator('.only-force .lead-list > li');
    const changed = diff.articles.filter((a) => a.status !== 'unchanged');
    assert.equal(await items.count(), changed.length);
    assert.deepEqual(await page.locator('.only-force .lead-list > li .lead-head a').evaluateAll((els: any[]) => els.map((e) => e.getAttribute('href'))),
      changed.map((a) => `#article-${a.number}`));
    // The first change is reached within about two phone screens (it was six, below the list of 102 articles).
    assert.ok((await box(items.first())).y < 2 * 844, 'first changed article near the top');
    // Each names its first change: article 15 point 2, the death penalty now "запрещается".
    const gist15 = seenText(page.locator('.only-force .lead-list > li[data-status] .gist').nth(changed.findIndex((a) => a.number === '15')));
    assert.match(await gist15, /^2\. … .*Смертная казнь устанавливается законом .* …$/u);
    assert.equal(await page.locator('nav.toc details').getAttribute('open'), null);
    assert.equal(await page.locator('nav.toc .toc-articles').first().isVisible(), false);
    await page.locator('nav.toc summary').click();
    assert.equal(await page.locator('nav.toc .toc-articles').first().isVisible(), true);
    await page.screenshot({ path: '/tmp/constdiff-reader-phone-top.png' });
    assert.deepEqual(problems(watch), []);
    await context.close();
  });

  test('long articles fold their unchanged points around the changes, and open them', async () => {
    const { page, context, watch } = await openFile(browser, file);
    const a44 = page.locator('#article-44 .only-force .redline');
    const fold = a44.locator('details.ctx-fold');
    assert.equal(await fold.count(), 1);
    // Points 1 to 8 and 18 to 21 are changed or next to a change; 9) to 17) (with 10-1)) are folded.
    assert.equal(await seenText(fold.locator('summary')), '10 unchanged points: 9) to 17)');
    const point = (label: string) => a44.locator('p.block').filter({ has: page.locator(`span.label:text-is("${label}")`) });
    assert.equal(await point('3)').isVisible(), true);
    assert.equal(await point('2)').isVisible(), true, 'the point before the first change stays open');
    assert.equal(await point('12)').isVisible(), false);
    await fold.locator('summary').click();
    assert.equal(await point('12)').isVisible(), true);
    assert.deepEqual(problems(watch), []);
    await context.close();
  });

  test('next / previous change: keys n and p, toolbar buttons, and links between changed articles', async () => {
    const { page, context, watch } = await openFile(browser, file);
    const current = () => page.evaluate(() => {
      const el = (globalThis as any).document.querySelector('.current-change');
      return el ? `${el.closest('[id^=article]').id} ${el.querySelector('.label')?.textContent ?? ''}` : '';
    });
    await page.keyboard.press('n');
    assert.equal(await current(), 'article-6 3.');
    const first = await scrollY(page);
    await page.keyboard.press('n');
    assert.equal(await current(), 'article-6 3.'.replace('article-6 3.', await current()));
    assert.notEqual(await current(), 'article-6 3.');
    assert.ok((await scrollY(page)) > first);
    await page.keyboard.press('p');
    assert.equal(await current(), 'article-6 3.');
    await page.locator('button[data-go=next]').click();
    assert.notEqual(await current(), 'article-6 3.');
    // Plain links, working without scripts: article 6 → the next changed article (15), and back.
    assert.equal(await page.locator('#article-6 .art-nav a.next-change').locator('visible=true').getAttribute('href'), '#article-15');
    assert.equal(await page.locator('#article-15 .art-nav a.prev-change').locator('visible=true').getAttribute('href'), '#article-6');
    // As adopted, article 4 (pending wording) changes too and comes before article 6.
    await page.locator('label[for=when-adopted]').first().click();
    assert.equal(await page.locator('#article-6 .art-nav a.prev-change').locator('visible=true').getAttribute('href'), '#article-4');
    assert.deepEqual(problems(watch), []);
    await context.close();
  });

  test('pending wording is a redline against the text it replaces (article 44 point 2)', async () => {
    const { page, context, watch } = await openFile(browser, file);
    const item = page.locator('#article-44 .only-force .pending-list > li').filter({ hasText: 'replaces subpoint 2)' });
    assert.equal(await item.count(), 1);
    const redline = item.locator('.pending-redline');
    assert.deepEqual(await redline.locator('del').evaluateAll((els: any[]) => els.map((e) => e.lastChild.textContent)), ['Сенатом Парламента']);
    assert.deepEqual(await redline.locator('ins').evaluateAll((els: any[]) => els.map((e) => e.lastChild.textContent)), ['Парламентом']);
    assert.match(await seenText(redline), /подписывает представленный Сенатом Парламента Парламентом закон в течение одного месяца/u);
    assert.deepEqual(problems(watch), []);
    await context.close();
  });

  test('change map: bar height by words changed, article numbers on the axis, bars to tap and to tab to', async () => {
    const { page, context, watch } = await openFile(browser, file, { width: 390, height: 844 });
    const bars = page.locator('.only-force .map .bar-item a');
    const changed = diff.articles.filter((a) => a.status !== 'unchanged');
    assert.equal(await bars.count(), changed.length);
    assert.deepEqual(await page.locator('.only-force .map .bar-item:not(.quiet) .axis').allInnerTexts(), changed.map((a) => a.number));
    for (const b of await bars.evaluateAll((els: any[]) => els.map((e) => e.getBoundingClientRect().toJSON()))) {
      assert.ok(b.width >= 44 && b.height >= 44, `tap target ${b.width}×${b.height}`);
    }
    // Taller for more words: the article with most words changed has the tallest bar, the one with fewest the shortest.
    const heights = await page.locator('.only-force .map .bar-item:not(.quiet) .bar').evaluateAll((els: any[]) => els.map((e) => e.getBoundingClientRect().height));
    const words = changed.map((a) => a.counts.wordsAdded + a.counts.wordsRemoved);
    assert.equal(heights.indexOf(Math.max(...heights)), words.indexOf(Math.max(...words)));
    assert.equal(heights.indexOf(Math.min(...heights)), words.indexOf(Math.min(...words)));
    assert.ok(Math.max(...heights) > 3 * Math.min(...heights));
    // The strip scrolls on its own; the page does not scroll sideways.
    assert.equal(await page.evaluate(() => (globalThis as any).document.documentElement.scrollWidth - (globalThis as any).innerWidth), 0);
    // Keyboard: Tab reaches the bars, Enter follows one.
    await page.locator('.only-force .map h2').click();
    let focused = '';
    for (let i = 0; i < 40 && !focused.startsWith('#article'); i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => (globalThis as any).document.activeElement?.closest('.bar-item') ? (globalThis as any).document.activeElement.getAttribute('href') : '');
    }
    assert.equal(focused, `#article-${changed[0].number}`);
    await page.keyboard.press('Enter');
    assert.match(page.url(), /#article-6$/u);
    await page.locator('.only-force .map').screenshot({ path: '/tmp/constdiff-reader-map-phone.png' });
    assert.deepEqual(problems(watch), []);
    await context.close();
  });

  test('print: the redline only, unchanged articles left out in so many words, headings kept with their text; fewer pages', async () => {
    const { page, context, watch } = await openFile(browser, file);
    await page.locator('label[for=view-side]').click();
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('#article-44 .only-force .redline').isVisible(), true);
    assert.equal(await page.locator('#article-44 .only-force .sbs').isVisible(), false);
    assert.equal(await page.locator('#article-1').isVisible(), false);
    assert.match(await page.locator('.print-only').innerText(), /^80 unchanged articles are not printed\.$/u);
    assert.ok(!(await page.locator('body').innerText()).includes('text not printed'));
    assert.equal(await page.locator('#article-44 .only-force h3').evaluate((e: any) => (globalThis as any).getComputedStyle(e).breakAfter), 'avoid');
    const dir = mkdtempSync(join(tmpdir(), 'constdiff-print-'));
    try {
      const pdf = join(dir, 'report.pdf');
      writeFileSync(pdf, await page.pdf({ format: 'A4', printBackground: true }));
      const pages = Number(/Pages:\s+(\d+)/u.exec(execFileSync('pdfinfo', [pdf]).toString())?.[1]);
      // 43 A4 pages before (both views and a box per unchanged article); the redline of 22 articles needs about 20.
      assert.ok(pages > 5 && pages <= 24, `${pages} pages`);
      console.log(`# printed: ${pages} A4 pages`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    assert.deepEqual(problems(watch), []);
    await context.close();
  });

  test('both views of the newer text on one page, switchable without scripts; the title names the constitution', async () => {
    const { page, context, watch } = await openFile(browser, file, { javaScriptEnabled: false });
    assert.equal(await page.title(), 'Конституция Республики Казахстан: what changed from 2019-03-23 to 2022-06-08');
    assert.match(await page.locator('h1').innerText(), /^Конституция Республики Казахстан: /u);
    const headline = page.locator('.summary .headline').locator('visible=true');
    assert.match(await headline.innerText(), /^22 of 102 articles changed/u);
    // In force: article 44 point 2 still reads "Сенатом Парламента"; the adopted wording is below it as a redline.
    assert.equal(await page.locator('#article-44 .only-adopted').isVisible(), false);
    await page.locator('label[for=when-adopted]').first().click();
    assert.match(await headline.innerText(), /^33 of 102 articles changed/u);
    const adopted44 = page.locator('#article-44 .only-adopted');
    assert.equal(await adopted44.isVisible(), true);
    assert.equal(await page.locator('#article-44 .only-force').isVisible(), false);
    assert.match(await seenText(adopted44.locator('.redline')), /подписывает представленный Сенатом Парламента Парламентом закон/u);
    assert.equal(await page.locator('.only-adopted .lead-list > li').count(), 33);
    await page.screenshot({ path: '/tmp/constdiff-reader-adopted.png' });
    await page.locator('label[for=when-force]').first().click();
    assert.match(await headline.innerText(), /^22 of 102 articles changed/u);
    assert.deepEqual(problems(watch), []);
    await context.close();
  });

  test('smaller things: footnote acts in words, dates unbroken on a phone, an opaque toolbar, a dark scheme', async () => {
    const { page, context, watch } = await openFile(browser, file, { width: 390, height: 844 });
    const footnote = await page.locator('#article-15 .footnotes li').innerText();
    assert.match(footnote, / — acts of 2007-05-21 No\. 254-III; 2022-06-08$/u);
    assert.ok(!footnote.includes('[acts:'));
    // Every date on screen is one box (a date broken at a hyphen would be two); hidden ones have none.
    const lines = await page.locator('.date').evaluateAll((els: any[]) => els.map((e) => e.getClientRects().length));
    assert.ok(lines.filter((n) => n === 1).length >= 10);
    assert.deepEqual(lines.filter((n) => n > 1), []);
    assert.ok(await page.locator('h1 .date').count() >= 2);
    const alpha = (c: string) => (c.startsWith('rgba') ? Number(c.split(',')[3].replace(')', '')) : 1);
    assert.equal(alpha(await page.locator('.toolbar').evaluate((e: any) => (globalThis as any).getComputedStyle(e).backgroundColor)), 1);
    const luminance = (c: string) => { const [r, g, b] = c.match(/\d+/g)!.map(Number); return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255; };
    assert.ok(luminance(await page.locator('body').evaluate((e: any) => (globalThis as any).getComputedStyle(e).backgroundColor)) > 0.9);
    await page.emulateMedia({ colorScheme: 'dark' });
    const bg = luminance(await page.locator('body').evaluate((e: any) => (globalThis as any).getComputedStyle(e).backgroundColor));
    const fg = luminance(await page.locator('body').evaluate((e: any) => (globalThis as any).getComputedStyle(e).color));
    assert.ok(bg < 0.15 && fg > 0.7, `dark: background ${bg}, text ${fg}`);
    assert.ok(luminance(await page.locator('.toolbar').evaluate((e: any) => (globalThis as any).getComputedStyle(e).backgroundColor)) < 0.15);
    await page.screenshot({ path: '/tmp/constdiff-reader-dark-phone.png' });
    assert.deepEqual(problems(watch), []);
    await context.close();
  });
});

describe('HTML report: an editorial reference of the source is no change (2007-05-21 → 2011-02-02)', { skip: SKIP }, () => {
  test('"см. S100000003" after article 44 point 2 is neither struck nor inserted; the stored text keeps it', async () => {
    const store = openStore();
    const { diff } = compareBoth(store, { constitution: 'kz', from: '2007-05-21', to: '2011-02-02', lang: 'rus' });
    assert.match(store.articleSource('kz', '2007-05-21', '44', 'rus'), /голосования; см\. S100000003/u);
    const file = writeTempHtml(renderHtml(diff), 'editorial.html');
    const browser = await launchBrowser();
    try {
      const { page, context, watch } = await openFile(browser, file);
      const a44 = page.locator('#article-44');
      assert.equal(await a44.locator('.redline del, .redline ins').count(), 0);
      assert.match(await a44.locator('.facts').innerText(), /only an editorial reference of the source differs/u);
      assert.equal(await a44.locator('.redline p.block:not(.b-unchanged)').count(), 0);
      assert.deepEqual(problems(watch), []);
      await context.close();
    } finally {
      await browser.close();
      rmSync(dirname(file), { recursive: true, force: true });
    }
  });
});
