// End to end in tmux (80x24): the built CLI's TUI loads an article's history
// (`h`) and the Kazakh text next to the Russian (`l`) from the store itself.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CLI, ENGLISH_UI_SHELL, ROOT } from './helpers/cli.js';
import { hasTmux, tmuxSession, tmuxSkip as skip } from './helpers/tmux.js';

const session = tmuxSession(`constdiff-views-${process.pid}`, 20_000);

test('constdiff tui in tmux: h shows article 15 through the versions, l adds the Kazakh text', { skip }, async () => {
  assert.ok(hasTmux, 'tmux is needed for this test (install it, or set CONSTDIFF_SKIP_TMUX=1)');
  session.start(ROOT);
  try {
    session.send(`PS1='$ ' ${ENGLISH_UI_SHELL} NO_COLOR=1 ${process.execPath} ${CLI} tui --article 15; echo "exit=$?"`, 'Enter');
    await session.waitFor(/Article 15 · amended[\s\S]*h history/u, 'the first frame on article 15');

    session.send('h');
    let text = await session.waitFor(/History of Article 15/u, 'the history view');
    assert.match(text, /1995-08-29 Article 15: first text in the store/u);
    assert.match(text, /Esc\/h back/u);
    session.send('NPage');
    text = await session.waitFor(/2022-06-08 Article 15: amended/u, 'the 2022 change after a page down');
    assert.ok(text.split('\n').every((line) => [...line].length <= 80), 'nothing wider than the terminal');

    session.send('Escape');
    await session.waitFor(/^(?![\s\S]*History of)[\s\S]*Article 15 · amended/u, 'back to the diff');
    session.send('l');
    text = await session.waitFor(/rus\s+│ kaz/u, 'the two-language view');
    assert.match(text, /kz rus\+kaz/u);
    assert.match(text, /Әркімнің өмір сүруге/u);

    session.send('q');
    await session.waitFor(/exit=0/u, 'the CLI to exit');
  } finally {
    session.kill();
  }
});
