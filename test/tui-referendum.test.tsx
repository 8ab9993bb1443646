// The TUI on the real 2022 referendum pair from the bundled store, through the
// real engine: the first frame's summary, and article 15's death-penalty change.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { stripVTControlCharacters } from 'node:util';
import stringWidth from 'string-width';
import { diffVersions } from '../src/diff/index.js';
import { openStore } from '../src/store/index.js';
import { App } from '../src/tui/index.js';
import { KEYS, press, ready, renderSized } from './fixtures/tui-harness.js';

const store = openStore();
const loadDiff = (from: string, to: string) => diffVersions({
  constitution: 'kz', lang: 'rus', from: store.version('kz', from), to: store.version('kz', to),
  oldArticles: store.readVersion('kz', from, 'rus'), newArticles: store.readVersion('kz', to, 'rus'),
});
const diff = loadDiff('2019-03-23', '2022-06-08');
const plain = (frame: string | undefined) => stripVTControlCharacters(frame ?? '');
const paneText = (frame: string | undefined) => plain(frame).split('\n')
  .map((line) => /^│.*?││ ?(.*?)\s*│?$/u.exec(line)?.[1] ?? '').join(' ').replace(/\s+/g, ' ');

test('referendum pair: the first frame shows both versions and the summary counts', async () => {
  const app = renderSized(<App diff={diff} versions={store.constitution('kz').versions} loadDiff={loadDiff} />, 80, 24);
  await ready(app);
  const frame = plain(app.lastFrame());
  const { summary } = diff;
  assert.ok(summary.changed > 0 && summary.articles.amended > 0);
  assert.match(frame, /2019-03-23 \(.*\) → 2022-06-08/);
  assert.ok(frame.includes(`${summary.changed}/${summary.total} changed · ${summary.articles.amended} amended`), frame);
  assert.ok(frame.includes(`+${summary.wordsAdded} -${summary.wordsRemoved} words`));
  for (const line of frame.split('\n')) assert.ok(stringWidth(line) <= 80, line);
  app.unmount();
});

test('referendum pair: article 15 shows the death penalty replaced by a ban', async () => {
  const app = renderSized(<App diff={diff} versions={store.constitution('kz').versions} loadDiff={loadDiff} />, 80, 24);
  await ready(app);
  await press(app, 'g', '1', '5', KEYS.enter);
  const text = paneText(app.lastFrame());
  assert.match(text, /Article 15 · amended/);
  assert.match(text, /Смертная казнь \[-устанавливается законом как исключительная мера наказания/);
  assert.match(text, /\{\+запрещается\+\}/);
  assert.match(text, /Amended by: .*2022-06-08/);
  app.unmount();
});

test('referendum pair: --article 44 opens there, with only changed articles listed', async () => {
  const app = renderSized(<App diff={diff} versions={store.constitution('kz').versions} loadDiff={loadDiff}
    initialArticle="44" />, 80, 24);
  await ready(app);
  assert.match(paneText(app.lastFrame()), /Article 44 · amended/);
  // Changed articles only, from the start.
  assert.match(plain(app.lastFrame()), new RegExp(`${diff.summary.changed} changed`));
  const marks = plain(app.lastFrame()).split('\n').map((l) => /^│[▸ ](.)/u.exec(l)?.[1]).filter((m) => m !== undefined);
  assert.ok(marks.length > 0 && marks.every((m) => m !== ' '), `only changed articles: ${marks.join('')}`);
  app.unmount();
});

test('referendum pair, Russian and Kazakh: every laid-out line fits its width, inline and side by side', async () => {
  const { articleLines } = await import('../src/tui/articleLines.js');
  const kaz = diffVersions({
    constitution: 'kz', lang: 'kaz', from: store.version('kz', '2019-03-23'), to: store.version('kz', '2022-06-08'),
    oldArticles: store.readVersion('kz', '2019-03-23', 'kaz'), newArticles: store.readVersion('kz', '2022-06-08', 'kaz'),
  });
  for (const pair of [diff, kaz]) {
    for (const article of pair.articles) {
      for (const width of [56, 31]) {
        for (const sideBySide of [false, true]) {
          for (const line of articleLines(article, pair, { width, sideBySide })) {
            const text = line.map((s) => s.text).join('');
            assert.ok(stringWidth(text) <= width, `${pair.lang} ${article.number} @${width}${sideBySide ? ' sbs' : ''}: ${text}`);
            assert.ok(!/[\u0000-\u001f\u007f-\u009f]/.test(text), `control character in ${pair.lang} ${article.number}`);
          }
        }
      }
    }
  }
});
