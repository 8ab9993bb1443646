// The comparison cache (src/cli/diff-cache.ts) through the built CLI: a second run
// is served from it, and any change to an article file of either version or to a
// sections file is a miss, so the report always says what the files say now.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, runCli } from './helpers/cli.js';
import { tempDir } from './helpers/exports.js';

const FROM = '2019-03-23';
const TO = '2022-06-08';

test('comparison cache: served on a second run, a miss after any edit to either version', { timeout: 300_000 }, () => {
  const work = tempDir('constdiff-diff-cache-');
  const store = join(work, 'store');
  for (const part of ['manifest.yaml', FROM, TO]) cpSync(join(ROOT, 'constitution/kz', part), join(store, 'kz', part), { recursive: true });
  const cache = join(work, 'cache');
  const run = (format: string, noCache = false) => {
    const r = runCli(['--store', store, 'diff', FROM, TO, '--format', format],
      { env: noCache ? { CONSTDIFF_NO_CACHE: '1' } : { CONSTDIFF_CACHE_DIR: cache } });
    assert.equal(r.status, 0, r.stderr);
    return r.stdout;
  };
  const entries = () => readdirSync(cache).sort();
  /** The cache entries that hold a comparison (they point to the articles read, by `$ref`). */
  const diffEntries = () => entries().filter((n) => readFileSync(join(cache, n), 'utf8').includes('"$ref"'));

  const first = run('json');
  assert.equal(first, run('json', true), 'the first run computes what an uncached run does');
  assert.equal(diffEntries().length, 1, 'the comparison is kept');
  const kept = entries();
  const second = run('json');
  assert.equal(second, first);
  assert.deepEqual(entries(), kept, 'a second run adds nothing: it is served from the cache');

  // Proof that the second run read the kept comparison: a changed entry shows through.
  const entry = join(cache, diffEntries()[0]);
  const saved = readFileSync(entry, 'utf8');
  const tampered = JSON.parse(saved) as { summary: { total: number } };
  tampered.summary.total = 9999;
  writeFileSync(entry, JSON.stringify(tampered));
  assert.equal((JSON.parse(run('json')) as { summary: { total: number } }).summary.total, 9999);
  // A broken entry is ignored, never an error.
  writeFileSync(entry, '{"articles": [');
  assert.equal(run('json'), first);
  writeFileSync(entry, saved);

  // An article of the new version edited: the report shows the new wording.
  const article1 = join(store, 'kz', TO, 'rus', '001.md');
  writeFileSync(article1, readFileSync(article1, 'utf8').replace('демократическим, светским', 'демократическим, открытым, светским'));
  const afterNew = run('json');
  assert.notEqual(afterNew, first);
  assert.equal(afterNew, run('json', true));
  assert.match(afterNew, /"text": "открытым, "|открытым/u);

  // An article of the old version edited.
  const old2 = join(store, 'kz', FROM, 'rus', '002.md');
  const oldText = readFileSync(old2, 'utf8');
  assert.match(oldText, /Республики/u);
  writeFileSync(old2, oldText.replace('Республики', 'Государства'));
  const afterOld = run('json');
  assert.notEqual(afterOld, afterNew);
  assert.equal(afterOld, run('json', true));

  // A section title edited: the text report (which shows section headings) follows it.
  const sections = join(store, 'kz', TO, 'sections.rus.yaml');
  const textBefore = run('text');
  writeFileSync(sections, readFileSync(sections, 'utf8').replace('Раздел II. Человек и гражданин', 'Раздел II. Человек, гражданин и общество'));
  const textAfter = run('text');
  assert.notEqual(textAfter, textBefore);
  assert.match(textAfter, /общество/u);
  assert.equal(textAfter, run('text', true));
  rmSync(work, { recursive: true, force: true });
});
