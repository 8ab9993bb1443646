// The measurements of `npm run bench`, each a function returning figures.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { openStore } from '../src/store/index.js';
import { diffVersions } from '../src/diff/index.js';
import { wordDiff } from '../src/diff/word-diff.js';
import { renderHtml } from '../src/report/html/index.js';
import { SAMPLE_DIFF } from '../test/fixtures/sample-diff.js';
import { renderMarkdown } from '../src/report/markdown.js';
import { renderText } from '../src/report/text.js';
import type { Article, VersionDiff } from '../src/types.js';
import { median, timeIt } from './stats.js';

export const ROOT = fileURLToPath(new URL('../', import.meta.url));
const CLI = join(ROOT, 'dist/constdiff.cjs');
const FROM = '2019-03-23';
const TO = '2022-06-08';

export function referendumPair() {
  const store = openStore();
  const input = {
    constitution: 'kz', lang: 'rus' as const,
    from: store.version('kz', FROM), to: store.version('kz', TO),
    oldArticles: store.readVersion('kz', FROM, 'rus'), newArticles: store.readVersion('kz', TO, 'rus'),
  };
  return { store, input };
}

/** In-process engine time for the whole referendum pair (store already read), median of `runs` after 10 warm-up runs. */
export function engineMs(runs = 30): number {
  const { input } = referendumPair();
  // Steady state: V8 optimizes the engine over its first runs (the cold run is part of the CLI figures).
  return timeIt(runs, () => diffVersions(input), 10);
}

/** In-process time to read both versions from the store: `cold` parses every article file, else the parse cache serves them. */
export function storeReadMs(cold: boolean, runs = 5): number {
  const saved = process.env.CONSTDIFF_NO_CACHE;
  if (cold) process.env.CONSTDIFF_NO_CACHE = '1';
  try {
    return readBoth(runs);
  } finally {
    if (saved === undefined) delete process.env.CONSTDIFF_NO_CACHE;
    else process.env.CONSTDIFF_NO_CACHE = saved;
  }
}

function readBoth(runs: number): number {
  return timeIt(runs, () => {
    const store = openStore();
    store.readVersion('kz', FROM, 'rus');
    store.readVersion('kz', TO, 'rus');
  }, 1);
}

/** In-process HTML rendering of the referendum report. */
export function htmlMs(runs = 10): { ms: number; bytes: number } {
  const { input } = referendumPair();
  const diff: VersionDiff = diffVersions(input);
  const ms = timeIt(runs, () => renderHtml(diff), 2);
  return { ms, bytes: Buffer.byteLength(renderHtml(diff)) };
}

/**
 * HTML rendering of a constitution-sized synthetic diff: the test fixture's articles
 * repeated to 120 articles of 12 blocks each (was a timed unit test; speed is measured here).
 */
export function htmlSyntheticMs(runs = 5): { ms: number; bytes: number } {
  const articles = Array.from({ length: 120 }, (_, i) => {
    const base = SAMPLE_DIFF.articles[i % SAMPLE_DIFF.articles.length];
    return { ...base, number: String(i + 1), blocks: Array.from({ length: 12 }, () => base.blocks).flat() };
  });
  const diff = { ...SAMPLE_DIFF, articles };
  return { ms: timeIt(runs, () => renderHtml(diff), 1), bytes: Buffer.byteLength(renderHtml(diff)) };
}

/** Wall time of a whole CLI run, median of `runs` after one more (which fills the caches, unless `env` turns them off). */
export function cliMs(args: string[], runs = 5, env: Record<string, string> = {}): number {
  const times: number[] = [];
  for (let i = 0; i < runs + 1; i++) {
    const start = performance.now();
    const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env } });
    if (r.status !== 0) throw new Error(`constdiff ${args.join(' ')} failed: ${r.stderr}`);
    if (i > 0) times.push(performance.now() - start);
  }
  return median(times);
}

/** The Python interpreter that `python3` on PATH runs (through a pyenv shim here), if any. */
export function pythonInterpreter(): string | null {
  const r = spawnSync('python3', ['-c', 'import sys; print(sys.executable)'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : null;
}

/** Median wall time of a whole process that does nothing (`node -e 0`, `python3 -c pass`): the start-up floor. */
export function startupMs(command: string, args: string[], runs = 10): number | null {
  const times: number[] = [];
  for (let i = 0; i < runs + 1; i++) {
    const start = performance.now();
    const r = spawnSync(command, args);
    if (r.error || r.status !== 0) return null;
    if (i > 0) times.push(performance.now() - start);
  }
  return median(times);
}

/**
 * The same texts diffed per article by Python's difflib: whole process and
 * in-process time. `python` is the command to run (`python3` from PATH, or the
 * interpreter itself, without a version manager's shim in front).
 */
export function difflibBaseline(python = 'python3', runs = 5): { processMs: number; diffMs: number; changed: number } | null {
  const { input } = referendumPair();
  const text = (a: Article | undefined) => a ? a.blocks.map((b) => (b.label ? `${b.label} ` : '') + b.text).join('\n') : '';
  const numbers = [...new Set([...input.oldArticles, ...input.newArticles].map((a) => a.number))];
  const pairs = numbers.map((n) => [n, text(input.oldArticles.find((a) => a.number === n)), text(input.newArticles.find((a) => a.number === n))]);
  const dir = mkdtempSync(join(tmpdir(), 'constdiff-bench-'));
  try {
    const file = join(dir, 'pairs.json');
    writeFileSync(file, JSON.stringify(pairs));
    const script = join(ROOT, 'bench/difflib_baseline.py');
    const times: number[] = [];
    const inner: number[] = [];
    let changed = 0;
    for (let i = 0; i < runs + 1; i++) {
      const start = performance.now();
      const r = spawnSync(python, [script, file], { encoding: 'utf8' });
      if (r.error || r.status !== 0) return null;
      const out = JSON.parse(r.stdout) as { changed: number; ms: number };
      if (i > 0) {
        times.push(performance.now() - start);
        inner.push(out.ms);
      }
      changed = out.changed;
    }
    return { processMs: median(times), diffMs: median(inner), changed };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Peak resident memory (MB) of a CLI run, from /usr/bin/time when present. */
export function cliPeakMb(args: string[]): number | null {
  const r = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, CLI, ...args], { encoding: 'utf8' });
  if (r.error || r.status !== 0) return null;
  const kb = Number(r.stderr.trim().split('\n').at(-1));
  return Number.isFinite(kb) ? kb / 1024 : null;
}

/**
 * Word diff of one paragraph of `size` characters (the bundled 2022 text run together
 * and repeated) against the same with every 7th "Республик…" changed; median of `runs`.
 */
export function longParagraphMs(size: number, runs = 3): number {
  const text = referendumPair().input.newArticles.flatMap((a) => a.blocks.map((b) => b.text)).join(' ');
  let a = '';
  while (a.length < size) a += `${text} `;
  a = a.slice(0, size);
  let n = 0;
  const b = a.replace(/Республик/gu, (m) => (++n % 7 === 0 ? 'Государств' : m));
  return timeIt(runs, () => wordDiff(a, b, 'rus'), 1);
}

/**
 * Rendering one added article of `size` characters in one paragraph as text (no
 * width, as into a pipe; and at 80 columns) and as Markdown, in process: the text
 * layout should cost about what Markdown does, not grow faster than the text.
 */
export function longParagraphReportMs(size: number, runs = 3): { text: number; text80: number; md: number } {
  const source = referendumPair().input.newArticles.flatMap((a) => a.blocks.map((b) => b.text)).join(' ');
  let text = '';
  while (text.length < size) text += `${source} `;
  text = text.slice(0, size);
  const article: Article = {
    constitution: 'kz', version: TO, lang: 'rus', number: '1', section: null, repealed: false,
    footnotes: [], notes: [], pending: [], blocks: [{ label: null, level: 0, text }],
  };
  const { input } = referendumPair();
  const diff = diffVersions({ ...input, oldArticles: [], newArticles: [article] });
  return {
    text: timeIt(runs, () => renderText(diff, { color: false }), 1),
    text80: timeIt(runs, () => renderText(diff, { color: false, width: 80 }), 1),
    md: timeIt(runs, () => renderMarkdown(diff), 1),
  };
}
