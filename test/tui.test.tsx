// The interactive TUI driven by keys, asserting on rendered frames.
import assert from 'node:assert/strict';
import { afterEach, test } from 'node:test';
import { stripVTControlCharacters } from 'node:util';
import { render as renderTesting, cleanup } from 'ink-testing-library';
import chalk from 'chalk';
import stringWidth from 'string-width';
import { UsageError } from '../src/errors.js';
import type { ArticleDiff, VersionDiff } from '../src/types.js';
import { App, runTui, type AppProps } from '../src/tui/index.js';
import { FROM, SAMPLE_DIFF, TO } from './fixtures/sample-diff.js';
import { KEYS, press, ready, renderSized, tick } from './fixtures/tui-harness.js';

afterEach(() => cleanup());

const plain = (frame: string | undefined) => stripVTControlCharacters(frame ?? '');

function props(extra: Partial<AppProps> = {}): AppProps {
  return { diff: SAMPLE_DIFF, versions: [FROM, TO], loadDiff: () => SAMPLE_DIFF, ...extra };
}

interface ListRow { cursor: boolean; mark: string; pending: boolean; number: string }

/** The article rows of the left pane: the text between the first two `│` of each body line. */
function listRows(frame: string | undefined): ListRow[] {
  const rows: ListRow[] = [];
  for (const line of plain(frame).split('\n')) {
    const match = /^│([▸ ])(.)([P ]) (\S+)\s/u.exec(line);
    if (match) rows.push({ cursor: match[1] === '▸', mark: match[2], pending: match[3] === 'P', number: match[4] });
  }
  return rows;
}
const listNumbers = (frame: string | undefined) => listRows(frame).map((r) => r.number);
const selectedNumber = (frame: string | undefined) => listRows(frame).find((r) => r.cursor)?.number;
/** The right pane's text: what follows the list pane (when shown) on each body line, after the margin. */
const diffPane = (frame: string | undefined) => plain(frame).split('\n')
  .map((line) => /^│(?:.*?││)? ?(.*?)\s*│?$/u.exec(line)?.[1]).filter((l): l is string => l !== undefined).join('\n');
/** The right pane's text with wrapped lines joined, for matching phrases across line breaks. */
const diffText = (frame: string | undefined) => diffPane(frame).replace(/\s+/g, ' ');

test('first frame: both versions, summary counts, on the first change with changed articles listed', async () => {
  const app = renderTesting(<App {...props()} />);
  const { lastFrame } = app;
  const frame = plain(lastFrame());
  assert.match(frame, /2019-03-23 \(before the 2022 referendum\) → 2022-06-08 \(after the 2022 referendum\)/);
  assert.match(frame, /6\/7 changed · 3 amended · 1 added · 1 repealed · 1 renumbered · \+29 -21 words/);
  // Unchanged article 1 is not listed; the first changed article, 15, is open.
  assert.deepEqual(listRows(lastFrame()).map((r) => `${r.mark}${r.pending ? 'P' : ''}${r.number}`),
    ['~15', '~44', '#P72', '+83-1', '-84', '~90']);
  assert.match(frame, /6 changed/);
  assert.equal(selectedNumber(lastFrame()), '15');
  assert.match(diffPane(lastFrame()), /^Article 15 · amended/);
  assert.match(frame, /q quit/);
  await ready(app);
  await press(app, 'c');
  assert.deepEqual(listRows(lastFrame()).map((r) => `${r.mark}${r.pending ? 'P' : ''}${r.number}`),
    [' 1', '~15', '~44', '#P72', '+83-1', '-84', '~90'], 'c lists every article');
});

test('j/k and the arrow keys move the selection', async () => {
  const app = renderTesting(<App {...props()} />);
  const { lastFrame } = app;
  await ready(app);
  await press(app, 'c', 'k');
  assert.equal(selectedNumber(lastFrame()), '1');
  await press(app, 'j');
  assert.equal(selectedNumber(lastFrame()), '15');
  assert.match(diffPane(lastFrame()), /^Article 15 · amended/);
  await press(app, KEYS.down, KEYS.down);
  assert.equal(selectedNumber(lastFrame()), '72');
  assert.match(diffPane(lastFrame()), /Article 72 \(was 71-1\) · renumbered/);
  await press(app, 'k');
  assert.equal(selectedNumber(lastFrame()), '44');
  await press(app, KEYS.up, KEYS.up, KEYS.up);
  assert.equal(selectedNumber(lastFrame()), '1', 'stops at the first article');
});

test('the inline diff marks deletions and insertions with symbols, with labels and notes', async () => {
  const app = renderTesting(<App {...props()} />);
  const { lastFrame } = app;
  await ready(app);
  const pane = diffText(lastFrame());
  assert.match(pane, /2\. Никто не вправе произвольно лишать человека жизни/);
  assert.match(pane, /Смертная казнь \[-устанавливается законом/);
  assert.match(pane, /преступления-\]\{\+запрещается\+\}\./);
  assert.match(pane, /Amended by: 2022-06-08/);
  await press(app, 'j');
  // Article 44: the inserted subpoint and the amended one.
  assert.match(diffText(lastFrame()), /\{\+1-1\)\+\} \{\+подписывает законы;\+\}|1-1\) \{\+подписывает законы;\+\}/);
  assert.match(diffText(lastFrame()), /выборы в \{\+Мажилис \+\}Парламент\[-;-\]\{\+а;\+\}/);
  await press(app, 'j');
  // Article 72: pending wording with its date.
  const pending = diffText(lastFrame());
  assert.match(pending, /Pending from 2023-01-01 \(Закон РК от 08\.06\.2022\), replaces point 1\./);
  assert.match(pending, /1\. Конституционный Суд по обращениям граждан рассматривает/);
});

test('s toggles the side-by-side view and back', async () => {
  const app = renderTesting(<App {...props()} />);
  const { lastFrame } = app;
  await ready(app);
  await press(app, 's');
  const lines = diffPane(lastFrame()).split('\n');
  const header = lines.find((l) => l.includes('2019-03-23'));
  assert.ok(header && /2019-03-23\s+│ 2022-06-08/.test(header), 'column headings for both versions');
  const row = lines.find((l) => l.includes('[-устанавливается'));
  assert.ok(row, 'old wording with the deletion on the left');
  const [left, right] = row.split(' │ ');
  assert.match(left, /Смертная казнь \[-устанавливается|\[-устанавливается/);
  assert.doesNotMatch(left, /запрещается/);
  assert.ok(lines.some((l) => (l.split(' │ ')[1] ?? '').includes('{+запрещается+}')), 'insertion on the right');
  assert.ok(right !== undefined);
  await press(app, 's');
  assert.ok(!diffPane(lastFrame()).includes(' │ 2022-06-08'), 'back to inline');
  assert.match(diffPane(lastFrame()), /преступления-\]\{\+запрещается\+\}/);
});

test('c shows changed articles only, hiding unchanged article 1', async () => {
  const app = renderTesting(<App {...props()} />);
  const { lastFrame } = app;
  await ready(app);
  await press(app, 'c', 'k');
  assert.equal(selectedNumber(lastFrame()), '1');
  await press(app, 'c');
  assert.deepEqual(listNumbers(lastFrame()), ['15', '44', '72', '83-1', '84', '90']);
  assert.equal(selectedNumber(lastFrame()), '15', 'selection moves off the hidden article');
  assert.match(plain(lastFrame()), /6 changed/);
  await press(app, 'c');
  assert.deepEqual(listNumbers(lastFrame()), ['1', '15', '44', '72', '83-1', '84', '90']);
});

test('/ search narrows the list to articles whose old or new text matches, with a count', async () => {
  const app = renderTesting(<App {...props()} />);
  const { lastFrame } = app;
  await ready(app);
  await press(app, 'c'); // every article, not only the changed ones
  await press(app, '/', 'к', 'а', 'з', 'н');
  // While typing: live count in the footer, list not yet filtered.
  assert.match(plain(lastFrame()), /\/казн▏ {2}\(1 match\)/);
  assert.equal(listNumbers(lastFrame()).length, 7);
  await press(app, KEYS.enter);
  assert.deepEqual(listNumbers(lastFrame()), ['15']);
  assert.match(plain(lastFrame()), /1 match "казн"/);

  // Old text only (repealed article 84), case-insensitive.
  await press(app, '/', ...Array(4).fill(KEYS.backspace), ...'ПРОКУРАТУРА'.split(''), KEYS.enter);
  assert.deepEqual(listNumbers(lastFrame()), ['84']);
  // New text only.
  await press(app, '/', ...Array(11).fill(KEYS.backspace), ...'запрещается'.split(''), KEYS.enter);
  assert.deepEqual(listNumbers(lastFrame()), ['15']);
  // Esc cancels typing without changing the applied search.
  await press(app, '/', 'x', KEYS.escape);
  assert.deepEqual(listNumbers(lastFrame()), ['15']);
  assert.doesNotMatch(plain(lastFrame()), /\/запрещаетсяx/);
  // Esc with a search applied clears it.
  await press(app, KEYS.escape);
  assert.equal(listNumbers(lastFrame()).length, 7);
});

test('jump to an article by number with g or :', async () => {
  let exited = 0;
  const app = renderTesting(<App {...props({ onExit: () => exited++ })} />);
  const { lastFrame } = app;
  await ready(app);
  await press(app, 'g', '4', '4', KEYS.enter);
  assert.equal(selectedNumber(lastFrame()), '44');
  assert.match(diffPane(lastFrame()), /^Article 44 · amended/);
  await press(app, ':', '8', '3', '-', '1', KEYS.enter);
  assert.equal(selectedNumber(lastFrame()), '83-1');
  await press(app, 'g', '7', '1', '-', '1', KEYS.enter);
  assert.equal(selectedNumber(lastFrame()), '72', 'an old number finds the renumbered article');
  await press(app, 'g', '9', '9', '9', KEYS.enter);
  assert.match(plain(lastFrame()), /No article 999/);
  assert.equal(selectedNumber(lastFrame()), '72');
  // Jumping to an article hidden by the changed-only filter (on from the start) drops the filter.
  await press(app, 'g', '1', KEYS.enter);
  assert.equal(selectedNumber(lastFrame()), '1');
  assert.equal(listNumbers(lastFrame()).length, 7);
  assert.equal(exited, 0, 'typing q-free numbers never quits');
});

test('initialArticle opens on that article', () => {
  const { lastFrame } = renderTesting(<App {...props({ initialArticle: '44' })} />);
  assert.equal(selectedNumber(lastFrame()), '44');
  assert.match(diffPane(lastFrame()), /^Article 44/);
  const missing = renderTesting(<App {...props({ initialArticle: '500' })} />);
  assert.match(plain(missing.lastFrame()), /No article 500 in this diff/);
});

test('? shows the help overlay; any key closes it', async () => {
  const app = renderTesting(<App {...props()} />);
  const { lastFrame } = app;
  await ready(app);
  await press(app, '?');
  assert.match(plain(lastFrame()), /Keys/);
  assert.match(plain(lastFrame()), /~ amended {2}\+ added {2}- repealed {2}# renumbered/);
  assert.equal(listRows(lastFrame()).length, 0, 'the overlay replaces the panes');
  await press(app, 'x');
  assert.equal(listRows(lastFrame()).length, 6, 'any other key closes the help');
});

for (const [name, key] of [['q', 'q'], ['Ctrl-C', KEYS.ctrlC]] as const) {
  test(`${name} quits: onExit is called and the app unmounts`, async () => {
    let exited = 0;
    const app = renderSized(<App {...props({ onExit: () => exited++ })} />, 80, 24);
    await ready(app);
    const unmounted = app.waitUntilExit();
    await press(app, key);
    assert.equal(exited, 1);
    await unmounted;
  });
}

test('Enter focuses the diff pane; there arrows and PgDn scroll a long article', async () => {
  // 80x12: 11 drawn rows, 6 inside the panes, 5 for text plus the position row.
  // Article 15 takes 12 lines at 59 columns: title, section, blank, point 1,
  // point 2 (4 rows), blank, "Amended by", the footnote (2 rows).
  const app = renderSized(<App {...props({ initialArticle: '15' })} />, 80, 12);
  await ready(app);
  assert.match(diffPane(app.lastFrame()), /-- lines 1-5 of 12/);
  await press(app, KEYS.enter, 'j');
  assert.match(diffPane(app.lastFrame()), /-- lines 2-6 of 12/);
  assert.equal(selectedNumber(app.lastFrame()), '15', 'j scrolls instead of moving the selection');
  await press(app, KEYS.pageDown);
  assert.match(diffPane(app.lastFrame()), /-- lines 6-10 of 12/);
  await press(app, KEYS.pageDown);
  assert.match(diffPane(app.lastFrame()), /-- lines 8-12 of 12/, 'stops at the end');
  assert.match(diffText(app.lastFrame()), /08\.06\.2022 \(вводится в действие с 08\.06\.2022\)/);
  await press(app, KEYS.pageUp, KEYS.pageUp);
  assert.match(diffPane(app.lastFrame()), /-- lines 1-5 of 12/);
  await press(app, KEYS.tab, 'j');
  assert.equal(selectedNumber(app.lastFrame()), '44', 'Tab gives the list the keys back');
  app.unmount();
});

test('v picks two versions and shows their diff from loadDiff; errors are shown, not thrown', async () => {
  const MID = { ...FROM, id: '2020-01-01', label: 'middle', aliases: [] };
  const calls: string[] = [];
  const other: VersionDiff = { ...SAMPLE_DIFF, from: MID, articles: SAMPLE_DIFF.articles.slice(1) };
  const loadDiff = (from: string, to: string) => {
    calls.push(`${from}..${to}`);
    if (from === TO.id) throw new UsageError('no such pair');
    return other;
  };
  const app = renderTesting(<App {...props({ versions: [FROM, MID, TO], loadDiff })} />);
  await ready(app);
  await press(app, 'v');
  assert.match(plain(app.lastFrame()), /Compare FROM which version\?/);
  assert.match(plain(app.lastFrame()), /> 2019-03-23 {2}before the 2022 referendum/);
  await press(app, 'j', KEYS.enter);
  assert.match(plain(app.lastFrame()), /Compare 2020-01-01 TO which version\?/);
  assert.match(plain(app.lastFrame()), /> 2022-06-08/, 'the cursor starts on the current "to"');
  await press(app, KEYS.enter);
  assert.deepEqual(calls, ['2020-01-01..2022-06-08']);
  assert.match(plain(app.lastFrame()), /2020-01-01 \(middle\) → 2022-06-08/);
  assert.equal(selectedNumber(app.lastFrame()), '15', 'stays on the same article');
  // A failing load keeps the current diff and says why.
  await press(app, 'v', 'j', 'j', KEYS.enter, KEYS.enter);
  assert.match(plain(app.lastFrame()), /Pick two different versions/);
  await press(app, 'v', 'j', 'j', KEYS.enter, 'k', 'k', KEYS.enter);
  assert.match(plain(app.lastFrame()), /Could not compare 2022-06-08 and 2019-03-23: no such pair/);
  assert.match(plain(app.lastFrame()), /2020-01-01 \(middle\) → 2022-06-08/);
});

function assertFits(frame: string | undefined, columns: number, rows: number, what: string): void {
  const lines = plain(frame).split('\n');
  assert.ok(lines.length <= rows - 1, `${what}: ${lines.length} lines for a ${rows}-row terminal`);
  for (const line of lines) {
    assert.ok(stringWidth(line) <= columns, `${what}: ${stringWidth(line)} columns: ${line}`);
  }
}

test('80x24 frames never exceed 80 columns or 23 rows, in every view', async () => {
  const app = renderSized(<App {...props()} />, 80, 24);
  await ready(app);
  const views: Array<[string, string[]]> = [
    ['help', ['?']], ['close help', ['x']], ['versions', ['v']], ['close versions', [KEYS.escape]],
    ['search prompt', ['/', ...'очень длинный поисковый запрос который не влезет в строку подвала'.split('')]],
    ['cancel', [KEYS.escape]],
  ];
  for (const mode of ['inline', 'side by side']) {
    for (let i = 0; i < SAMPLE_DIFF.articles.length; i++) {
      assertFits(app.lastFrame(), 80, 24, `${mode} article ${i}`);
      await press(app, 'j');
    }
    await press(app, 's');
  }
  for (const [what, keys] of views) {
    await press(app, ...keys);
    assertFits(app.lastFrame(), 80, 24, what);
  }
  app.unmount();
});

/** An article in Kazakh with every special letter and a wide CJK character. */
function kazakhDiff(): VersionDiff {
  const oldText = 'Қазақстан Республикасы өзін демократиялық, зайырлы, құқықтық және әлеуметтік мемлекет ретінде орнықтырады.';
  const added = ' Ғылым, ұлттық үн, һәм ішкі тәртіп 中 белгісі бойынша ең қымбат қазынасы – адам және адамның өмірі.';
  const base = SAMPLE_DIFF.articles[1];
  const article: ArticleDiff = {
    ...base, number: '1', status: 'amended',
    blocks: [{ ...base.blocks[1], oldLabel: '1.', newLabel: '1.', ops: [
      { type: 'equal', text: oldText }, { type: 'insert', text: added },
    ] }],
    old: { ...base.old!, lang: 'kaz', blocks: [{ label: '1.', level: 0, text: oldText }] },
    new: { ...base.new!, lang: 'kaz', footnotes: [], blocks: [{ label: '1.', level: 0, text: oldText + added }] },
  };
  return { ...SAMPLE_DIFF, lang: 'kaz', articles: [article] };
}

test('Kazakh text with a wide CJK character wraps inside the pane at 80 columns', async () => {
  const diff = kazakhDiff();
  for (const mode of [[], ['s']]) {
    const app = renderSized(<App {...props({ diff })} />, 80, 24);
    await ready(app);
    await press(app, ...mode);
    assertFits(app.lastFrame(), 80, 24, `kazakh ${mode.length ? 'side by side' : 'inline'}`);
    const pane = diffPane(app.lastFrame());
    for (const word of ['Қазақстан', 'құқықтық', 'әлеуметтік', 'орнықтырады.', 'ұлттық', 'һәм', 'ішкі', '中', 'қазынасы', 'өмірі.']) {
      assert.ok(pane.includes(word), `${word} shown whole`);
    }
    // Every pane row ends at the same right border, so wide characters were measured right.
    const rightEdges = plain(app.lastFrame()).split('\n').filter((l) => l.startsWith('│')).map((l) => stringWidth(l));
    assert.ok(rightEdges.every((w) => w === 80), `rows are exactly 80 wide: ${rightEdges.join(',')}`);
    app.unmount();
  }
});

test('adapts to a terminal resize', async () => {
  const app = renderSized(<App {...props({ initialArticle: '15' })} />, 80, 24);
  await ready(app);
  const width = (frame: string | undefined) => Math.max(...plain(frame).split('\n').map((l) => stringWidth(l)));
  assert.equal(width(app.lastFrame()), 80);
  app.stdout.resize(120, 30);
  await tick(100);
  assert.equal(width(app.lastFrame()), 120);
  assert.equal(plain(app.lastFrame()).split('\n').length, 29);
  // The long line of point 2 now fits on one row.
  assert.match(diffPane(app.lastFrame()), /2\. Никто не вправе произвольно лишать человека жизни\. Смертная казнь \[-устанавливается/);
  app.stdout.resize(60, 16);
  await tick(100);
  assertFits(app.lastFrame(), 60, 16, 'after shrinking');
  app.stdout.resize(30, 8);
  await tick(100);
  assert.match(plain(app.lastFrame()), /Terminal too small/);
  app.unmount();
});

test('terminal control sequences in the text never reach the screen', async () => {
  const level = chalk.level;
  chalk.level = 0; // no colors, so any ESC in the frame would come from the text
  try {
    const app = renderSized(<App {...props({ initialArticle: '90' })} />, 100, 30);
    await ready(app);
    const frame = app.lastFrame() ?? '';
    assert.match(frame, /красный/);
    assert.ok(!frame.includes('\u001b'), 'no escape character in the frame');
    assert.match(diffText(frame), /\{\+<script>alert\(1\)<\/script> "><img src=x onerror=alert\(2\)> красный\+\}/);
    app.unmount();
  } finally {
    chalk.level = level;
  }
});

test('colors back the symbols: deletions red, insertions green', async () => {
  const level = chalk.level;
  chalk.level = 1;
  try {
    const app = renderSized(<App {...props({ initialArticle: '15' })} />, 80, 24);
    await ready(app);
    const frame = app.lastFrame() ?? '';
    assert.match(frame, /\u001b\[31m\[-устанавливается/);
    assert.match(frame, /\u001b\[32m\{\+запрещается\+\}/);
    app.unmount();
  } finally {
    chalk.level = level;
  }
});

test('runTui resolves after q and restores the screen; refuses a non-terminal stdin', async () => {
  const app = renderSized(<></>, 80, 24); // borrow fake streams
  app.unmount();
  const { stdin, stdout } = app;
  stdout.frames.length = 0;
  let exited = false;
  const done = runTui(props({ onExit: () => { exited = true; } }), {
    stdin: stdin as unknown as NodeJS.ReadStream, stdout: stdout as unknown as NodeJS.WriteStream,
  });
  await ready(app);
  assert.equal(stdout.frames[0], '\u001b[?1049h\u001b[H\u001b[2J', 'enters the alternate screen, cursor home, cleared');
  await press(app, 'q');
  await done;
  assert.ok(exited);
  assert.equal(stdout.frames[stdout.frames.length - 1], '\u001b[?1049l', 'leaves the alternate screen');

  await assert.rejects(runTui(props(), { stdin: { isTTY: false } as unknown as NodeJS.ReadStream, stdout: stdout as unknown as NodeJS.WriteStream }),
    (error: unknown) => error instanceof UsageError && /interactive terminal/.test(error.message));
});
