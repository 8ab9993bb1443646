// End to end in tmux (80x24): the built CLI's TUI loads an article's history
// (`h`) and the Kazakh text next to the Russian (`l`) from the store itself.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { CLI, ROOT } from './helpers/cli.js';

const hasTmux = !spawnSync('tmux', ['-V']).error;
const skip = !hasTmux && process.env.CONSTDIFF_SKIP_TMUX === '1' ? 'tmux not installed (CONSTDIFF_SKIP_TMUX=1)' : false;
const session = `constdiff-views-${process.pid}`;
const tmux = (...args: string[]) => spawnSync('tmux', args, { encoding: 'utf8' });
const screen = () => tmux('capture-pane', '-p', '-t', session).stdout ?? '';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitFor(pattern: RegExp, what: string, ms = 20_000): Promise<string> {
  const start = Date.now();
  for (;;) {
    const text = screen();
    if (pattern.test(text)) return text;
    if (Date.now() - start > ms) throw new Error(`timed out waiting for ${what}; screen:\n${text}`);
    await sleep(50);
  }
}

test('constdiff tui in tmux: h shows article 15 through the versions, l adds the Kazakh text', { skip }, async () => {
  assert.ok(hasTmux, 'tmux is needed for this test (install it, or set CONSTDIFF_SKIP_TMUX=1)');
  tmux('new-session', '-d', '-s', session, '-x', '80', '-y', '24', '-c', ROOT, 'sh');
  try {
    tmux('send-keys', '-t', session, `PS1='$ ' NO_COLOR=1 ${process.execPath} ${CLI} tui --article 15; echo "exit=$?"`, 'Enter');
    await waitFor(/Article 15 · amended[\s\S]*h history/u, 'the first frame on article 15');

    tmux('send-keys', '-t', session, 'h');
    let text = await waitFor(/History of Article 15/u, 'the history view');
    assert.match(text, /1995-08-29 Article 15: first text in the store/u);
    assert.match(text, /Esc\/h back/u);
    tmux('send-keys', '-t', session, 'NPage');
    text = await waitFor(/2022-06-08 Article 15: amended/u, 'the 2022 change after a page down');
    assert.ok(text.split('\n').every((line) => [...line].length <= 80), 'nothing wider than the terminal');

    tmux('send-keys', '-t', session, 'Escape');
    await waitFor(/^(?![\s\S]*History of)[\s\S]*Article 15 · amended/u, 'back to the diff');
    tmux('send-keys', '-t', session, 'l');
    text = await waitFor(/rus\s+│ kaz/u, 'the two-language view');
    assert.match(text, /kz rus\+kaz/u);
    assert.match(text, /Әркімнің өмір сүруге/u);

    tmux('send-keys', '-t', session, 'q');
    await waitFor(/exit=0/u, 'the CLI to exit');
  } finally {
    tmux('kill-session', '-t', session);
  }
});
