// The TUI never passes terminal control sequences from the data to the
// terminal: articles whose text, labels, notes, footnotes, pending wording,
// sections and version labels carry CSI, OSC (titles, hyperlinks), DCS, C1
// controls, BEL, backspace and carriage returns are diffed by the engine and
// shown in every view; no frame holds any escape but the UI's own colours.
import assert from 'node:assert/strict';
import { afterEach, test } from 'node:test';
import { render as renderTesting, cleanup } from 'ink-testing-library';
import { App } from '../src/tui/index.js';
import { diffVersions } from '../src/diff/index.js';
import type { Article, VersionInfo } from '../src/types.js';
import { press, ready } from './fixtures/tui-harness.js';

afterEach(() => cleanup());

/** Every kind of control sequence, wrapped in markers to find leftovers. */
const EVIL = [
  'A\u001b[31mRED\u001b[0mA', 'B\u001b[2J\u001b[HB', 'C\u001b]0;PWNED-TITLE\u0007C', 'D\u001b]8;;http://evil.test\u001b\\LINK\u001b]8;;\u001b\\D',
  'E\u001bP1$r0m\u001b\\E', 'F\u009b31mF', 'G\u009d0;PWNED\u009cG', 'H\u0090x\u009cH', 'I\u0007\u0008\rI', 'J\u001b[6nJ', 'K\u001bcK', 'L\u001b[?1049lL',
].join(' ');

function version(id: string): VersionInfo {
  return { id, effective: id, label: `label ${EVIL}`, aliases: [], act: `act ${EVIL}`, languages: ['rus'], sources: {} };
}

function article(v: string, number: string, words: string, extra: Partial<Article> = {}): Article {
  return {
    constitution: 'kz', version: v, lang: 'rus', number, section: `Раздел ${EVIL}`, repealed: false,
    footnotes: [{ text: `Сноска ${EVIL}`, acts: [{ date: '2022-06-08' }] }], notes: [{ text: `Примечание ${EVIL}` }],
    pending: [{ effective: null, condition: `условие ${EVIL}`, act: `Закон ${EVIL}`, note: `note ${EVIL}`, target: { kind: 'point', label: '1.' },
      blocks: [{ label: '1.', level: 0, text: `ожидает ${EVIL}` }] }],
    blocks: [
      { label: '1.', level: 0, text: `${words} ${EVIL}` },
      { label: '1)', level: 1, text: `подпункт ${words} ${EVIL}` },
    ],
    ...extra,
  };
}

const FROM = version('2000-01-01');
const TO = version('2001-01-01');
const DIFF = diffVersions({
  constitution: 'kz', lang: 'rus', from: FROM, to: TO,
  oldArticles: [article(FROM.id, '1', 'старый'), article(FROM.id, '2', 'тот же'), article(FROM.id, '3', 'ушедший')],
  newArticles: [article(TO.id, '1', 'новый'), article(TO.id, '2', 'тот же', { section: `Раздел II ${EVIL}` }), article(TO.id, '4', 'новая статья')],
});

/** Any escape that is not a plain SGR colour, any C1 control, BEL, backspace or CR. */
const FOREIGN = /\u001b(?!\[[0-9;]*m)|[\u0080-\u009f\u0007\u0008\r]/u;

test('no control sequence from the data reaches any frame of any view', async () => {
  const app = renderTesting(<App diff={DIFF} versions={[FROM, TO]} loadDiff={() => DIFF} />);
  await ready(app);
  // Every article, in the inline and side-by-side views, the help and version overlays.
  const keys = ['j', 'j', 'j', 's', 'k', 'k', 'k', 's', 'c', 'c', '?', '?', 'v', 'q', '/', '\u001b'];
  await press(app, ...keys);
  assert.ok(app.frames.length > 5, `frames were drawn (${app.frames.length})`);
  const seen = app.frames.join('\n');
  for (const [i, frame] of app.frames.entries()) {
    const bad = FOREIGN.exec(frame);
    assert.equal(bad, null, `frame ${i} holds ${JSON.stringify(bad?.[0])} near ${JSON.stringify(frame.slice(Math.max(0, (bad?.index ?? 0) - 20), (bad?.index ?? 0) + 20))}`);
    // An SGR sequence from the data would sit right after one of the markers.
    assert.doesNotMatch(frame, /A\u001b\[31m|RED\u001b\[0m/u, `frame ${i}: the data's own colour codes are gone`);
  }
  // The words around the sequences are still shown (stripped, not the whole text dropped).
  assert.match(seen, /ARED/u);
  assert.match(seen, /PWNED-TITLE|CC/u);
});
