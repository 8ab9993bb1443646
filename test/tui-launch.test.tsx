// launchTui: the CLI's entry to the TUI. It prepares the environment before ink
// loads, so this runs in a child process whose environment says CI=true (as in
// CI, where ink would otherwise draw nothing until exit).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { ROOT } from './helpers/cli.js';

test('launchTui draws live frames even under CI=true, quits on q and restores CI', () => {
  const { NODE_ENV: _unset, ...env } = process.env;
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'test/fixtures/tui-launch-child.ts'], {
    cwd: ROOT, encoding: 'utf8', timeout: 60_000, env: { ...env, CI: 'true' },
  });
  assert.equal(run.status, 0, run.stderr);
  const seen = JSON.parse(run.stdout.trim().split('\n').at(-1)!);
  assert.equal(seen.live, true, 'the first frame was drawn before quitting');
  assert.ok(seen.framesBeforeQuit >= 2, 'alternate screen, then a frame');
  assert.equal(seen.exited, true);
  assert.equal(seen.ci, 'true', 'CI restored');
  assert.equal(seen.nodeEnv, 'production');
});
