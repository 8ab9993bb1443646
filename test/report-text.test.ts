// renderText: terminal word diff with markers that read without color, colors
// only when asked, and no terminal control sequence from the data ever printed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { stripVTControlCharacters } from 'node:util';
import stringWidth from 'string-width';
import { renderText, shouldColor } from '../src/report/text.js';
import { stripControls } from '../src/report/format.js';
import { SAMPLE_DIFF } from './fixtures/sample-diff.js';

const ESC = '\u001b';
const plain = renderText(SAMPLE_DIFF, { color: false });
const colored = renderText(SAMPLE_DIFF, { color: true });

test('without color: markers show deletions and insertions, no escape codes at all', () => {
  assert.ok(!plain.includes(ESC));
  assert.ok(plain.includes(
    'Смертная казнь [-устанавливается законом как исключительная мера наказания за террористические преступления-]{+запрещается+}.',
  ));
  // Spacing stays outside the markers; an in-word change is marked where it happens.
  assert.ok(plain.includes('выборы в {+Мажилис+} Парламент[-;-]{+а;+}'));
  assert.ok(plain.includes('{+1-1)+} {+подписывает законы;+}'));
});

test('header, summary and article headings', () => {
  const lines = plain.split('\n');
  assert.equal(lines[0], 'kz (rus): 2019-03-23 → 2022-06-08');
  assert.match(plain, /from 2019-03-23 {2}before the 2022 referendum · in force from 2019-03-23 · Закон РК от 23\.03\.2019 № 238-VI/);
  assert.match(plain, /6 of 7 articles changed: 3 amended, 1 added, 1 repealed, 1 renumbered; 29 words added, 21 removed/);
  assert.ok(lines.includes('~ Article 15 amended · Раздел II. Человек и гражданин'));
  assert.ok(lines.some((l) => l.startsWith('# Article 72 renumbered (formerly 71-1)')));
  assert.ok(lines.some((l) => l.startsWith('+ Article 83-1 added')));
  assert.ok(lines.some((l) => l.startsWith('- Article 84 repealed')));
  assert.ok(!plain.includes('Article 1 '), 'unchanged article not listed');
  assert.match(plain, /pending from 2023-01-01 \(Закон РК от 08\.06\.2022\): replaces point 1\./);
  // Unchanged points of an amended article are left out.
  assert.ok(!plain.includes('Каждый имеет право на жизнь'));
});

test('with color: deletions red + strikethrough, insertions green + underline, same text as without', () => {
  assert.ok(colored.includes(`${ESC}[31m${ESC}[9mустанавливается законом`), 'red strikethrough deletion');
  assert.ok(colored.includes(`${ESC}[32m${ESC}[4mзапрещается`), 'green underlined insertion');
  assert.equal(stripVTControlCharacters(colored), plain);
});

test('the ANSI escape inside article 90 is stripped, in both modes', () => {
  assert.ok(plain.includes('"><img src=x onerror=alert(2)> красный+} & амперсанд.'));
  assert.ok(!plain.includes('[31m'));
  assert.ok(!colored.includes(`${ESC}[31mкрасный`));
  // Every escape left in colored output is one of chalk's own SGR codes (ESC [ n m).
  assert.ok(!colored.replace(/\u001b\[\d+m/g, '').includes(ESC));
});

test('C0/C1 controls, carriage returns and bidi overrides are stripped too', () => {
  const diff = structuredClone(SAMPLE_DIFF);
  const ops = diff.articles.find((a) => a.number === '15')!.blocks[1].ops;
  ops[2].text = 'запре\u009b2Jща\rется\u0007\u202e\u0000';
  const out = renderText(diff, { color: false });
  assert.ok(out.includes('{+запрещается+}'));
  assert.equal(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e]/.test(out), false);
  assert.equal(stripControls('a\u001b]0;title\u0007b\tc\nd'), 'ab\tc\nd');
});

test('width: lines wrap at spaces and keep every word', () => {
  for (const width of [40, 60]) {
    const out = renderText(SAMPLE_DIFF, { color: false, width });
    // The wrapping the TUI uses (report/wrap.ts): a word longer than a line is broken, so none overflows.
    for (const line of out.split('\n')) assert.ok(stringWidth(line) <= width, `line too wide: ${line}`);
    const squash = (s: string) => s.replace(/\s+/g, '');
    assert.equal(squash(out), squash(plain));
    // Colored wrapping wraps the same way.
    assert.equal(stripVTControlCharacters(renderText(SAMPLE_DIFF, { color: true, width })), out);
  }
});

test('width: a word changed inside ("Парламент" → "Парламента;") is never split at its markers', () => {
  const diff = structuredClone(SAMPLE_DIFF);
  const block = diff.articles.find((a) => a.status === 'amended')!.blocks.find((b) => b.status === 'amended')!;
  block.ops = [
    { type: 'equal', text: 'назначает очередные выборы в ' },
    { type: 'equal', text: 'Парламент' },
    { type: 'delete', text: ';' },
    { type: 'insert', text: 'а;' },
  ];
  for (let width = 32; width <= 60; width++) {
    const lines = renderText(diff, { color: false, width }).split('\n');
    assert.ok(lines.some((l) => l.includes('Парламент[-;-]{+а;+}')), `width ${width}`);
  }
});

test('shouldColor follows NO_COLOR, FORCE_COLOR, TERM=dumb and isTTY', () => {
  const tty = { isTTY: true };
  const pipe = { isTTY: false };
  assert.equal(shouldColor(tty, {}), true);
  assert.equal(shouldColor(pipe, {}), false);
  assert.equal(shouldColor({}, {}), false);
  assert.equal(shouldColor(tty, { NO_COLOR: '1' }), false);
  assert.equal(shouldColor(tty, { NO_COLOR: '' }), true, 'empty NO_COLOR is ignored (no-color.org)');
  assert.equal(shouldColor(tty, { TERM: 'dumb' }), false);
  assert.equal(shouldColor(pipe, { FORCE_COLOR: '1' }), true);
  assert.equal(shouldColor(tty, { FORCE_COLOR: '0' }), false);
});

test('a changed paragraph is printed under the label of its own point (article 42, point 5)', async () => {
  const { runCli } = await import('./helpers/cli.js');
  // 2019 article 42 point 5 has a second paragraph "Настоящее ограничение не распространяется на
  // Первого Президента…", deleted in 2022; points 3 to 5 are otherwise unchanged.
  for (const args of [['diff', 'before-referendum', 'after-referendum', '--article', '42'], ['history', '42']]) {
    const lines = runCli(args).stdout.split('\n');
    const at = lines.findIndex((l) => l.includes('[-Настоящее ограничение не распространяется на Первого Президента'));
    assert.ok(at > 0, args.join(' '));
    const point = lines[at - 1];
    assert.match(point, /^\s+5\. Одно и то же лицо не может быть избрано Президентом Республики более двух раз подряд\.$/u, args.join(' '));
    assert.ok(lines[at].search(/\S/u) > point.search(/\S/u), 'the paragraph is indented under its point');
  }
});
