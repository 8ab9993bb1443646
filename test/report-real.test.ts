// Renderers on the real referendum pair 2019-03-23 → 2022-06-08 (store + engine).
// Expected wording below was read from constitution/kz/*/rus|kaz/015.md by hand.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { toString } from 'mdast-util-to-string';
import type { Nodes } from 'mdast';
import { defaultStoreRoot, openStore } from '../src/store/index.js';
import { diffVersions } from '../src/diff/index.js';
import { renderJson } from '../src/report/json.js';
import { renderMarkdown } from '../src/report/markdown.js';
import { renderText } from '../src/report/text.js';
import { type Lang, type VersionDiff, CHANGE_STATUSES } from '../src/types.js';
import { diffSchemaValidator } from './fixtures/report-schema.js';
import { applyBoth, type Tree } from './fixtures/report-apply.js';
import { runCli } from './helpers/cli.js';

const store = openStore();
const FROM = '2019-03-23';
const TO = '2022-06-08';

function referendum(lang: Lang): VersionDiff {
  return diffVersions({
    constitution: 'kz', lang, from: store.version('kz', FROM), to: store.version('kz', TO),
    oldArticles: store.readVersion('kz', FROM, lang), newArticles: store.readVersion('kz', TO, lang),
  });
}
const diffs = { rus: referendum('rus'), kaz: referendum('kaz') };

const OLD_15 = 'устанавливается законом как исключительная мера наказания за террористические преступления, '
  + 'сопряженные с гибелью людей, а также за особо тяжкие преступления, совершенные в военное время, '
  + 'с предоставлением приговоренному права ходатайствовать о помиловании';

function nodes(tree: Nodes): Nodes[] {
  const all: Nodes[] = [tree];
  if ('children' in tree) for (const child of tree.children) all.push(...nodes(child));
  return all;
}

test('JSON of both languages validates against the schema and is self-consistent', () => {
  const validate = diffSchemaValidator();
  for (const diff of Object.values(diffs)) {
    const report = JSON.parse(renderJson(diff));
    assert.equal(validate(report), true, JSON.stringify(validate.errors?.slice(0, 3), null, 2));
    assert.equal(report.articles.length, report.summary.total);
    for (const status of CHANGE_STATUSES) {
      assert.equal(report.summary.articles[status], report.articles.filter((a: { status: string }) => a.status === status).length);
    }
    assert.equal(report.summary.changed, report.articles.filter((a: { status: string }) => a.status !== 'unchanged').length);
  }
});

test('JSON: article 15 death-penalty change and new article 83-1', () => {
  const report = JSON.parse(renderJson(diffs.rus));
  const a15 = report.articles.find((a: { number: string }) => a.number === '15');
  assert.equal(a15.status, 'amended');
  assert.ok(a15.acts.some((act: { date: string }) => act.date === '2022-06-08'));
  const point2 = a15.points.find((p: { newLabel: string }) => p.newLabel === '2.');
  const deleted = point2.ops.filter((o: { op: string }) => o.op === 'delete').map((o: { text: string }) => o.text).join('');
  const inserted = point2.ops.filter((o: { op: string }) => o.op === 'insert').map((o: { text: string }) => o.text).join('');
  assert.equal(deleted.trim(), OLD_15);
  assert.equal(inserted.trim(), 'запрещается');
  // 083-1.md exists in 2022-06-08 only (Уполномоченный по правам человека).
  assert.ok(!store.articleNumbers('kz', FROM, 'rus').includes('83-1'));
  const a831 = report.articles.find((a: { number: string }) => a.number === '83-1');
  assert.equal(a831.status, 'added');
  assert.ok(a831.points.every((p: { status: string }) => p.status === 'added'));
});

test('Markdown: article 15 old wording struck and new wording bold', () => {
  const md = renderMarkdown(diffs.rus);
  const start = md.indexOf('### Article 15 — amended');
  assert.ok(start >= 0);
  const section = md.slice(start, md.indexOf('\n### ', start + 1));
  const strong = nodes(unified().use(remarkParse).parse(section)).filter((n) => n.type === 'strong').map((n) => toString(n));
  assert.deepEqual(strong, ['запрещается.']);
  assert.ok(section.includes(`~~${OLD_15}.~~ **запрещается.**`));
  assert.match(md, /### Article 83-1 — added/);
  assert.ok(!/<(?!\/?(ins|del)\b)/.test(md.replace(/\\</g, '')), 'no unescaped <');
});

test('text: article 15 deletion and insertion with markers; Kazakh text too', () => {
  const text = renderText(diffs.rus, { color: false });
  assert.ok(text.includes(`Смертная казнь [-${OLD_15}-]{+запрещается+}.`));
  assert.ok(text.split('\n').some((l) => l.startsWith('+ Article 83-1 added')));
  const kaz = renderText(diffs.kaz, { color: false });
  // kaz 015.md point 2: "Өлім жазасы … заңмен белгіленеді, … хақы бар." → "Өлім жазасына тыйым салынады."
  assert.match(kaz, /Өлім \[-[^\]]*заңмен белгіленеді[^\]]*хақы бар-\]\{\+[^}]*тыйым салынады\+\}\./);
});

/** The files of a stored version folder (`constitution/kz/<version>`), keyed by path inside it. */
function storedFolder(version: string): Tree {
  const root = join(defaultStoreRoot(), 'kz', version);
  const tree: Tree = {};
  const walk = (dir: string, prefix: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(dir, e.name), `${prefix}${e.name}/`);
      else tree[`${prefix}${e.name}`] = readFileSync(join(dir, e.name), 'utf8');
    }
  };
  walk(root, '');
  return tree;
}

/** The paths a patch creates or changes (`+++ b/…`) and removes (`--- a/…` of deletions and renames). */
function touched(patch: string): { written: string[]; removed: string[] } {
  const written = [...patch.matchAll(/^\+\+\+ b\/(\S+)$/gmu)].map((m) => m[1]);
  written.push(...[...patch.matchAll(/^rename to (\S+)$/gmu)].map((m) => m[1]));
  const removed = [...patch.matchAll(/^deleted file mode 100644\nindex \S+\n--- a\/(\S+)$/gmu)].map((m) => m[1]);
  removed.push(...[...patch.matchAll(/^rename from (\S+)$/gmu)].map((m) => m[1]));
  return { written: [...new Set(written)], removed: removed.filter((p) => !written.includes(p)) };
}

/**
 * As the README says: `constdiff diff FROM TO --format patch`, applied in a copy of
 * `constitution/kz/FROM` with `git apply` and with `patch -p1`, leaves every file it
 * names as in `constitution/kz/TO`, removes what it deletes or renames away, and
 * touches nothing else.
 */
function checkStorePatch(from: string, to: string, extra: string[] = []): string {
  const run = runCli(['diff', from, to, '--format', 'patch', ...extra]);
  assert.equal(run.status, 0, run.stderr);
  const patch = run.stdout;
  const before = storedFolder(from);
  const after = storedFolder(to);
  const { written, removed } = touched(patch);
  assert.ok(written.length > 0);
  const expected: Tree = { ...before };
  for (const p of removed) delete expected[p];
  for (const p of written) expected[p] = after[p]!;
  const { git, gnu } = applyBoth(before, patch);
  assert.deepEqual(git, expected);
  assert.deepEqual(gnu, expected);
  return patch;
}

test('patch applies to a copy of constitution/kz/2019-03-23 (git apply, patch -p1) and gives the 2022-06-08 files', () => {
  for (const lang of ['rus', 'kaz'] as const) {
    const patch = checkStorePatch(FROM, TO, ['--lang', lang]);
    assert.match(patch, new RegExp(`^--- /dev/null\\n\\+\\+\\+ b/${lang}/083-1\\.md$`, 'm'));
    assert.match(patch, new RegExp(`^diff --git a/${lang}/015\\.md b/${lang}/015\\.md$`, 'm'));
    // The 22 changed articles, and no other (e.g. article 1, unchanged, keeps its file).
    assert.equal((patch.match(/^diff --git /gmu) ?? []).length, 22);
  }
});

test('patch across the 2026 renumbering (renames, repealed numbers re-used) applies to the stored folder', () => {
  const from = store.version('kz', '2022-06-08');
  const to = store.version('kz', '2026-03-15');
  const diff = diffVersions({
    constitution: 'kz', lang: 'rus', from, to,
    oldArticles: store.readVersion('kz', from.id, 'rus'), newArticles: store.readVersion('kz', to.id, 'rus'),
  });
  assert.ok(diff.summary.articles.renumbered > 0, 'this pair exercises renames');
  assert.equal(diffSchemaValidator()(JSON.parse(renderJson(diff))), true);
  const patch = checkStorePatch(from.id, to.id);
  assert.match(patch, /^rename from rus\/\S+\nrename to rus\/\S+$/m);
});
