// Fuzzing the store reader: a small valid store, then thousands of versions of
// it with one file broken (an article file, the manifest or a sections file),
// or articles renamed, duplicated or missing. Reading must succeed or fail with
// a one-line DataError/UsageError naming the file; what reads must diff and
// render without crashing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openStore } from '../src/store/index.js';
import { importExport } from '../src/import/index.js';
import { writeVersion } from '../src/store/write.js';
import { diffVersions } from '../src/diff/index.js';
import { renderJson } from '../src/report/json.js';
import { renderText } from '../src/report/text.js';
import { renderMarkdown } from '../src/report/markdown.js';
import { checkFailure } from './fixtures/fuzz-check.js';
import { mutate, Rng } from './fixtures/fuzz-inputs.js';
import { bigExport, snapshot } from './fixtures/fuzz-synthetic.js';
import { tempDir } from './helpers/exports.js';

// Parsed versions are cached on disk by file bytes; fuzz inputs must not fill that cache.
process.env.CONSTDIFF_NO_CACHE = '1';

const RUNS = 4000;
const V = '2000-01-01';

const FRONT_MUTATIONS: ((text: string, rng: Rng) => string)[] = [
  (t) => t.replace(/^article: .*$/mu, 'article: 5'),
  (t) => t.replace(/^article: .*$/mu, `article: "../../etc/passwd"`),
  (t) => t.replace(/^lang: .*$/mu, 'lang: eng'),
  (t) => t.replace(/^version: .*$/mu, 'version: 1999-01-01'),
  (t) => t.replace(/^section: .*$/mu, 'section: [1, 2]'),
  (t) => t.replace(/^section: .*$/mu, 'section: {a: 1}'),
  (t) => t.replace(/^---\n/u, '---\nfootnotes: 3\n'),
  (t) => t.replace(/^---\n/u, '---\nfootnotes: [1, null, {text: 5}]\n'),
  (t) => t.replace(/^---\n/u, '---\nnotes: [[], "x", {text: null}]\n'),
  (t) => t.replace(/^---\n/u, '---\npending: [{effective: null, target: {}, text: "1. x"}]\n'),
  (t) => t.replace(/^---\n/u, '---\npending: [{effective: 2023-01-01, target: {kind: point}, text: 5}]\n'),
  (t) => t.replace(/^---\n/u, `---\npending: [{effective: "2023-01-01", act: "x", note: "y", target: {kind: add, labels: "1."}, text: "${'>'.repeat(300)} x"}]\n`),
  (t) => t.replace(/^---\n/u, '---\nrepealed: "yes"\n'),
  (t) => t.replace(/^---\n/u, `---\nx: ${'['.repeat(20000)}\n`),
  (t) => t.replace(/^---\n/u, '---\na: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n'),
  (t) => t.replace(/\n---\n/u, '\n'),
  (t) => t.replace(/\n\n[\s\S]*$/u, '\n'),
  (t, rng) => t.replace(/\n\n/u, `\n\n${rng.pick(['# заголовок', '```\nкод\n```', '| a |\n|---|\n| b |', '<div>x</div>', '- пункт', '* * *', '    отступ', '[^1]: x'])}\n\n`),
];

test(`store reader: ${RUNS} broken stores, only one-line DataError/UsageError naming the file (a hang fails by the timeout; times go to stderr)`, { timeout: 120_000 }, () => {
  const work = tempDir('constdiff-fuzz-store-');
  const pristine = join(work, 'pristine');
  const { content } = importExport(makeDir(work, bigExport(6, 11)), { constitution: 'kz', version: V });
  writeVersion(pristine, { id: 'kz', title: 'K' }, content);
  const files = snapshot(pristine);
  const articlePaths = [...files.keys()].filter((p) => p.endsWith('.md'));
  const good = openStore(pristine).readVersion('kz', V, 'rus');
  const rng = new Rng(20220608);
  const outcomes = { read: 0, failed: 0 };
  const slowest = { ms: 0, what: '' };
  const root = join(work, 'store');
  for (let run = 0; run < RUNS; run++) {
    restore(root, files);
    const what = breakStore(rng, root, files, articlePaths);
    const t = performance.now();
    try {
      const store = openStore(root);
      const articles = store.readVersion('kz', V, 'rus');
      store.readSections('kz', V, 'rus');
      const info = store.version('kz', V);
      const diff = diffVersions({ constitution: 'kz', lang: 'rus', from: { ...info, id: '1999-01-01' }, to: info, oldArticles: good, newArticles: articles });
      renderJson(diff);
      renderText(diff, { color: true, width: 80 });
      renderMarkdown(diff);
      outcomes.read++;
    } catch (error) {
      checkFailure(error, root, `run ${run} (${what})`);
      outcomes.failed++;
    }
    const ms = performance.now() - t;
    if (ms > slowest.ms) Object.assign(slowest, { ms, what: `run ${run} (${what})` });
  }
  process.stderr.write(`fuzz-store: ${JSON.stringify(outcomes)}, slowest ${slowest.what} ${slowest.ms.toFixed(0)} ms\n`);
  assert.ok(outcomes.read > RUNS / 20 && outcomes.failed > RUNS / 20, JSON.stringify(outcomes));
  rmSync(work, { recursive: true, force: true });
});

/** Puts the pristine store back (only rewriting files, which is much cheaper than a new folder). */
function restore(root: string, files: Map<string, string>): void {
  const dir = join(root, 'kz', V, 'rus');
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(dir)) if (!files.has(`kz/${V}/rus/${name}`)) rmSync(join(dir, name));
  for (const [path, text] of files) writeFileSync(join(root, path), text);
}

function makeDir(work: string, files: Record<string, string>): string {
  const dir = join(work, 'export');
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

/** Breaks the freshly written store at `root` one way; returns what it did. */
function breakStore(rng: Rng, root: string, files: Map<string, string>, articles: string[]): string {
  const article = rng.pick(articles);
  const at = (p: string) => join(root, p);
  switch (rng.int(8)) {
    case 0:
    case 1:
      writeFileSync(at(article), mutate(rng, files.get(article)!));
      return `mutated ${article}`;
    case 2:
      writeFileSync(at(article), rng.pick(FRONT_MUTATIONS)(files.get(article)!, rng));
      return `frontmatter of ${article}`;
    case 3:
      writeFileSync(at('kz/manifest.yaml'), mutate(rng, files.get('kz/manifest.yaml')!));
      return 'mutated manifest';
    case 4:
      writeFileSync(at(`kz/${V}/sections.rus.yaml`), mutate(rng, files.get(`kz/${V}/sections.rus.yaml`)!));
      return 'mutated sections';
    case 5: {
      const other = rng.pick(articles);
      copyFileSync(at(other), at(article));
      return `${other} copied over ${article}`;
    }
    case 6: {
      const dir = at(`kz/${V}/rus`);
      const names = readdirSync(dir);
      if (rng.chance(0.5)) for (const n of names) rmSync(join(dir, n));
      else writeFileSync(join(dir, rng.pick(['999.md', '.hidden.md', 'x.md', '001-1.md', 'preamble.md'])), files.get(article)!);
      return 'files removed or added';
    }
    default: {
      const bad = rng.pick(['', '\u0000\u0001', '---\n---\n', '\ufeff---\nconstitution: kz\n---\n\nx\n']);
      writeFileSync(at(article), bad);
      return `junk in ${article}`;
    }
  }
}
