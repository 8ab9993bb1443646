// `npm run bench`: speed figures for the README, measured in one run on this
// machine. Prints a Markdown table. Not a test: nothing here passes or fails.
import { cpus } from 'node:os';
import { cliMs, cliPeakMb, difflibBaseline, engineMs, htmlMs, htmlSyntheticMs, longParagraphMs, longParagraphReportMs, pythonInterpreter, startupMs, storeReadMs } from './measure.js';
import { tuiFirstFrameMs } from './tui.js';
import { fmt } from './stats.js';

const rows: [string, string][] = [];
const add = (what: string, value: string) => {
  rows.push([what, value]);
  process.stderr.write(`${what}: ${value}\n`);
};

add('engine: diff of the referendum pair in process (median)', `${fmt(engineMs())} ms`);
add('store: read both versions, parsing all 203 article files (no cache)', `${fmt(storeReadMs(true))} ms`);
add('store: read both versions from the parse cache', `${fmt(storeReadMs(false))} ms`);
const cliJson = cliMs(['diff', '2019-03-23', '2022-06-08', '--format', 'json']);
add('CLI end to end: `diff … --format json` (second run: the comparison from the cache)', `${fmt(cliJson)} ms`);
const cliJsonCold = cliMs(['diff', '2019-03-23', '2022-06-08', '--format', 'json'], 5, { CONSTDIFF_NO_CACHE: '1' });
add('CLI end to end: `diff … --format json` with no cache (CONSTDIFF_NO_CACHE=1: parses every file, runs the engine)', `${fmt(cliJsonCold)} ms`);
add('CLI end to end: `diff … --changed-only` (text)', `${fmt(cliMs(['diff', '2019-03-23', '2022-06-08', '--changed-only']))} ms`);
const baseline = difflibBaseline();
const interpreter = pythonInterpreter();
const direct = interpreter ? difflibBaseline(interpreter) : null;
if (baseline) {
  add('baseline: Python difflib per-article word diff, whole process (`python3` from PATH)', `${fmt(baseline.processMs)} ms`);
  if (direct && interpreter !== null) add(`baseline: the same, run by the interpreter itself (${interpreter})`, `${fmt(direct.processMs)} ms`);
  add('baseline: Python difflib, diff only (in process)', `${fmt(baseline.diffMs)} ms`);
  add('CLI vs difflib (whole process, `python3` from PATH)', `${(baseline.processMs / cliJson).toFixed(2)}× ${cliJson < baseline.processMs ? 'faster' : 'slower'}`);
  if (direct) add('CLI vs difflib (whole process, the interpreter itself)', `${(direct.processMs / cliJson).toFixed(2)}× ${cliJson < direct.processMs ? 'faster' : 'slower'}`);
} else add('baseline: Python difflib', 'python3 not found');
const nodeFloor = startupMs(process.execPath, ['-e', '0']);
if (nodeFloor !== null) add('start-up floor: `node -e 0`', `${fmt(nodeFloor)} ms`);
const pythonFloor = interpreter ? startupMs(interpreter, ['-c', 'pass']) : null;
if (pythonFloor !== null) add('start-up floor: `python3 -c pass` (the interpreter itself)', `${fmt(pythonFloor)} ms`);
const html = htmlMs();
add('HTML: render the referendum report in process', `${fmt(html.ms)} ms (${(html.bytes / 1024).toFixed(0)} KiB)`);
const synthetic = htmlSyntheticMs();
add('HTML: render a synthetic 120-article × 12-block report in process', `${fmt(synthetic.ms)} ms (${(synthetic.bytes / 1024).toFixed(0)} KiB)`);
add('CLI end to end: `diff … --format html`', `${fmt(cliMs(['diff', '2019-03-23', '2022-06-08', '--format', 'html']))} ms`);
const tui = await tuiFirstFrameMs();
add('TUI: first frame on the referendum pair, from process start (tmux)', tui === null ? 'tmux not found' : `${fmt(tui)} ms`);
const tmuxOnly = await tuiFirstFrameMs(5, "sh -c 'echo 2019-03-23 2022-06-08; sleep 5'");
if (tmuxOnly !== null) add('  of which tmux itself (the same wait for an `echo`)', `${fmt(tmuxOnly)} ms`);
const peak = cliPeakMb(['diff', '2019-03-23', '2022-06-08', '--format', 'html']);
if (peak !== null) add('peak memory of `diff … --format html`', `${peak.toFixed(0)} MB`);

const paragraph100k = longParagraphMs(100_000);
const paragraph1m = longParagraphMs(1_000_000);
add('engine: word diff of one 100 KB paragraph', `${fmt(paragraph100k)} ms`);
add('engine: word diff of one 1 MB paragraph', `${fmt(paragraph1m)} ms (${(paragraph1m / paragraph100k).toFixed(1)}× the 100 KB time for 10× the text)`);

const report1m = longParagraphReportMs(1_000_000);
const report5m = longParagraphReportMs(5_000_000);
add('reports: one 5 MB paragraph as text (no width) / at 80 columns / as Markdown',
  `${fmt(report5m.text)} / ${fmt(report5m.text80)} / ${fmt(report5m.md)} ms (text at 80 columns: ${(report5m.text80 / report1m.text80).toFixed(1)}× the 1 MB time for 5× the text)`);

// Issue 19's targets, each as a ratio or a difference against a figure of this same run.
const targets: [string, string, boolean | null][] = [];
const engine = rows.find(([w]) => w.startsWith('engine: diff of the referendum pair'));
const engineValue = engine ? Number.parseFloat(engine[1]) : NaN;
if (baseline) {
  const ratio = engineValue / baseline.diffMs;
  targets.push(['engine ≤ 0.25 × difflib, in process', `${ratio.toFixed(2)} × (${fmt(engineValue)} vs ${fmt(baseline.diffMs)} ms)`, ratio <= 0.25]);
}
if (nodeFloor !== null) {
  const over = cliJson - nodeFloor;
  targets.push(['CLI `diff … --format json`, second run, ≤ 40 ms above `node -e 0`', `+${fmt(over)} ms (${fmt(cliJson)} vs ${fmt(nodeFloor)} ms)`, over <= 40]);
}
if (tui !== null) targets.push(['TUI first frame ≤ 150 ms from process start', `${fmt(tui)} ms${tmuxOnly !== null ? ` (tmux itself: ${fmt(tmuxOnly)} ms)` : ''}`, tui <= 150]);

console.log(`Measured on ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}.\n`);
console.log('| measurement | result |\n|---|---|');
for (const [what, value] of rows) console.log(`| ${what} | ${value} |`);
console.log('\n### Targets\n\n| target | measured in this run | met |\n|---|---|---|');
for (const [what, value, met] of targets) console.log(`| ${what} | ${value} | ${met === null ? 'n/a' : met ? 'yes' : 'no'} |`);

// Scale: a synthetic constitution at 1×, 10× and 100× (bench/scale.ts).
const { scaleRows, scaleTable, worstCaseEngineMs } = await import('./scale.js');
console.log(`\n### Scale (synthetic constitution, 50 versions)\n\n${scaleTable(scaleRows())}`);
const worst = worstCaseEngineMs();
console.log(`\nWorst case for pairing by content (a 25-word vocabulary, 100×, ${worst.articles.toLocaleString('en')} articles): engine diff ${fmt(worst.ms)} ms.`);
