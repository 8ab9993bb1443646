// The TUI as a reader found it (issue 16, "Terminal UI"): keys typed fast, Esc
// and q, search that jumps and highlights, opening on the first change with
// keys for the next/previous change, 80x24 header and footer, the list pane
// hidden for two columns, the 2026 renumbering, `s` keeping the place, the
// history's timeline first, and changes struck through / underlined.
import assert from 'node:assert/strict';
import { afterEach, describe, test } from 'node:test';
import { stripVTControlCharacters } from 'node:util';
import { cleanup } from 'ink-testing-library';
import chalk from 'chalk';
import stringWidth from 'string-width';
import { compareVersions, loadTimeline } from '../src/cli/compare.js';
import { diffArticle } from '../src/diff/index.js';
import { openStore } from '../src/store/index.js';
import { articleHistory } from '../src/timeline/index.js';
import { App, type AppProps } from '../src/tui/index.js';
import type { ArticleHistory } from '../src/types.js';
import { FROM, SAMPLE_DIFF, TO } from './fixtures/sample-diff.js';
import { KEYS, press, ready, renderSized, tick } from './fixtures/tui-harness.js';

afterEach(() => cleanup());

const plain = (frame: string | undefined) => stripVTControlCharacters(frame ?? '');
const lines = (frame: string | undefined) => plain(frame).split('\n');
/** Article labels of the list pane, in order (`72 (was 71-1)` whole). */
const listLabels = (frame: string | undefined) => lines(frame)
  .map((l) => /^│[▸ ].[P ] (.+?)\s+[█·]*\s*││/u.exec(l)?.[1]).filter((l): l is string => l !== undefined);
const selected = (frame: string | undefined) => lines(frame).map((l) => /^│▸.[P ] (\S+)/u.exec(l)?.[1]).find(Boolean);
/** The diff pane's rows (after the list pane when it is shown), margin included. */
const pane = (frame: string | undefined) => lines(frame)
  .map((l) => /^│(?:.*?││)?(.*?)\s*│$/u.exec(l)?.[1]).filter((l): l is string => l !== undefined);
const position = (frame: string | undefined) => /lines (\d+)-(\d+) of (\d+)/u.exec(plain(frame))?.slice(1).map(Number);
const hasList = (frame: string | undefined) => lines(frame).some((l) => l.includes('││'));

function props(extra: Partial<AppProps> = {}): AppProps {
  return { diff: SAMPLE_DIFF, versions: [FROM, TO], loadDiff: () => SAMPLE_DIFF, ...extra };
}

describe('keys', () => {
  test('keys typed faster than a frame all count: jjj in one write moves three rows', async () => {
    const app = renderSized(<App {...props()} />, 80, 24);
    await ready(app);
    assert.equal(selected(app.lastFrame()), '15');
    app.stdin.write('jjj');
    await tick(150);
    assert.equal(selected(app.lastFrame()), '83-1', 'from 15 three rows down: 44, 72, 83-1');
    app.stdin.write('kk');
    await tick(150);
    assert.equal(selected(app.lastFrame()), '44');
    // A jump typed in one go, Enter included.
    app.stdin.write('g90\r');
    await tick(150);
    assert.equal(selected(app.lastFrame()), '90');
    app.unmount();
  });

  test('Esc goes back and never quits; q quits from the diff pane, the help and the history', async () => {
    let exited = 0;
    const app = renderSized(<App {...props({ onExit: () => exited++ })} />, 80, 24);
    await ready(app);
    await press(app, KEYS.enter, KEYS.escape);
    assert.equal(exited, 0, 'Esc in the diff pane does not quit');
    assert.match(app.lastFrame() ?? '', /│▸/u);
    await press(app, 'j');
    assert.equal(selected(app.lastFrame()), '44', 'back in the list: j moves the selection');
    await press(app, KEYS.escape, KEYS.escape);
    assert.equal(exited, 0, 'Esc in the list does not quit either');
    assert.match(plain(app.lastFrame()), /q quits/);
    await press(app, '?', KEYS.escape);
    assert.doesNotMatch(plain(app.lastFrame()), /Keys \(any key/, 'Esc closes the help');
    const gone = app.waitUntilExit();
    await press(app, '?', 'q');
    assert.equal(exited, 1, 'q quits, even from the help');
    await gone;
  });

  test('q quits from the history view', async () => {
    let exited = 0;
    const history = historyOf15();
    const app = renderSized(<App {...props({ onExit: () => exited++, loadHistory: () => history })} />, 80, 24);
    await ready(app);
    await press(app, 'h', KEYS.escape);
    assert.equal(exited, 0);
    assert.doesNotMatch(plain(app.lastFrame()), /History of/, 'Esc leaves the history');
    await press(app, 'h', 'q');
    assert.equal(exited, 1);
  });
});

describe('search, changes and the reader\'s place', () => {
  test('search jumps to the first match, scrolls it into view and highlights it; n goes to the next', async () => {
    const level = chalk.level;
    chalk.level = 1;
    try {
      // 80x12: five rows of article 15; "террористические" is on its 7th line.
      const app = renderSized(<App {...props()} />, 80, 12);
      await ready(app);
      await press(app, 'j'); // on 44: the search wraps round to 15
      await press(app, '/', ...'террористические', KEYS.enter);
      assert.equal(selected(app.lastFrame()), '15');
      const shown = pane(app.lastFrame()).join('\n');
      assert.match(shown, /террористические/, 'the match is in view');
      assert.match(shown, /^›.*террористические/mu, 'and marked in the margin');
      assert.match(app.lastFrame() ?? '', /\u001b\[7m(?:\u001b\[\d+m)*террористические/u, 'highlighted (inverse)');
      // Article 90 has none: n says so.
      await press(app, 'n');
      assert.match(plain(app.lastFrame()), /No later match for "террористические"/);
      app.unmount();
    } finally {
      chalk.level = level;
    }
  });

  test('] and [ step through the changes, on to the next article and back', async () => {
    const app = renderSized(<App {...props()} />, 80, 24);
    await ready(app);
    await press(app, ']');
    let marked = pane(app.lastFrame()).find((l) => l.startsWith('›'));
    assert.match(marked ?? '', /Смертная казнь \[-устанавливается/u, 'article 15: its one change');
    await press(app, ']');
    assert.equal(selected(app.lastFrame()), '44', 'past the last change of 15: on to 44');
    marked = pane(app.lastFrame()).find((l) => l.startsWith('›'));
    assert.match(marked ?? '', /\{\+1-1\)\+\}|1-1\)/u, 'its first change, the inserted subpoint');
    await press(app, ']');
    marked = pane(app.lastFrame()).find((l) => l.startsWith('›'));
    assert.match(marked ?? '', /Мажилис/u, 'the second change of 44');
    await press(app, '[', '[');
    assert.equal(selected(app.lastFrame()), '15', '[ goes back across articles');
    assert.match(pane(app.lastFrame()).find((l) => l.startsWith('›')) ?? '', /\[-устанавливается/u);
    app.unmount();
  });

  test('s keeps the place in the article instead of jumping to the top', async () => {
    const app = renderSized(<App {...props({ initialArticle: '15' })} />, 130, 12);
    await ready(app);
    await press(app, KEYS.enter, '\u001B[F'); // End
    const before = position(app.lastFrame());
    assert.ok(before && before[0] > 1, `scrolled down: ${before?.join(',')}`);
    assert.match(pane(app.lastFrame()).join(' '), /08\.06\.2022/);
    await press(app, 's');
    assert.ok(pane(app.lastFrame()).some((l) => l.includes(' │ ')), 'side by side');
    // The top row was in point 2 (the death penalty): point 2 is still where the reader is.
    assert.notEqual(position(app.lastFrame())?.[0], 1, 'not back at the top');
    assert.doesNotMatch(pane(app.lastFrame()).join(' '), /Article 15 ·/u, 'the title is not in view');
    assert.match(pane(app.lastFrame()).join(' '), /террористические преступления/u);
    await press(app, 's');
    assert.notEqual(position(app.lastFrame())?.[0], 1);
    assert.match(pane(app.lastFrame()).join(' '), /преступления-\]\{\+запрещается\+\}/u);
    app.unmount();
  });
});

describe('the real store', () => {
  const store = openStore();
  const load = (from: string, to: string) => compareVersions(store, { constitution: 'kz', from, to, lang: 'rus' });
  const versions = store.constitution('kz').versions;
  const timeline = () => loadTimeline(store, 'kz', 'rus');

  test('the referendum pair opens on its first change, article 6, with only the changed articles listed', async () => {
    const diff = load('2019-03-23', '2022-06-08');
    const app = renderSized(<App diff={diff} versions={versions} loadDiff={load} />, 80, 24);
    await ready(app);
    assert.equal(selected(app.lastFrame()), '6');
    assert.match(pane(app.lastFrame())[0] ?? '', /Article 6 · amended/);
    assert.match(plain(app.lastFrame()), new RegExp(`${diff.summary.changed} changed`));
    assert.ok(!listLabels(app.lastFrame()).includes('preamble'), 'the unchanged preamble is not listed');
    app.unmount();
  });

  for (const [columns, rows] of [[80, 24], [60, 20]] as const) {
    test(`2026 pair at ${columns}x${rows}: header and footer fit without cut-off words`, async () => {
      const diff = load('2023-01-01', '2026-03-15');
      const app = renderSized(<App diff={diff} versions={versions} loadDiff={load} loadHistory={() => { throw new Error('unused'); }}
        loadParallel={() => undefined} />, columns, rows);
      await ready(app);
      const all = lines(app.lastFrame());
      for (const line of all) assert.ok(stringWidth(line) <= columns, line);
      const [versionsLine, summary] = all;
      const footer = all.at(-1) ?? '';
      for (const line of [versionsLine, summary, footer]) assert.ok(!line.includes('…'), `nothing cut: ${line}`);
      assert.match(versionsLine, /2023-01-01.*→ 2026-03-15/u);
      // constdiff diff 2023-01-01 2026-03-15: 112 of 113 changed, 3 amended, 10 added, 15 repealed, 84 renumbered.
      assert.match(summary, columns >= 80 ? /^112\/113 changed · 3 amended · 10 added · 15 repealed · 84 renumbered/u
        : /^112\/113 changed · 3 amended · 10 added/u);
      const known = ['q quit', '? help', 'Esc back', ']/[ change', '/ search', 's split', 'c changed', 'h history',
        'l languages', 'j/k move', 'Tab pane', 'f list', 'g jump', 'v versions'];
      for (const item of footer.split(' · ')) assert.ok(known.includes(item), `a whole key item: "${item}"`);
      assert.match(footer, /^q quit · \? help · \]\/\[ change · \/ search · h history/u);
      app.unmount();
    });
  }

  test('side by side at 80 columns hides the list pane; f shows it again; 200 columns keep it', async () => {
    const diff = load('2019-03-23', '2022-06-08');
    const app = renderSized(<App diff={diff} versions={versions} loadDiff={load} />, 80, 24);
    await ready(app);
    assert.ok(hasList(app.lastFrame()));
    await press(app, 's');
    assert.ok(!hasList(app.lastFrame()), 'no list pane');
    assert.match(lines(app.lastFrame()).at(-1) ?? '', /Esc list/u, 'the footer says how to get it back');
    const halves = pane(app.lastFrame()).filter((l) => l.includes(' │ ')).map((l) => l.split(' │ ')[0]);
    assert.ok(halves.length > 0 && halves.every((h) => stringWidth(h) >= 35), `halves of 35+ columns: ${halves.map((h) => stringWidth(h)).join(',')}`);
    await press(app, 'f');
    assert.ok(hasList(app.lastFrame()), 'f shows the list');
    await press(app, 'f', KEYS.escape);
    assert.ok(hasList(app.lastFrame()), 'Esc goes back to the list, showing it');
    app.unmount();
    const wide = renderSized(<App diff={diff} versions={versions} loadDiff={load} />, 200, 50);
    await ready(wide);
    await press(wide, 's');
    assert.ok(hasList(wide.lastFrame()), 'a wide terminal keeps the list beside two columns');
    wide.unmount();
  });

  test('2026 pair: a renumbered article says which number it was; no number is listed twice without it', async () => {
    const diff = load('2023-01-01', '2026-03-15');
    const app = renderSized(<App diff={diff} versions={versions} loadDiff={load} />, 80, 24);
    await ready(app);
    const labels: string[] = [];
    // Page through the whole list.
    for (let i = 0; i < diff.articles.length; i++) {
      for (const label of listLabels(app.lastFrame())) if (!labels.includes(label)) labels.push(label);
      await press(app, KEYS.pageDown, 'j');
    }
    const renumbered = diff.articles.filter((a) => a.status === 'renumbered');
    assert.ok(renumbered.length > 50);
    // constitution/kz/2026-03-15/rus/038.md is the tax duty of 2023-01-01/rus/035.md.
    assert.ok(labels.includes('38 (was 35)'), labels.join(' | '));
    const numbers = labels.map((l) => l.split(' ')[0]);
    const twice = numbers.filter((n, i) => numbers.indexOf(n) !== i);
    for (const n of twice) {
      assert.ok(labels.some((l) => l.startsWith(`${n} (was `)), `${n} is listed twice; one of them says what it was`);
    }
    app.unmount();
  });

  test('v follows the article by content: 38 of 2026 is 35 of the versions before', async () => {
    const diff = load('2023-01-01', '2026-03-15');
    const history = (n: string, v: string) => articleHistory(timeline(), n, v);
    const app = renderSized(<App diff={diff} versions={versions} loadDiff={load} loadHistory={history} />, 100, 30);
    await ready(app);
    await press(app, 'g', '3', '8', KEYS.enter);
    assert.match(pane(app.lastFrame())[0] ?? '', /Article 38 \(was 35\)/);
    const ids = versions.map((v) => v.id);
    /** Picker keys from the cursor's version to the wanted one (the picker lists oldest first). */
    const moves = (from: string, to: string) => {
      const delta = ids.indexOf(to) - ids.indexOf(from);
      return Array<string>(Math.abs(delta)).fill(delta < 0 ? 'k' : 'j');
    };
    const pick = (from: string, to: string) => {
      const current = /(\S+) \(.*?\) → (\S+)|(\S+) → (\S+)/u.exec(lines(app.lastFrame())[0] ?? '')!;
      const [oldFrom, oldTo] = current[1] ? [current[1], current[2]] : [current[3], current[4]];
      return press(app, 'v', ...moves(oldFrom, from), KEYS.enter, ...moves(oldTo, to), KEYS.enter);
    };
    // 2022-06-08 → 2023-01-01 shares 2023-01-01 with the current pair.
    await pick('2022-06-08', '2023-01-01');
    assert.match(plain(app.lastFrame()), /2022-06-08.*→ 2023-01-01/u);
    assert.equal(selected(app.lastFrame()), '35');
    assert.match(pane(app.lastFrame())[0] ?? '', /Article 35 · unchanged/);
    // And a pair that shares no version: followed through the timeline.
    await pick('2019-03-23', '2022-06-08');
    assert.match(plain(app.lastFrame()), /2019-03-23.*→ 2022-06-08/u);
    assert.equal(selected(app.lastFrame()), '35');
    // Back to the 2026 pair: 35 is 38 there again.
    await pick('2023-01-01', '2026-03-15');
    assert.match(plain(app.lastFrame()), /2023-01-01.*→ 2026-03-15/u);
    assert.match(pane(app.lastFrame())[0] ?? '', /Article 38 \(was 35\)/);
    app.unmount();
  });
});

/** Article 15 of the sample: first text in 2019-03-23, the death penalty banned in 2022-06-08. */
function historyOf15(): ArticleHistory {
  const a15 = SAMPLE_DIFF.articles.find((a) => a.number === '15')!;
  return {
    constitution: 'kz', lang: 'rus', number: '15', anchor: FROM.id,
    steps: [
      { version: FROM, number: '15', diff: diffArticle(undefined, a15.old, 'rus'), changed: true, acts: [] },
      { version: TO, number: '15', diff: a15, changed: true, acts: [{ date: '2022-06-08', source: 'footnote' }] },
    ],
  };
}

test('history starts with the timeline, then the changes, the first text last', async () => {
  const app = renderSized(<App {...props({ loadHistory: () => historyOf15() })} />, 100, 30);
  await ready(app);
  await press(app, 'h');
  const rows = lines(app.lastFrame());
  const at = (pattern: RegExp) => rows.findIndex((l) => pattern.test(l));
  const timeline = at(/│ ?Timeline/u);
  assert.ok(timeline > 0, 'a timeline heading');
  assert.ok(at(/\+ 2019-03-23 Article 15: first text/u) > timeline);
  assert.ok(at(/~ 2022-06-08 Article 15: amended/u) > timeline);
  assert.ok(at(/~ 2022-06-08 Article 15: amended/u) < at(/Каждый имеет право на жизнь/u),
    'every version is listed before any whole text');
  assert.ok(at(/First text: 2019-03-23/u) > at(/\[-устанавливается/u), 'the change before the first text');
  app.unmount();
});

test('changes are struck through and underlined as well as coloured and marked', async () => {
  const level = chalk.level;
  chalk.level = 1;
  try {
    const app = renderSized(<App {...props()} />, 80, 24);
    await ready(app);
    const frame = app.lastFrame() ?? '';
    const before = (text: string) => frame.slice(Math.max(0, frame.indexOf(text) - 30), frame.indexOf(text));
    assert.match(before('[-устанавливается'), /\u001b\[9m/u, 'strikethrough');
    assert.match(before('{+запрещается+}'), /\u001b\[4m/u, 'underline');
    app.unmount();
  } finally {
    chalk.level = level;
  }
});
