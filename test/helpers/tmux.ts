// A real terminal for end-to-end TUI tests: a detached tmux session (80x24 by
// default) that is typed into with send-keys and read back with capture-pane.
import { spawnSync } from 'node:child_process';

export const hasTmux = !spawnSync('tmux', ['-V']).error;

/** Skip only when tmux is missing AND the run says so; otherwise a missing tmux fails the test. */
export const tmuxSkip = !hasTmux && process.env.CONSTDIFF_SKIP_TMUX === '1' ? 'tmux not installed (CONSTDIFF_SKIP_TMUX=1)' : false;

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const tmux = (...args: string[]) => spawnSync('tmux', args, { encoding: 'utf8' });

export interface TmuxSession {
  /** Starts a plain `sh` in `cwd`, so that the shell is seen again after the program quits. */
  start(cwd: string, size?: { columns: number; rows: number }): void;
  /** Sends keys by tmux name (`Enter`, `Escape`, `NPage`) or as literal text. */
  send(...keys: string[]): void;
  screen(): string;
  /** The screen once it matches `pattern`; fails with the last screen after `ms`. */
  waitFor(pattern: RegExp, what: string, ms?: number): Promise<string>;
  kill(): void;
}

export function tmuxSession(name: string, defaultWaitMs = 15_000): TmuxSession {
  const screen = () => tmux('capture-pane', '-p', '-t', name).stdout ?? '';
  return {
    start(cwd, size = { columns: 80, rows: 24 }) {
      tmux('new-session', '-d', '-s', name, '-x', String(size.columns), '-y', String(size.rows), '-c', cwd, 'sh');
    },
    send(...keys) {
      tmux('send-keys', '-t', name, ...keys);
    },
    screen,
    async waitFor(pattern, what, ms = defaultWaitMs) {
      const start = Date.now();
      for (;;) {
        const text = screen();
        if (pattern.test(text)) return text;
        if (Date.now() - start > ms) throw new Error(`timed out waiting for ${what}; screen:\n${text}`);
        await sleep(50);
      }
    },
    kill() {
      tmux('kill-session', '-t', name);
    },
  };
}
