// renderPatch: the patch must turn the old version's article files into the new
// ones with both `git apply` and `patch -p1`; checked by applying it for real.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { renderPatch } from '../src/report/patch.js';
import type { Article, ArticleDiff, ChangeStatus, VersionDiff } from '../src/types.js';
import { SAMPLE_DIFF } from './fixtures/sample-diff.js';
import { applyBoth, bodies, patched } from './fixtures/report-apply.js';

test('sample patch: paths, /dev/null for added and repealed, rename for renumbered', () => {
  const patch = renderPatch(SAMPLE_DIFF);
  assert.match(patch, /^diff --git a\/rus\/015\.md b\/rus\/015\.md\nindex [0-9a-f]{40}\.\.[0-9a-f]{40} 100644\n--- a\/rus\/015\.md\n\+\+\+ b\/rus\/015\.md\n@@/m);
  assert.match(patch, /^new file mode 100644\nindex 0{40}\.\.[0-9a-f]{40}\n--- \/dev\/null\n\+\+\+ b\/rus\/083-1\.md$/m);
  assert.match(patch, /^deleted file mode 100644\nindex [0-9a-f]{40}\.\.0{40}\n--- a\/rus\/084\.md\n\+\+\+ \/dev\/null$/m);
  // Renumbered without a wording change: a rename whose only hunk is the frontmatter (number, version, pending).
  assert.match(patch, /^diff --git a\/rus\/071-1\.md b\/rus\/072\.md\nrename from rus\/071-1\.md\nrename to rus\/072\.md\nindex [0-9a-f]{40}\.\.[0-9a-f]{40} 100644\n--- a\/rus\/071-1\.md\n\+\+\+ b\/rus\/072\.md\n@@ -1,\d+ \+1,\d+ @@\n ---\n constitution: kz\n-version: 2019-03-23\n\+version: 2022-06-08\n lang: rus\n-article: 71-1\n\+article: "72"\n/m);
  assert.match(patch, /^-2\. Никто не вправе .* устанавливается законом как исключительная мера наказания за террористические преступления\.$/m);
  assert.match(patch, /^\+2\. Никто не вправе произвольно лишать человека жизни\. Смертная казнь запрещается\.$/m);
  assert.ok(!patch.includes('rus/001.md'), 'unchanged article 1 is not in the patch');
});

test('index lines carry git blob ids of the old and new bodies', () => {
  const patch = renderPatch(SAMPLE_DIFF);
  const [, oldId, newId] = /^diff --git a\/rus\/015\.md[^\n]*\nindex ([0-9a-f]{40})\.\.([0-9a-f]{40})/m.exec(patch)!;
  const hash = (text: string) => execFileSync('git', ['hash-object', '--stdin'], { input: text }).toString().trim();
  assert.equal(oldId, hash(bodies(SAMPLE_DIFF, 'old')['rus/015.md']));
  assert.equal(newId, hash(bodies(SAMPLE_DIFF, 'new')['rus/015.md']));
});

test('sample patch applies with git apply and patch -p1 and yields the new bodies', () => {
  const before = bodies(SAMPLE_DIFF, 'old');
  const after = patched(SAMPLE_DIFF);
  const { git, gnu } = applyBoth(before, renderPatch(SAMPLE_DIFF));
  assert.deepEqual(git, after);
  assert.deepEqual(gnu, after);
});

test('no differences give an empty patch', () => {
  const same = structuredClone(SAMPLE_DIFF);
  same.articles = same.articles.filter((a) => a.status === 'unchanged');
  assert.equal(renderPatch(same), '');
});

// ----------------------------------------------------------- renumbering chains

function art(number: string, text: string): Article {
  return {
    constitution: 'kz', version: 'v', lang: 'rus', number, section: null, repealed: false,
    footnotes: [], notes: [], pending: [], blocks: [{ label: '1.', level: 0, text }],
  };
}

function empty(number: string): Article {
  return { ...art(number, ''), repealed: true, blocks: [] };
}

/** A diff pairing old and new articles as given (the engine's pairing is not under test here). */
function pairs(list: [Article | undefined, Article | undefined][]): VersionDiff {
  const articles = list.map(([old, neu]): ArticleDiff => {
    const status: ChangeStatus = !old ? 'added' : !neu ? 'repealed' : old.number !== neu.number ? 'renumbered' : 'amended';
    return {
      number: (neu ?? old)!.number, previousNumber: old?.number, status, textChanged: true, formatOnly: false,
      matchedBy: 'similarity', similarity: 0.5, old, new: neu, blocks: [],
      counts: { wordsAdded: 0, wordsRemoved: 0, changeRatio: 0, blocks: { unchanged: 0, amended: 0, added: 0, repealed: 0, renumbered: 0, moved: 0 } },
    };
  });
  return { ...SAMPLE_DIFF, articles };
}

test('renumbering chain, swap and re-use of a freed number apply with both tools', () => {
  const cases: VersionDiff[] = [
    // 71-1 → 72 while 72 → 73: the rename target is still occupied when read in order.
    pairs([[art('71-1', 'a'), art('72', 'a')], [art('72', 'b'), art('73', 'b changed')]]),
    // Two articles swap numbers.
    pairs([[art('5', 'five'), art('6', 'five')], [art('6', 'six'), art('5', 'six')]]),
    // 10 is repealed and its number re-used by a new article; 11 renumbered to 12.
    pairs([[art('10', 'old ten'), undefined], [undefined, art('10', 'new ten')], [art('11', 'x'), art('12', 'x')]]),
    // Empty bodies (articles kept only as "repealed"): deleted, created, and one renumbered onto the other's number.
    pairs([[empty('20'), undefined], [undefined, empty('21')], [art('30', 'y'), art('31', 'y')], [empty('31'), undefined]]),
    pairs([[empty('40'), undefined], [art('39', 'z'), art('40', 'z')]]),
  ];
  for (const diff of cases) {
    const patch = renderPatch(diff);
    const { git, gnu } = applyBoth(bodies(diff, 'old'), patch);
    assert.deepEqual(git, patched(diff), patch);
    assert.deepEqual(gnu, patched(diff), patch);
  }
});
