// Scale figures: the synthetic constitution of scale-generate.ts at 1×, 10× and
// 100× (100, 1,000, 10,000 articles; 50 versions each). Measures the engine's
// diff of the first and last versions, the history of one article across all 50
// versions (Timeline + articleHistory, as `constdiff history` runs it), the
// HTML report, and the real CLI (`diff --format json`, `report`) on a temp store
// holding the two versions, with its peak memory. Run alone with
// `node --import tsx bench/scale.ts`, or as part of `npm run bench`.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { diffVersions } from '../src/diff/index.js';
import { articleHistory, Timeline } from '../src/timeline/index.js';
import { renderHtml } from '../src/report/html/index.js';
import { writeVersion } from '../src/store/write.js';
import { generate, stamped } from './scale-generate.js';
import { fmt } from './stats.js';

const CLI = fileURLToPath(new URL('../dist/constdiff.cjs', import.meta.url));

export interface ScaleRow {
  scale: number;
  articles: number;
  engineMs: number;
  historyMs: number;
  htmlMs: number;
  htmlMb: number;
  writeMs: number;
  cliJsonMs: number;
  cliReportMs: number;
  cliPeakMb: number | null;
  inProcessPeakMb: number;
}

function time<T>(fn: () => T): [T, number] {
  const start = performance.now();
  const value = fn();
  return [value, performance.now() - start];
}

/** Wall time and peak resident memory (MB, from /usr/bin/time when present) of one CLI run. */
function cli(args: string[]): { ms: number; peakMb: number | null } {
  const start = performance.now();
  const viaTime = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, CLI, ...args],
    { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', CONSTDIFF_NO_CACHE: '1' }, maxBuffer: 1 << 30 });
  const ms = performance.now() - start;
  if (viaTime.error) {
    const plain = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, CONSTDIFF_NO_CACHE: '1' }, maxBuffer: 1 << 30 });
    if (plain.status !== 0) throw new Error(`constdiff ${args.join(' ')}: ${plain.stderr}`);
    return { ms, peakMb: null };
  }
  if (viaTime.status !== 0) throw new Error(`constdiff ${args.join(' ')}: ${viaTime.stderr}`);
  const kb = Number(viaTime.stderr.trim().split('\n').at(-1));
  return { ms, peakMb: Number.isFinite(kb) ? kb / 1024 : null };
}

export function measureScale(scale: number): ScaleRow {
  let peak = process.memoryUsage().rss;
  const sample = () => { peak = Math.max(peak, process.memoryUsage().rss); };
  const { versions } = generate(scale);
  const first = versions[0];
  const last = versions.at(-1)!;
  const input = { constitution: 'kz', lang: 'rus' as const, from: first.version, to: last.version, oldArticles: first.articles, newArticles: last.articles };
  const [diff, engineMs] = time(() => diffVersions(input));
  sample();
  const timeline = new Timeline('kz', 'rus', versions);
  // An article in the middle of the text, followed across all 50 versions.
  const [, historyMs] = time(() => articleHistory(timeline, String(Math.ceil(scale * 50)), first.version.id));
  sample();
  const [html, htmlMs] = time(() => renderHtml(diff));
  sample();

  const root = join(mkdtempSync(join(tmpdir(), 'constdiff-scale-')), 'constitution');
  const [, writeMs] = time(() => {
    for (const { version, articles } of [first, last]) {
      writeVersion(root, { id: 'kz', title: 'Synthetic' }, { version, articles: { rus: stamped(articles, version.id) }, sections: {} });
    }
  });
  sample();
  const json = cli(['--store', root, 'diff', first.version.id, last.version.id, '--format', 'json', '--output', join(root, '..', 'diff.json')]);
  const report = cli(['--store', root, 'report', first.version.id, last.version.id, '--output', join(root, '..', 'report.html')]);
  rmSync(join(root, '..'), { recursive: true, force: true });
  return {
    scale, articles: last.articles.length, engineMs, historyMs, htmlMs, htmlMb: Buffer.byteLength(html) / 1048576, writeMs,
    cliJsonMs: json.ms, cliReportMs: report.ms, cliPeakMb: Math.max(json.peakMb ?? 0, report.peakMb ?? 0) || null, inProcessPeakMb: peak / 1048576,
  };
}

export function scaleTable(rows: ScaleRow[]): string {
  const head = '| scale | articles (last version) | engine diff | history of one article (50 versions) | HTML render | write 2 versions to a store | CLI `diff --format json` | CLI `report` | CLI peak memory |';
  const lines = [head, '|---|---|---|---|---|---|---|---|---|'];
  for (const r of rows) {
    lines.push(`| ${r.scale}× | ${r.articles.toLocaleString('en')} | ${fmt(r.engineMs)} ms | ${fmt(r.historyMs)} ms | ${fmt(r.htmlMs)} ms (${r.htmlMb.toFixed(1)} MB) | ${fmt(r.writeMs)} ms | ${fmt(r.cliJsonMs)} ms | ${fmt(r.cliReportMs)} ms | ${r.cliPeakMb === null ? 'n/a' : `${r.cliPeakMb.toFixed(0)} MB`} |`);
  }
  const [a, b] = [rows[0], rows.at(-1)!];
  const growth = (x: number, y: number) => (y / x).toFixed(0);
  lines.push('', `From ${a.scale}× to ${b.scale}× (${(b.articles / a.articles).toFixed(0)}× the articles): engine ${growth(a.engineMs, b.engineMs)}×, `
    + `history ${growth(a.historyMs, b.historyMs)}×, HTML ${growth(a.htmlMs, b.htmlMs)}×, CLI diff ${growth(a.cliJsonMs, b.cliJsonMs)}×, `
    + `CLI report ${growth(a.cliReportMs, b.cliReportMs)}×. Peak in-process memory of the bench itself: ${b.inProcessPeakMb.toFixed(0)} MB.`);
  // Issue 19's targets at 100× (no cache), and growth from 10× to 100× against the growth of the store.
  const big = rows.find((r) => r.scale === 100);
  const ten = rows.find((r) => r.scale === 10);
  if (big) {
    const met = (ok: boolean) => (ok ? 'met' : 'not met');
    lines.push('', `Targets at 100×: CLI diff ${fmt(big.cliJsonMs)} ms (≤ 2,000: ${met(big.cliJsonMs <= 2000)}), `
      + `report ${fmt(big.cliReportMs)} ms (≤ 3,000: ${met(big.cliReportMs <= 3000)}), `
      + `peak ${big.cliPeakMb === null ? 'n/a' : `${big.cliPeakMb.toFixed(0)} MB (≤ 300: ${met(big.cliPeakMb <= 300)})`}`
      + (ten ? `; 10× → 100×: ${(big.articles / ten.articles).toFixed(1)}× the articles, CLI diff ${(big.cliJsonMs / ten.cliJsonMs).toFixed(1)}×, `
        + `report ${(big.cliReportMs / ten.cliReportMs).toFixed(1)}× (no worse than linear: ${met(big.cliJsonMs / ten.cliJsonMs <= big.articles / ten.articles
          && big.cliReportMs / ten.cliReportMs <= big.articles / ten.articles)})` : '') + '.');
  }
  return lines.join('\n');
}

/**
 * The engine diff at one scale when the text has only 25 distinct words: every
 * article then shares most of its word pairs with every other, the worst case
 * for pairing by content (docs/engine.md).
 */
export function worstCaseEngineMs(scale = 100): { articles: number; ms: number } {
  const { versions } = generate(scale, 50, 'tiny');
  const first = versions[0];
  const last = versions.at(-1)!;
  const [, ms] = time(() => diffVersions({ constitution: 'kz', lang: 'rus', from: first.version, to: last.version, oldArticles: first.articles, newArticles: last.articles }));
  return { articles: last.articles.length, ms };
}

export function scaleRows(scales = [1, 10, 100]): ScaleRow[] {
  return scales.map((s) => {
    const row = measureScale(s);
    process.stderr.write(`scale ${s}×: ${JSON.stringify(row)}\n`);
    return row;
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(scaleTable(scaleRows(process.argv.slice(2).map(Number).filter(Boolean).length ? process.argv.slice(2).map(Number) : undefined)));
}
