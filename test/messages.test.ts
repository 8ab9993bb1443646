// The shared wordings (report/messages.ts): what pending wording changes, in the
// four forms the reports use, for every kind of target; and the TUI, which used to
// print "Pending from null" for wording that waits for an event, now says when.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { PendingTarget } from '../src/types.js';
import { messages } from '../src/report/messages.js';
import { noteLines } from '../src/tui/articleLines.js';
import { SAMPLE_DIFF } from './fixtures/sample-diff.js';

const same = (s: string) => s;
const TARGETS: [PendingTarget, string, string, string, string][] = [
  [{ kind: 'article' }, 'new wording of the article', 'new wording of the article', 'the article will read', 'replaces the whole article'],
  [{ kind: 'point', label: '2.' }, 'new wording of point 2.', 'new wording of point 2.', 'point 2. will read', 'replaces point 2.'],
  [{ kind: 'point', label: '1)', parent: '2.', lead: true }, 'new wording of subpoint 1)', 'new first paragraph of subpoint 1) of point 2.',
    'the opening paragraph of subpoint 1) of point 2. will read', 'replaces the first paragraph of subpoint 1) of point 2.'],
  [{ kind: 'add', labels: ['3-1)', '3-2)'], after: '3)', parent: '1.' }, 'new subpoints 3-1), 3-2)', 'new points 3-1), 3-2)',
    'subpoints 3-1), 3-2) will be added of point 1. after subpoint 3)', 'adds subpoint 3-1), subpoint 3-2) to point 1. after 3)'],
  [{ kind: 'add', labels: ['4.'] }, 'new point 4.', 'new point 4.', 'point 4. will be added', 'adds point 4. at the end'],
  [{ kind: 'add-paragraph', label: '3.' }, 'new paragraph in point 3.', 'new paragraph in point 3.', 'a paragraph will be added to point 3.',
    'adds a paragraph at the end of point 3.'],
  [{ kind: 'repeal', label: '5.' }, 'repeal of point 5.', 'repeal of point 5.', 'point 5. will be repealed', 'repeals point 5.'],
];

test('what pending wording changes: one catalog entry per form, every kind of target', () => {
  for (const [target, brief, change, willRead, does] of TARGETS) {
    assert.equal(messages['pending.brief'](target, same), brief);
    assert.equal(messages['pending.change'](target, same), change);
    assert.equal(messages['pending.willRead'](target, same), willRead);
    assert.equal(messages['pending.does'](target, same), does);
  }
  // Labels go through the caller's escaping.
  assert.equal(messages['pending.willRead']({ kind: 'point', label: '2.' }, (s) => s.replace('.', '\\.')), 'point 2\\. will read');
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
