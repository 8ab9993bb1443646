// The terminal UI in Russian and Kazakh, on the real referendum pair at 80x24:
// header, list status, diff pane (title, pending wording), key help, the help
// overlay and the history view all come from the catalog in use.
import assert from 'node:assert/strict';
import { after, afterEach, test } from 'node:test';
import { stripVTControlCharacters } from 'node:util';
import { compareVersions, loadTimeline } from '../src/cli/compare.js';
import { type UiLang, useUi } from '../src/report/messages.js';
import { openStore } from '../src/store/index.js';
import { articleHistory } from '../src/timeline/index.js';
import { App, type AppProps } from '../src/tui/index.js';
import { KEYS, press, ready, renderSized } from './fixtures/tui-harness.js';
import { CLI, ROOT } from './helpers/cli.js';
import { tmuxSession, tmuxSkip } from './helpers/tmux.js';

const store = openStore();
const diff = compareVersions(store, { constitution: 'kz', from: '2019-03-23', to: '2022-06-08', lang: 'rus' });
const timeline = loadTimeline(store, 'kz', 'rus');
const props: AppProps = {
  diff, versions: store.constitution('kz').versions, loadDiff: () => diff, initialArticle: '44',
  loadHistory: (number, inVersion) => articleHistory(timeline, number, inVersion),
};

const plain = (frame: string | undefined) => stripVTControlCharacters(frame ?? '');
/** The diff pane's text (what follows the list pane on each body line), wrapped lines joined. */
const diffText = (frame: string | undefined) => plain(frame).split('\n')
  .map((line) => /^│.*?││ ?(.*?)\s*│?$/u.exec(line)?.[1]).filter((l): l is string => l !== undefined).join(' ').replace(/\s+/gu, ' ');
const apps: { unmount: () => void }[] = [];
afterEach(() => { for (const a of apps.splice(0)) a.unmount(); useUi('en'); });
after(() => useUi('en'));

async function open(ui: UiLang) {
  useUi(ui);
  const app = renderSized(<App {...props} />, 80, 24);
  apps.push(app);
  await ready(app);
  return app;
}

test('Russian: header, list, article 44 with its pending wording, key help', async () => {
  const app = await open('ru');
  const frame = plain(app.lastFrame());
  assert.match(frame, /изменено 22\/102 · изменено: 20 · добавлено: 2 · слов \+\d+ -\d+/u);
  assert.match(frame, /изменено: 22/u, 'changed articles only, from the start');
  assert.match(frame, /Статья 44 · изменена · слов \+\d+ -\d+/u);
  assert.match(frame, /q выход · \? справка · \]\/\[ изменение · \/ поиск · h история/u);
  assert.doesNotMatch(frame, /\b(changed|Article|amended|quit)\b/u);
  await press(app, KEYS.tab, '\u001B[F');
  assert.match(diffText(app.lastFrame()), /Отложенная редакция с 2023-01-01 \(Закон РК от 08\.06\.2022\): излагает в новой редакции подпункт/u);
});

test('Kazakh: the help overlay and the history view', async () => {
  const app = await open('kk');
  let frame = plain(app.lastFrame());
  assert.match(frame, /44-бап · өзгертілді/u);
  await press(app, '?');
  frame = plain(app.lastFrame());
  assert.match(frame, /Пернелер/u);
  assert.match(frame, /↑\/↓ j\/k {6}тізімде таңдау/u);
  assert.match(frame, /g немесе : {3}нөмірі бойынша бапқа өту/u);
  assert.match(frame, /~ өзгертілді {2}\+ қосылды {2}- алынып тасталды/u);
  assert.match(frame, /\^ орны ауыстырылды {2}P кейінгі редакция/u);
  assert.match(frame, /\[-алынып тасталды-\] {2}\{\+қосылды\+\}/u);
  await press(app, 'x', 'h');
  frame = plain(app.lastFrame());
  assert.match(frame, /44-бап: тарихы · rus · \d+ нұсқа, \d+ нұсқада өзгертілген/u);
  assert.match(frame, /Esc немесе h: салыстыруға оралу/u);
  assert.match(frame, /қоймадағы алғашқы мәтін/u);
  assert.match(frame, /Esc\/h артқа · ↑\/↓ j\/k PgUp\/PgDn айналдыру/u);
});

// The CLI loads the UI from its own bundle (dist/tui.bundle.js), which has its own
// copy of the catalog state: the language must reach it.
test('the built CLI in a real terminal: LANG=kk_KZ.UTF-8 opens the TUI in Kazakh', { skip: tmuxSkip }, async () => {
  const session = tmuxSession(`constdiff-i18n-${process.pid}`);
  session.start(ROOT);
  try {
    session.send(`LC_ALL= LC_MESSAGES= LANG=kk_KZ.UTF-8 NO_COLOR=1 ${process.execPath} ${CLI} tui --article 44; echo "exit=$?"`, 'Enter');
    const screen = await session.waitFor(/44-бап · өзгертілді/u, 'the Kazakh TUI');
    assert.match(screen, /q шығу · \? анықтама/u);
    session.send('q');
    await session.waitFor(/exit=0/u, 'the CLI to exit');
  } finally {
    session.kill();
  }
});

test('English stays English: the same frame reads as before', async () => {
  const app = await open('en');
  const frame = plain(app.lastFrame());
  assert.match(frame, /22\/102 changed · 20 amended · 2 added · \+\d+ -\d+ words/u);
  assert.match(frame, /Article 44 · amended/u);
  assert.match(frame, /q quit · \? help · \]\/\[ change · \/ search · h history · s split/u);
});
