// `npm run bench`: speed figures for the README, measured in one run on this
// machine. Prints a Markdown table. Not a test: nothing here passes or fails.
import { cpus } from 'node:os';
import { cliMs, cliPeakMb, difflibBaseline, engineMs, htmlMs, storeReadMs } from './measure.js';
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
add('CLI end to end: `diff … --format json`', `${fmt(cliJson)} ms`);
add('CLI end to end: `diff … --changed-only` (text)', `${fmt(cliMs(['diff', '2019-03-23', '2022-06-08', '--changed-only']))} ms`);
const baseline = difflibBaseline();
if (baseline) {
  add('baseline: Python difflib per-article word diff, whole process', `${fmt(baseline.processMs)} ms`);
  add('baseline: Python difflib, diff only (in process)', `${fmt(baseline.diffMs)} ms`);
  add('CLI vs difflib (whole process)', `${(baseline.processMs / cliJson).toFixed(2)}× ${cliJson < baseline.processMs ? 'faster' : 'slower'}`);
} else add('baseline: Python difflib', 'python3 not found');
const html = htmlMs();
add('HTML: render the referendum report in process', `${fmt(html.ms)} ms (${(html.bytes / 1024).toFixed(0)} KiB)`);
add('CLI end to end: `diff … --format html`', `${fmt(cliMs(['diff', '2019-03-23', '2022-06-08', '--format', 'html']))} ms`);
const tui = await tuiFirstFrameMs();
add('TUI: first frame on the referendum pair, from process start (tmux)', tui === null ? 'tmux not found' : `${fmt(tui)} ms`);
const tmuxOnly = await tuiFirstFrameMs(5, "sh -c 'echo 2019-03-23 2022-06-08; sleep 5'");
if (tmuxOnly !== null) add('  of which tmux itself (the same wait for an `echo`)', `${fmt(tmuxOnly)} ms`);
const peak = cliPeakMb(['diff', '2019-03-23', '2022-06-08', '--format', 'html']);
if (peak !== null) add('peak memory of `diff … --format html`', `${peak.toFixed(0)} MB`);

console.log(`Measured on ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}.\n`);
console.log('| measurement | result |\n|---|---|');
for (const [what, value] of rows) console.log(`| ${what} | ${value} |`);

// Scale: a synthetic constitution at 1×, 10× and 100× (bench/scale.ts).
const { scaleRows, scaleTable } = await import('./scale.js');
console.log(`\n### Scale (synthetic constitution, 50 versions)\n\n${scaleTable(scaleRows())}`);
