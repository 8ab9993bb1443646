// launchTui: the CLI's entry to the TUI (environment preparation, then runTui).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { launchTui } from '../src/tui/launch.js';
import { FROM, SAMPLE_DIFF, TO } from './fixtures/sample-diff.js';
import { press, ready, renderSized } from './fixtures/tui-harness.js';

test('launchTui runs the app until q and leaves CI variables as they were', async () => {
  const streams = renderSized(<></>, 80, 24); // borrow fake TTY streams
  streams.unmount();
  streams.frames.length = 0;
  process.env.CI = 'true';
  let exited = false;
  const done = launchTui({ diff: SAMPLE_DIFF, versions: [FROM, TO], loadDiff: () => SAMPLE_DIFF, onExit: () => { exited = true; } }, {
    stdin: streams.stdin as unknown as NodeJS.ReadStream, stdout: streams.stdout as unknown as NodeJS.WriteStream,
  });
  await ready(streams);
  assert.match(streams.frames.join(''), /Article 1 · unchanged/);
  await press(streams, 'q');
  await done;
  assert.ok(exited);
  assert.equal(process.env.CI, 'true', 'restored');
  assert.equal(process.env.NODE_ENV, 'production');
});
