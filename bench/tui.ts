// Time from starting `constdiff tui` in a terminal (tmux, 80x24) to the first
// frame showing the header with the two versions.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ROOT } from './measure.js';
import { median } from './stats.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** `command` defaults to the CLI's UI; pass e.g. an `echo` of the same text to time tmux itself. */
export async function tuiFirstFrameMs(runs = 5, command?: string): Promise<number | null> {
  if (spawnSync('tmux', ['-V']).error) return null;
  const cli = join(ROOT, 'dist/constdiff.cjs');
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const session = `constdiff-bench-${process.pid}-${i}`;
    const start = performance.now();
    spawnSync('tmux', ['new-session', '-d', '-s', session, '-x', '80', '-y', '24', command ?? `${process.execPath} ${cli} tui`]);
    let seen = false;
    while (performance.now() - start < 10_000) {
      const screen = spawnSync('tmux', ['capture-pane', '-p', '-t', session], { encoding: 'utf8' }).stdout ?? '';
      if (screen.includes('2019-03-23') && screen.includes('2022-06-08')) {
        seen = true;
        break;
      }
      await sleep(5);
    }
    const elapsed = performance.now() - start;
    spawnSync('tmux', ['kill-session', '-t', session]);
    if (seen) times.push(elapsed);
  }
  return times.length ? median(times) : null;
}
