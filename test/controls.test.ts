// Control sequences in constitution text: the engine keeps them exact and whole
// (never split between ops), so every renderer can strip them op by op.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize, wordDiff } from '../src/diff/index.js';
import { stripControls } from '../src/report/format.js';

test('a control sequence is one token and a word diff never splits it', () => {
  const text = 'Текст \u001b[1;31mкрасный\u001b[0m и \u009b2J конец';
  const tokens = tokenize(text, 'rus');
  assert.equal(tokens.map((t) => t.text).join(''), text);
  assert.ok(tokens.some((t) => t.text === '\u001b[1;31m'));
  assert.ok(tokens.some((t) => t.text === '\u009b2J'));
  // The old text shares the visible parts of the sequences, tempting a diff to split them.
  const ops = wordDiff('Текст [1;31mкрасный[0m и 2J конец', text, 'rus');
  const newOps = ops.filter((o) => o.type !== 'delete');
  assert.equal(newOps.map((o) => o.text).join(''), text);
  const boundaries = new Set<number>();
  let at = 0;
  for (const o of newOps) boundaries.add((at += o.text.length));
  for (const m of text.matchAll(/\u001b\[[0-9;]*m|\u009b2J/gu)) {
    for (let i = m.index + 1; i < m.index + m[0].length; i++) assert.ok(!boundaries.has(i), `op boundary inside ${JSON.stringify(m[0])}`);
  }
});

test('stripControls removes whole sequences and lone controls, keeps tabs, newlines and all letters', () => {
  assert.equal(stripControls('a\u001b[1;31mb\u001b]0;title\u0007c\u009b2Jd\u202ee\u0000f'), 'abcdef');
  assert.equal(stripControls('tab\tnew\nline «ёлка» Қазақстан әділ'), 'tab\tnew\nline «ёлка» Қазақстан әділ');
});
