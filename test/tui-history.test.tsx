// The TUI's history view (`h`) and two-language view (`l`): on a hand-made
// history and the sample diff, then on the real store (article 15, the
// 2022 referendum pair in Russian and Kazakh).
import assert from 'node:assert/strict';
import { afterEach, describe, test } from 'node:test';
import { stripVTControlCharacters } from 'node:util';
import { cleanup, render as renderTesting } from 'ink-testing-library';
import stringWidth from 'string-width';
import { loadTimeline, compareVersions } from '../src/cli/compare.js';
import { diffArticle } from '../src/diff/index.js';
import { articleHistory } from '../src/timeline/index.js';
import { UsageError } from '../src/errors.js';
import { openStore } from '../src/store/index.js';
import { App, type AppProps } from '../src/tui/index.js';
import type { ArticleHistory } from '../src/types.js';
import { FROM, SAMPLE_DIFF, TO } from './fixtures/sample-diff.js';
import { KEYS, press, ready, renderSized } from './fixtures/tui-harness.js';

afterEach(() => cleanup());

const plain = (frame: string | undefined) => stripVTControlCharacters(frame ?? '');
/** Text inside the full-width history box: each body line between its borders. */
const boxText = (frame: string | undefined) => plain(frame).split('\n')
  .map((line) => /^│ ?(.*?)\s*│$/u.exec(line)?.[1]).filter((l): l is string => l !== undefined).join('\n');
const joined = (text: string) => text.replace(/\s+/g, ' ');
/** The right pane's lines (after the list pane). */
const diffPane = (frame: string | undefined) => plain(frame).split('\n')
  .map((line) => /^│(?:.*?││)? ?(.*?)\s*│?$/u.exec(line)?.[1]).filter((l): l is string => l !== undefined);
/** One column of the two-language view, wrapped lines joined. */
const column = (frame: string | undefined, side: 0 | 1) => joined(diffPane(frame)
  .filter((l) => l.includes(' │ ') || side === 0).map((l) => l.split(' │ ')[side] ?? '').join(' '));

/** Article 15 of the sample: first text in 2019-03-23, the death penalty banned in 2022-06-08. */
const a15 = SAMPLE_DIFF.articles.find((a) => a.number === '15')!;
const HISTORY: ArticleHistory = {
  constitution: 'kz', lang: 'rus', number: '15', anchor: FROM.id,
  steps: [
    { version: FROM, number: '15', diff: diffArticle(undefined, a15.old, 'rus'), changed: true, acts: [] },
    { version: TO, number: '15', diff: a15, changed: true, acts: [{ date: '2022-06-08', source: 'footnote' }] },
  ],
};

function props(extra: Partial<AppProps> = {}): AppProps {
  return { diff: SAMPLE_DIFF, versions: [FROM, TO], loadDiff: () => SAMPLE_DIFF, ...extra };
}

describe('h: history of the selected article (fixture)', () => {
  test('without a loader, h is not offered and does nothing', async () => {
    const app = renderTesting(<App {...props()} />);
    await ready(app);
    assert.doesNotMatch(plain(app.lastFrame()), /h history/);
    await press(app, 'h');
    assert.doesNotMatch(plain(app.lastFrame()), /History of/);
    assert.match(plain(app.lastFrame()), /Article 15 · amended/);
    await press(app, '?');
    assert.doesNotMatch(plain(app.lastFrame()), /history of the article/);
  });

  test('h opens the history of the selected article; Esc and h return to the diff', async () => {
    const calls: string[][] = [];
    const loadHistory = (n: string, v: string) => { calls.push([n, v]); return HISTORY; };
    const app = renderSized(<App {...props({ loadHistory })} />, 100, 30);
    await ready(app);
    assert.match(plain(app.lastFrame()), /h history/);
    await press(app, 'h');
    assert.deepEqual(calls, [['15', TO.id]], 'the number read in the newer version');
    const text = joined(boxText(app.lastFrame()));
    assert.match(text, /History of Article 15 · rus · 2 versions, changed in 1/);
    assert.match(text, /\+ 2019-03-23 Article 15: first text in the store/);
    assert.match(text, /2\. Никто не вправе произвольно лишать человека жизни\. Смертная казнь устанавливается законом/);
    assert.match(text, /~ 2022-06-08 Article 15: amended · \+\d+ -\d+ words · by 2022-06-08 \(footnote\)/);
    assert.match(text, /\[-устанавливается законом как исключительная мера наказания за террористические преступления-\]\{\+запрещается\+\}/);
    // Only changed points are listed for a change: point 1 appears once, in the first text.
    assert.equal(text.match(/Каждый имеет право на жизнь/g)?.length, 1);
    assert.match(plain(app.lastFrame()), /Esc\/h back/);
    for (const line of plain(app.lastFrame()).split('\n')) assert.ok(stringWidth(line) <= 100, line);
    await press(app, KEYS.escape);
    assert.doesNotMatch(plain(app.lastFrame()), /History of/);
    assert.match(plain(app.lastFrame()), /Article 15 · amended/, 'back on the same article');
    await press(app, 'h');
    assert.match(plain(app.lastFrame()), /History of Article 15/);
    await press(app, 'h');
    assert.doesNotMatch(plain(app.lastFrame()), /History of/);
    app.unmount();
  });

  test('a repealed article is looked up in the older version; a failing loader leaves a one-line notice', async () => {
    const calls: string[][] = [];
    const app = renderSized(<App {...props({
      loadHistory: (n, v) => { calls.push([n, v]); throw new UsageError(`article ${n} is not in version ${v}`); },
    })} />, 100, 30);
    await ready(app);
    await press(app, 'g', '8', '4', KEYS.enter, 'h');
    assert.deepEqual(calls, [['84', FROM.id]]);
    assert.match(plain(app.lastFrame()), /No history for article 84: article 84 is not in version 2019-03-23/);
    assert.doesNotMatch(plain(app.lastFrame()), /History of/);
    app.unmount();
  });

  test('the history scrolls with j/k, PgDn/PgUp and End/Home', async () => {
    const app = renderSized(<App {...props({ loadHistory: () => HISTORY })} />, 60, 14);
    await ready(app);
    await press(app, 'h');
    const position = () => /lines (\d+)-(\d+) of (\d+)/.exec(plain(app.lastFrame()));
    assert.equal(position()?.[1], '1');
    const total = Number(position()![3]);
    await press(app, 'j');
    assert.equal(position()?.[1], '2');
    await press(app, 'k', KEYS.pageDown);
    assert.ok(Number(position()![1]) > 2);
    await press(app, KEYS.pageUp);
    assert.equal(position()?.[1], '1');
    await press(app, '\u001B[F'); // End
    assert.equal(Number(position()![2]), total, 'the last line is shown');
    assert.match(boxText(app.lastFrame()), /First text: 2019-03-23/, 'the first text comes last');
    app.unmount();
  });
});

describe('l: both languages side by side (fixture)', () => {
  test('a pair without a second language says so in one line; without a loader l is not offered', async () => {
    const app = renderSized(<App {...props({ loadParallel: () => undefined })} />, 100, 30);
    await ready(app);
    assert.match(plain(app.lastFrame()), /l languages/);
    await press(app, 'l');
    assert.match(plain(app.lastFrame()), /2019-03-23 → 2022-06-08 has no second language; showing rus only/);
    assert.match(joined(diffPane(app.lastFrame()).join(' ')), /преступления-\]\{\+запрещается\+\}/, 'the diff stays');
    app.unmount();
    const bare = renderTesting(<App {...props()} />);
    await ready(bare);
    assert.doesNotMatch(plain(bare.lastFrame()), /l languages/);
  });
});

describe('h and l on the real store', () => {
  const store = openStore();
  const req = { constitution: 'kz', from: '2019-03-23', to: '2022-06-08' } as const;
  const rus = compareVersions(store, { ...req, lang: 'rus' });
  const kaz = compareVersions(store, { ...req, lang: 'kaz' });
  const timeline = loadTimeline(store, 'kz', 'rus');
  const real = (extra: Partial<AppProps>): AppProps => ({
    diff: rus, versions: store.constitution('kz').versions,
    loadDiff: (from, to) => compareVersions(store, { constitution: 'kz', from, to, lang: 'rus' }), ...extra,
  });

  test('article 15: h lists every version and the 2022-06-08 ban on the death penalty', async () => {
    const app = renderSized(<App {...real({ loadHistory: (n, v) => articleHistory(timeline, n, v) })} />, 120, 40);
    await ready(app);
    await press(app, 'g', '1', '5', KEYS.enter, 'h');
    let text = '';
    // Read the whole history page by page.
    for (let page = 0; page < 12; page++) {
      text += `${boxText(app.lastFrame())}\n`;
      await press(app, KEYS.pageDown);
    }
    const all = joined(text);
    for (const v of store.constitution('kz').versions) assert.ok(all.includes(` ${v.id} Article 1`), v.id);
    assert.match(all, /~ 2022-06-08 Article 15: amended · .*by 2022-06-08 \(footnote\)/);
    assert.match(all, /Смертная казнь \[-устанавливается законом как исключительная мера наказания/);
    assert.match(all, /\{\+запрещается\+\}/);
    assert.match(all, /= 2022-09-17 Article 15: unchanged/);
    // The 2026 Constitution renumbers it (constitution/kz/2026-03-15/rus/017.md holds the right to life).
    assert.match(all, /# 2026-03-15 Article 17: renumbered 15 → 17/);
    app.unmount();
  });

  test('article 15: l shows the Russian and the Kazakh change side by side, l again goes back', async () => {
    const app = renderSized(<App {...real({ loadParallel: () => kaz })} />, 120, 40);
    await ready(app);
    await press(app, 'g', '1', '5', KEYS.enter, 'l');
    const frame = app.lastFrame();
    assert.match(plain(frame), /kz rus\+kaz {2}2019-03-23/);
    assert.ok(diffPane(frame).some((l) => /^rus\s+│ kaz$/.test(l)), 'column headings');
    assert.match(column(frame, 0), /Смертная казнь \[-устанавливается законом.*-\]\{\+запрещается\+\}/);
    // constitution/kz/2022-06-08/kaz/015.md: "Өлім жазасына тыйым салынады." (the death penalty is prohibited).
    assert.match(column(frame, 1), /Өлім \[-жазасы адамдардың.*заңмен белгіленеді.*-\]\{\+жазасына тыйым салынады\+\}/);
    assert.doesNotMatch(column(frame, 0), /тыйым/);
    for (const line of plain(frame).split('\n')) assert.ok(stringWidth(line) <= 120, line);
    await press(app, 'l');
    assert.doesNotMatch(plain(app.lastFrame()), /rus\+kaz/);
    assert.ok(!diffPane(app.lastFrame()).some((l) => l.includes(' │ ')), 'one language again');
    app.unmount();
  });
});
