// The HTML report and the history page in Russian and Kazakh, as Chromium shows
// them: headings, badges, the view switch, pending wording, the interface's
// `lang`, and the stacked timeline on a phone whose labels come from the
// stylesheet. Screenshots go to /tmp for a human look.
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { tmpdir } from 'node:os';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { compareVersions, loadTimeline } from '../src/cli/compare.js';
import { renderHtml } from '../src/report/html/index.js';
import { renderHistoryHtml } from '../src/report/html/history.js';
import { type UiLang, useUi } from '../src/report/messages.js';
import { openStore } from '../src/store/index.js';
import { articleHistory } from '../src/timeline/index.js';
import type { VersionDiff } from '../src/types.js';
import { browserSkipReason, launchBrowser, openFile, problems, writeTempHtml } from './browser.js';
import { runCli } from './helpers/cli.js';

// Page-side callbacks take `any`: the project compiles without the DOM lib.
const text = (page: Page, selector: string) => page.$eval(selector, (e: any) => String(e.textContent).replace(/\s+/g, ' ').trim());

/** A page rendered in the interface language `ui` (English again afterwards). */
function inUi<T>(ui: UiLang, render: () => T): T {
  useUi(ui);
  try {
    return render();
  } finally {
    useUi('en');
  }
}

describe('the HTML report in Russian and Kazakh (Chromium)', { skip: browserSkipReason() }, () => {
  let browser: Browser;
  let diff: VersionDiff;
  const files: string[] = [];
  const page = async (ui: UiLang, html: string, name: string, width = 1280) => {
    const file = writeTempHtml(html, name);
    files.push(file);
    return openFile(browser, file, { width });
  };

  before(async () => {
    diff = compareVersions(openStore(), { constitution: 'kz', from: '2019-03-23', to: '2022-06-08', lang: 'rus' });
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    for (const f of files) rmSync(dirname(f), { recursive: true, force: true });
  });

  test('Russian: headings, counts, badges, the view switch, pending wording; interface lang="ru"', async () => {
    const { page: p, watch, context } = await page('ru', inUi('ru', () => renderHtml(diff)), 'ru.html');
    try {
      assert.deepEqual(problems(watch), []);
      assert.equal(await text(p, 'h1'), 'Конституция (kz): что изменилось между 2019-03-23 и 2022-06-08');
      assert.equal(await text(p, '#summary-title'), 'Сводка');
      assert.match(await text(p, '.headline'), /^Изменено 22 из 102 статей; добавлено слов: \d+, удалено: \d+ \(\d+,\d % текста\)\.$/u);
      assert.equal(await text(p, '.counts li[data-status=amended]'), '20 изменено');
      assert.equal(await text(p, '#map-title'), 'Где изменения');
      assert.equal(await text(p, '#toc-title'), 'Содержание');
      assert.equal(await text(p, 'label[for=view-inline]'), 'Правка в тексте');
      assert.equal(await text(p, '#article-44-title'), 'Статья 44 изменена');
      assert.equal(await text(p, '#article-83-1-title'), 'Статья 83-1 добавлена');
      assert.match(await text(p, '#article-44 .pending-list li p'), /^Вводится в действие с 2023-01-01: излагает в новой редакции подпункт 2\) — принята: Закон РК/u);
      assert.equal(await p.$eval('header.page-header', (e: any) => e.lang), 'ru');
      // No English wording left in the interface (constitution text and labels from the store aside).
      const chrome = await p.$$eval('[lang=ru]:not(.views):not(.views *)', (els: any[]) => els.map((e: any) => e.innerText).join('\n'));
      assert.doesNotMatch(chrome, /\b(Summary|Article|amended|added|Contents|Before|After|Pending|Amending)\b/u);
      await p.screenshot({ path: join(tmpdir(), 'constdiff-ui-ru.png') });
    } finally {
      await context.close();
    }
  });

  test('Kazakh: the same page in the Constitution\'s Kazakh vocabulary; interface lang="kk"', async () => {
    const { page: p, watch, context } = await page('kk', inUi('kk', () => renderHtml(diff)), 'kk.html');
    try {
      assert.deepEqual(problems(watch), []);
      assert.equal(await text(p, '#summary-title'), 'Қорытынды');
      assert.match(await text(p, '.headline'), /^102 баптың 22 бабы өзгертілді; \d+ сөз қосылды, \d+ сөз жойылды \(мәтіннің \d+,\d%\)\.$/u);
      assert.equal(await text(p, '#article-44-title'), '44-бап өзгертілді');
      assert.equal(await text(p, '#article-83-1-title'), '83-1-бап қосылды');
      assert.match(await text(p, '#article-53 .pending-list li p'), /^2023-01-01 бастап қолданысқа енгізіледі: бапты 1-1\) және 1-2\) тармақшалармен толықтырады/u);
      assert.equal(await text(p, 'label[for=view-side]'), 'Бұрын мен кейін қатар');
      assert.equal(await p.$eval('footer', (e: any) => e.lang), 'kk');
      await p.screenshot({ path: join(tmpdir(), 'constdiff-ui-kk.png') });
    } finally {
      await context.close();
    }
  });

  test('history page on a phone: the stacked timeline labels its cells in the interface language', async () => {
    const history = articleHistory(loadTimeline(openStore(), 'kz', 'rus'), '44');
    const { page: p, watch, context } = await page('ru', inUi('ru', () => renderHistoryHtml(history)), 'history-ru.html', 360);
    try {
      assert.deepEqual(problems(watch), []);
      assert.equal(await text(p, '#timeline-title'), 'Хронология');
      const before = (label: string) => p.$eval(`table.timeline td[data-label="${label}"]`, (e: any) =>
        (globalThis as any).getComputedStyle(e, '::before').content);
      assert.equal(await before('Действует с'), '"с "');
      assert.equal(await before('Акты'), '"акты: "');
      await p.screenshot({ path: join(tmpdir(), 'constdiff-ui-ru-history-phone.png'), fullPage: false });
    } finally {
      await context.close();
    }
  });
});

test('--ui kk --format html: the CLI renders the page in Kazakh, English by default', () => {
  const kk = runCli(['diff', '2019-03-23', '2022-06-08', '--article', '44', '--format', 'html', '--ui', 'kk']);
  assert.equal(kk.status, 0, kk.stderr);
  assert.match(kk.stdout, /<h2 id="summary-title">Қорытынды<\/h2>/u);
  assert.match(kk.stdout, /<header class="page-header" lang="kk">/u);
  const en = runCli(['diff', '2019-03-23', '2022-06-08', '--article', '44', '--format', 'html']);
  assert.match(en.stdout, /<h2 id="summary-title">Summary<\/h2>/u);
  assert.match(en.stdout, /<header class="page-header" lang="en">/u);
});
