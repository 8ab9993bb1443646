// Display-width wrapping and sanitizing used by the TUI panes.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import stringWidth from 'string-width';
import { sanitizeForTerminal, displayWidth, padLine, truncateToWidth, wrapSegments, type Line } from '../src/tui/screen.js';
import { wrapSegments as wrapStyled } from '../src/report/wrap.js';

const text = (line: Line) => line.map((s) => s.text).join('');
const words = (s: string) => s.split(/\s+/).filter(Boolean);

// Kazakh letters ә ғ қ ң ө ұ ү һ і and one wide CJK character (2 columns).
const KAZAKH = 'Қазақстан Республикасы өзін демократиялық, зайырлы, құқықтық және әлеуметтік мемлекет ретінде '
  + 'орнықтырады; оның ең қымбат қазынасы – адам және адамның өмірі, құқықтары мен бостандықтары. '
  + 'Ғылым, ұлттық үніқатқа һәм ішкі тәртіп 中 белгісі.';

test('Kazakh and CJK text wraps within the width and keeps every word in order', () => {
  for (const width of [10, 17, 23, 40, 61]) {
    const lines = wrapSegments([{ text: KAZAKH, style: 'text' }], width);
    for (const line of lines) {
      assert.ok(stringWidth(text(line)) <= width, `width ${width}: "${text(line)}" is ${stringWidth(text(line))} wide`);
    }
    const squeeze = (s: string) => s.replace(/\s+/g, '');
    assert.equal(squeeze(lines.map(text).join('')), squeeze(KAZAKH), `width ${width}: text lost or reordered`);
    // Words that fit a line are never split.
    if (width >= 14) assert.deepEqual(words(lines.map(text).join(' ')), words(KAZAKH), `width ${width}`);
  }
});

test('the wide CJK character counts two columns', () => {
  assert.equal(displayWidth('中'), 2);
  assert.equal(displayWidth('әғқңөұүһі'), 9);
  // A 5-column line cannot take "ab 中 c" (6 columns): the break falls after 中.
  const lines = wrapSegments([{ text: 'ab 中 cd', style: 'text' }], 5).map(text);
  assert.deepEqual(lines, ['ab 中', 'cd']);
});

test('a word longer than the line is broken between graphemes, never inside one', () => {
  const long = 'е\u0301'.repeat(12); // e + combining acute: 12 graphemes of width 1
  const lines = wrapSegments([{ text: long, style: 'text' }], 5).map(text);
  assert.deepEqual(lines.map((l) => stringWidth(l)), [5, 5, 2]);
  assert.equal(lines.join(''), long);
});

test('continuation lines hang under the text after the label', () => {
  const lines = wrapSegments([{ text: '2) ', style: 'label' }, { text: 'назначает очередные выборы в Парламент', style: 'text' }], 20, 3);
  assert.deepEqual(lines.map(text), ['2) назначает', '   очередные выборы', '   в Парламент']);
});

test('styles are kept and a word made of two styles is not split between them', () => {
  // "Парламент" + inserted "а;" has no space between: it must stay on one line.
  const lines = wrapSegments([
    { text: 'выборы в Парламент', style: 'text' },
    { text: '{+а;+}', style: 'inserted' },
  ], 15);
  assert.deepEqual(lines.map(text), ['выборы в', 'Парламент{+а;+}']);
  assert.deepEqual(lines[1].map((s) => s.style), ['text', 'inserted']);
});

test('truncate and pad work in display columns', () => {
  assert.equal(truncateToWidth('中中中', 5), '中中…');
  assert.equal(truncateToWidth('short', 10), 'short');
  assert.equal(stringWidth(text(padLine([{ text: 'ә中', style: 'text' }], 6))), 6);
});

test('sanitizing removes escape sequences, controls and bidi overrides, and flattens line breaks', () => {
  assert.equal(sanitizeForTerminal('a\u001b[31mкрасный\u001b[0m b'), 'aкрасный b');
  assert.equal(sanitizeForTerminal('x\u001b]0;title\u0007y'), 'xy');
  assert.equal(sanitizeForTerminal('one\ntwo\tthree\r'), 'one two three');
  assert.equal(sanitizeForTerminal('\u202eevil\u0007'), 'evil');
  assert.equal(sanitizeForTerminal('Қазақстан 中'), 'Қазақстан 中');
});

test('the fast one-column path agrees with string-width on every character it covers', () => {
  const ranges = [[0x20, 0x7e], [0xa0, 0x2ff], [0x370, 0x52f], [0x2010, 0x205e], [0x2116, 0x2116]];
  for (const [from, to] of ranges) {
    for (let code = from; code <= to; code++) {
      const char = String.fromCodePoint(code);
      assert.equal(displayWidth(char), stringWidth(char), `U+${code.toString(16)}`);
      assert.equal(displayWidth(`ab${char}қ`), stringWidth(`ab${char}қ`), `U+${code.toString(16)} in a word`);
    }
  }
});

test('with no width limit a paragraph stays one line, exactly as the general wrapping gives it', () => {
  const styles = ['plain', 'ins', 'del'] as const;
  const words = ['Республика', 'Казахстан', ' ', '  ', 'закон,', '', 'ә', '中文', 'x'];
  for (let seed = 1; seed <= 200; seed++) {
    let r = seed;
    const next = () => (r = (r * 1103515245 + 12345) % 2147483648);
    const segments = Array.from({ length: next() % 12 }, () => ({
      text: Array.from({ length: next() % 5 }, () => words[next() % words.length]).join(''), style: styles[next() % 3],
    }));
    assert.deepEqual(wrapStyled(segments, Infinity, 4, 'plain'), wrapStyled(segments, 1e12, 4, 'plain'), JSON.stringify(segments));
  }
  // A 5 MB paragraph: one line holding the whole text (the layout made no per-word tokens to join again).
  const big = 'Республика Казахстан закон '.repeat(200_000);
  const [line, ...rest] = wrapStyled([{ text: big, style: 'plain' }, { text: 'Суд', style: 'ins' }], Infinity, 4, 'plain');
  assert.equal(rest.length, 0);
  assert.deepEqual(line.map((s) => s.text), [big, 'Суд']);
});
