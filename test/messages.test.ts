// The shared wordings (report/messages.ts): what pending wording does, one
// phrasing for every report and every kind of target; and the TUI, which used to
// print "Pending from null" for wording that waits for an event, now says when.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { PendingTarget } from '../src/types.js';
import { messages } from '../src/report/messages.js';
import { noteLines } from '../src/tui/articleLines.js';
import { SAMPLE_DIFF } from './fixtures/sample-diff.js';

const same = (s: string) => s;
// What pending wording does, said once (`pending.does`) and used by every report.
const TARGETS: [PendingTarget, string][] = [
  [{ kind: 'article' }, 'replaces the whole article'],
  [{ kind: 'point', label: '2.' }, 'replaces point 2.'],
  [{ kind: 'point', label: '1)', parent: '2.', lead: true }, 'replaces the first paragraph of subpoint 1) of point 2.'],
  [{ kind: 'add', labels: ['3-1)', '3-2)'], after: '3)', parent: '1.' }, 'adds subpoint 3-1), subpoint 3-2) to point 1. after 3)'],
  [{ kind: 'add', labels: ['4.'] }, 'adds point 4. at the end'],
  [{ kind: 'add-paragraph', label: '3.' }, 'adds a paragraph at the end of point 3.'],
  [{ kind: 'repeal', label: '5.' }, 'repeals point 5.'],
];

test('what pending wording does: one catalog entry, every kind of target', () => {
  for (const [target, does] of TARGETS) assert.equal(messages['pending.does'](target, same), does);
  // Labels go through the caller's escaping.
  assert.equal(messages['pending.does']({ kind: 'point', label: '2.' }, (s) => s.replace('.', '\\.')), 'replaces point 2\\.');
  assert.equal(messages['pending.when']({ effective: '2023-01-01' }, same), 'from 2023-01-01');
  assert.equal(messages['pending.when']({ effective: null, condition: 'со дня выборов' }, same), 'once со дня выборов');
});

test('TUI: wording that waits for an event says so, not "Pending from null"', () => {
  const a72 = SAMPLE_DIFF.articles.find((a) => a.number === '72')!;
  const pending = { ...a72.new!.pending[0], effective: null, condition: 'со дня первых выборов в Мажилис' };
  const lines = noteLines({ ...a72, new: { ...a72.new!, pending: [pending] } }, 200).map((l) => l.map((s) => s.text).join(''));
  const line = lines.find((l) => l.startsWith('Pending'))!;
  assert.match(line, /^Pending once со дня первых выборов в Мажилис \(/u);
  assert.doesNotMatch(lines.join('\n'), /null/u);
});
