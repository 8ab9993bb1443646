// `constdiff site` on the bundled store, built once by the real CLI and checked
// file by file and in Chromium: every internal link resolves, the matrix has a
// cell for every article of every version that agrees with `diff --format json`,
// permalinks show the wording of the store files, the feeds are Atom (RFC 4287),
// pages work with scripts off and make no network request; phone-width
// screenshots are kept in $CONSTDIFF_SCREENSHOTS when set, for a human look.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { DOMParser, type Document, type Element } from '@xmldom/xmldom';
import type { Browser } from 'playwright-core';
import { CLI, oneLineError, ROOT, runCli } from './helpers/cli.js';
import { tempDir } from './helpers/exports.js';
import { spawnSync } from 'node:child_process';
import { browserSkipReason, launchBrowser, openFile, problems, screenshotTo } from './browser.js';

const STORE = `${ROOT}constitution/kz`;
const manifest = readFileSync(`${STORE}/manifest.yaml`, 'utf8');
const VERSIONS = [...manifest.matchAll(/^ {2}- id: (\S+)$/gm)].map((m) => m[1]);

/** Article numbers of a version's Russian text, from the store's file names (`083-1.md` is 83-1). */
const storeNumbers = (version: string): string[] => readdirSync(`${STORE}/${version}/rus`).filter((f) => f.endsWith('.md'))
  .map((f) => f.replace(/\.md$/, '').replace(/^0+(?=\d)/, ''));
/** The text of an article file after its frontmatter. */
const storeBody = (version: string, lang: string, file: string): string =>
  readFileSync(`${STORE}/${version}/${lang}/${file}`, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');

const walk = (dir: string): string[] => readdirSync(dir, { withFileTypes: true })
  .flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
const decode = (s: string) => s.replace(/&#x([0-9a-f]+);/gi, (_, x: string) => String.fromCodePoint(Number.parseInt(x, 16)))
  .replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** The build takes tens of seconds on a loaded machine: longer than runCli waits. */
function buildSite(dir: string) {
  const r = spawnSync(process.execPath, [CLI, 'site', '--output', dir], { cwd: ROOT, encoding: 'utf8', timeout: 600_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

let site: string;
let buildOutput: string;

before(() => {
  site = join(tempDir('constdiff-site-'), 'site');
  const run = buildSite(site);
  assert.equal(run.status, 0, run.stderr);
  buildOutput = run.stdout;
});
after(() => rmSync(dirname(site), { recursive: true, force: true }));

test('the site is written whole: the pages, the marker, a page per article and version and per pair', () => {
  assert.match(buildOutput, /^wrote .+: \d+ files, [\d.]+ MB in [\d.]+ s; open .+index\.html\n$/);
  for (const page of ['index.html', 'matrix.html', 'articles.html', 'compare.html', 'search.html', 'languages.html', 'feed.xml', '.constdiff-site']) {
    assert.ok(existsSync(join(site, page)), page);
  }
  for (const v of VERSIONS) for (const n of storeNumbers(v)) assert.ok(existsSync(join(site, `article-${n}`, `${v}.html`)), `article-${n}/${v}.html`);
  assert.equal(readdirSync(join(site, 'changes')).length, (VERSIONS.length * (VERSIONS.length - 1)) / 2);
  // Nothing left beside the site: no staging folder.
  assert.deepEqual(readdirSync(dirname(site)), ['site']);
});

test('every internal link of every page and feed resolves, fragments included', () => {
  const files = walk(site).filter((f) => /\.(html|xml)$/.test(f));
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let known = ids.get(file);
    if (!known) {
      known = new Set([...readFileSync(file, 'utf8').matchAll(/ id="([^"]+)"/g)].map((m) => decode(m[1])));
      ids.set(file, known);
    }
    return known;
  };
  const broken: string[] = [];
  let links = 0;
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/ href="([^"]*)"/g)) {
      const href = decode(m[1]);
      if (/^(https?:|mailto:)/.test(href)) continue;
      links += 1;
      const [path, fragment] = href.split('#');
      const target = path === '' ? file : resolve(dirname(file), path);
      if (!target.startsWith(site) || !existsSync(target) || statSync(target).isDirectory()) {
        broken.push(`${relative(site, file)} -> ${href}`);
        continue;
      }
      if (fragment && target.endsWith('.html') && !idsOf(target).has(decodeURIComponent(fragment))) broken.push(`${relative(site, file)} -> ${href} (no such id)`);
    }
  }
  assert.ok(links > 10_000, `only ${links} links`);
  assert.deepEqual(broken.slice(0, 20), []);
});

interface Feed { file: string; doc: Document }

test('every feed is Atom (RFC 4287): required elements, unique ids, dates, links', () => {
  const ATOM = 'http://www.w3.org/2005/Atom';
  const feeds = walk(site).filter((f) => f.endsWith('.xml'));
  assert.ok(feeds.length > 100);
  const date = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
  const parsed: Feed[] = feeds.map((file) => {
    const errors: string[] = [];
    const doc = new DOMParser({ onError: (level, message) => { if (level !== 'warning') errors.push(message); } })
      .parseFromString(readFileSync(file, 'utf8'), 'application/xml');
    assert.deepEqual(errors, [], file);
    return { file, doc };
  });
  for (const { file, doc } of parsed) {
    const where = relative(site, file);
    const root = doc.documentElement;
    assert.ok(root, where);
    assert.equal(root.localName, 'feed', where);
    assert.equal(root.namespaceURI, ATOM, where);
    const children = (el: Element, name: string): Element[] => [...el.childNodes].filter((c): c is Element => c.nodeType === 1 && (c as Element).localName === name && (c as Element).namespaceURI === ATOM);
    // atom:feed: exactly one id, title, updated; an author (here at feed level, so entries need none); a self link.
    for (const name of ['id', 'title', 'updated']) assert.equal(children(root, name).length, 1, `${where}: feed/${name}`);
    assert.ok(children(root, 'author').length >= 1 && children(children(root, 'author')[0], 'name').length === 1, `${where}: author/name`);
    assert.match(children(root, 'updated')[0].textContent ?? '', date);
    assert.ok(children(root, 'link').some((l) => l.getAttribute('rel') === 'self'), `${where}: self link`);
    const entryIds = new Set<string>();
    for (const entry of children(root, 'entry')) {
      for (const name of ['id', 'title', 'updated']) assert.equal(children(entry, name).length, 1, `${where}: entry/${name}`);
      const id = children(entry, 'id')[0].textContent ?? '';
      assert.match(id, /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/, where);
      assert.ok(!entryIds.has(id), `${where}: entry id twice`);
      entryIds.add(id);
      assert.match(children(entry, 'updated')[0].textContent ?? '', date);
      // No content with a src: an alternate link is required (RFC 4287 4.1.1), and we always give one.
      assert.ok(children(entry, 'link').some((l) => (l.getAttribute('rel') ?? 'alternate') === 'alternate'), `${where}: entry link`);
    }
  }
  // Article 15's feed has the referendum entry, linking to the permalink of 2022-06-08.
  const fifteen = parsed.find((f) => f.file.endsWith('article-15/feed.xml'))!;
  const entries = [...fifteen.doc.getElementsByTagNameNS(ATOM, 'entry')];
  const referendum = entries.find((e) => e.getElementsByTagNameNS(ATOM, 'updated')[0].textContent?.startsWith('2022-06-08'));
  assert.ok(referendum);
  assert.equal(referendum.getElementsByTagNameNS(ATOM, 'link')[0].getAttribute('href'), '../article-15/2022-06-08.html');
  // The whole constitution's feed: an entry per version.
  const whole = parsed.find((f) => f.file === join(site, 'feed.xml'))!;
  assert.equal(whole.doc.getElementsByTagNameNS(ATOM, 'entry').length, VERSIONS.length);
});

test('a replaced site is replaced whole; a folder of other files or a file is refused', () => {
  const again = buildSite(site);
  assert.equal(again.status, 0, again.stderr);
  assert.match(again.stdout, /replaced the site that was there/);
  assert.deepEqual(readdirSync(dirname(site)), ['site']);
  const foreign = tempDir('constdiff-site-foreign-');
  writeFileSync(join(foreign, 'notes.txt'), 'mine');
  const refused = runCli(['site', '--output', foreign]);
  assert.equal(refused.status, 2);
  assert.match(oneLineError(refused), /holds files and no site made by constdiff/);
  assert.equal(readFileSync(join(foreign, 'notes.txt'), 'utf8'), 'mine');
  assert.deepEqual(readdirSync(dirname(foreign)).filter((n) => n.includes('constdiff-site-foreign') && n.startsWith('.')), []);
  const file = join(foreign, 'notes.txt');
  assert.equal(runCli(['site', '--output', file]).status, 1);
  const missing = runCli(['site', '--output', join(foreign, 'no', 'such')]);
  assert.equal(missing.status, 1);
  assert.match(oneLineError(missing), /does not exist/);
  rmSync(foreign, { recursive: true, force: true });
});

describe('the site in Chromium', { skip: browserSkipReason() }, () => {
  let browser: Browser;
  before(async () => { browser = await launchBrowser(); });
  after(async () => { await browser?.close(); });

  test('the matrix: a column per version, every article of every version in one cell, cells as diff --format json says', async () => {
    const { page, watch, context } = await openFile(browser, join(site, 'matrix.html'));
    const columns = await page.$$eval('table.matrix thead th[id^=col-]', (ths: any[]) => ths.map((th) => String(th.textContent)));
    assert.deepEqual(columns, VERSIONS);
    const rows = await page.$$eval('table.matrix tbody tr:not(.section)', (trs: any[]) => trs.map((tr) =>
      [...tr.querySelectorAll('td')].map((td: any) => ({ v: td.dataset.version, n: td.dataset.number ?? null, s: td.dataset.status ?? null,
        a: td.dataset.wordsAdded ?? null, r: td.dataset.wordsRemoved ?? null, gone: td.dataset.gone === 'true' }))));
    for (const row of rows) assert.deepEqual(row.map((c) => c.v), VERSIONS);
    // One row per article: each article of each version is in exactly one row (the marks where a line ends aside).
    for (const [i, v] of VERSIONS.entries()) {
      const inColumn = rows.map((r) => r[i]).filter((c) => c.n !== null && !c.gone).map((c) => c.n!);
      assert.deepEqual([...inColumn].sort(), storeNumbers(v).sort(), v);
    }
    for (let i = 1; i < VERSIONS.length; i++) {
      const run = runCli(['diff', VERSIONS[i - 1], VERSIONS[i], '--format', 'json']);
      assert.equal(run.status, 0, run.stderr);
      const report = JSON.parse(run.stdout) as { articles: { number: string; previousNumber?: string; status: string; counts: { wordsAdded: number; wordsRemoved: number } }[] };
      const column = rows.map((r) => r[i]);
      for (const a of report.articles) {
        // A repealed article keeps its old number; one number can hold two articles of a step (2026: old 84 gone, old 83 now 84).
        const number = a.status === 'repealed' ? a.previousNumber ?? a.number : a.number;
        const cells = column.filter((c) => c.n === number && c.s === a.status);
        assert.ok(cells.length, `${VERSIONS[i]}: no ${a.status} cell for article ${number}`);
        if (a.status !== 'repealed') {
          assert.ok(cells.some((c) => c.gone || (c.a === String(a.counts.wordsAdded) && c.r === String(a.counts.wordsRemoved))),
            `${VERSIONS[i]} article ${a.number}: words`);
        }
      }
      assert.equal(column.filter((c) => c.s !== null && c.s !== 'first').length, report.articles.length, VERSIONS[i]);
    }
    // A changed cell names the act on hover and links to that step's redline.
    const cell = page.locator('td[data-version="2022-06-08"][data-number="15"]');
    assert.match(await cell.getAttribute('title') ?? '', /Article 15, 2022-06-08: amended, \+\d+ \/ −\d+ words · 2022-06-08/);
    assert.equal(await cell.locator('a').getAttribute('href'), 'article-15/2022-06-08.html#changes');
    assert.deepEqual(problems(watch), []);
    await context.close();
  });

  test('a permalink shows its version\'s wording in both languages, and what that version changed', async () => {
    const { page, watch, context } = await openFile(browser, join(site, 'article-15', '2022-06-08.html'));
    const columns = await page.$$eval('#text .lang-col', (cols: any[]) => cols.map((c) => String(c.textContent).replace(/\s+/g, ' ')));
    // Point 2 of article 15 as stored for 2022-06-08, in each language (read from the store files).
    const point2 = (lang: string) => storeBody('2022-06-08', lang, '015.md').split('\n').find((l) => l.startsWith('2. '))!.slice(3).trim();
    assert.match(point2('rus'), /Смертная казнь запрещается/);
    assert.ok(columns[0].includes(point2('rus')), columns[0]);
    assert.ok(columns[1].includes(point2('kaz')), columns[1]);
    // And the 2019 permalink still reads the old wording.
    const old = storeBody('2019-03-23', 'rus', '015.md').split('\n').find((l) => l.startsWith('2. '))!.slice(3).trim();
    assert.match(old, /Смертная казнь устанавливается законом/);
    const page2019 = readFileSync(join(site, 'article-15', '2019-03-23.html'), 'utf8');
    assert.ok(page2019.includes(old));
    assert.ok(!page2019.includes(point2('rus')));
    // The step's redline: the deleted and inserted words of the referendum.
    assert.match(await page.locator('#changes del').first().innerText(), /устанавливается/);
    assert.match(await page.locator('#changes ins').first().innerText(), /запрещается/);
    assert.deepEqual(problems(watch), []);
    await context.close();
  });

  test('pages work with scripts off: content, links, the compare table, a note on search', async () => {
    for (const path of ['index.html', 'matrix.html', 'articles.html', 'compare.html', 'search.html', 'languages.html',
      'article-44/index.html', 'article-44/2022-06-08.html', 'changes/2019-03-23_2022-06-08.html']) {
      const { page, watch, context } = await openFile(browser, join(site, path), { javaScriptEnabled: false });
      assert.ok((await page.locator('h1').first().innerText()).length > 3, path);
      assert.deepEqual(problems(watch), [], path);
      if (path === 'compare.html') {
        assert.equal(await page.locator('table.pairs a').count(), (VERSIONS.length * (VERSIONS.length - 1)) / 2);
        assert.equal(await page.locator('#compare-form').isVisible(), false);
      }
      if (path === 'search.html') assert.match(await page.locator('#search-noscript').innerText(), /needs scripts/);
      if (path === 'article-44/2022-06-08.html') assert.ok(await page.locator('#changes .redline').first().isVisible());
      await context.close();
    }
  });

  test('with scripts: search finds since when a wording exists, compare opens a pair; no network request anywhere', async () => {
    const s = await openFile(browser, join(site, 'search.html'));
    await s.page.fill('#q', 'Смертная казнь запрещается');
    const first = s.page.locator('#results li').first();
    assert.match(await first.innerText(), /Article 15, point 2\. \(Russian\)[\s\S]*since 2022-06-08/);
    await first.locator('a').click();
    await s.page.waitForURL(/article-15\/2022-06-08\.html$/);
    // Following a link loads another file of the site; nothing else may be asked for.
    const offline = (w: typeof s.watch) => problems({ ...w, requests: w.requests.filter((u) => !u.startsWith(`file://${site}/`)) });
    assert.deepEqual(s.watch.requests, [`file://${site}/article-15/2022-06-08.html`]);
    assert.deepEqual(offline(s.watch), []);
    await s.context.close();
    const c = await openFile(browser, join(site, 'compare.html'));
    await c.page.selectOption('#from', '2023-01-01');
    await c.page.selectOption('#to', '1995-08-29');
    await c.page.click('#compare-form button');
    await c.page.waitForURL(/changes\/1995-08-29_2023-01-01\.html$/);
    assert.match(await c.page.locator('h1').innerText(), /1995-08-29/);
    assert.deepEqual(offline(c.watch), []);
    await c.context.close();
  });

  test('at phone width (390 px): no sideways scrolling of the page, the matrix scrolls in its frame with sticky headers', async () => {
    for (const path of ['index.html', 'matrix.html', 'article-44/2022-06-08.html', 'languages.html']) {
      const { page, watch, context } = await openFile(browser, join(site, path), { width: 390, height: 844 });
      const overflow = await page.evaluate(() => {
        const root = (globalThis as any).document.documentElement;
        return root.scrollWidth - root.clientWidth;
      });
      assert.ok(overflow <= 0, `${path} scrolls sideways by ${overflow}px`);
      if (path === 'matrix.html') {
        const wrap = page.locator('.matrix-wrap');
        await wrap.evaluate((el: any) => { el.scrollTop = 800; el.scrollLeft = 200; });
        const [wrapBox, headBox, rowHeadBox] = await Promise.all([wrap.boundingBox(), page.locator('.matrix thead th').nth(3).boundingBox(),
          page.locator('.matrix tbody tr:not(.section) th').nth(30).boundingBox()]);
        assert.ok(Math.abs(headBox!.y - wrapBox!.y) < 3, 'the version row stays at the top of the frame');
        assert.ok(Math.abs(rowHeadBox!.x - wrapBox!.x) < 3, 'the article column stays at the left of the frame');
      }
      await page.screenshot(screenshotTo(`site-${path.replace(/[/.]/g, '_')}-390.png`));
      assert.deepEqual(problems(watch), [], path);
      await context.close();
    }
  });
});
