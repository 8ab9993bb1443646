// Lightweight entry for the CLI: prepares the environment React and ink read
// when they are first loaded, then loads the TUI. Import this file (not
// index.tsx) lazily from the `tui` command so the other commands never load React.
import type { AppProps } from './App.js';
import type { TuiStreams } from './index.js';
import { uiInUse } from '../report/messages.js';

const CI_VARIABLES = ['CI', 'CONTINUOUS_INTEGRATION'] as const;

export async function launchTui(props: AppProps, streams: TuiStreams = {}): Promise<void> {
  // React's development build is several times slower per key press; use the
  // production build unless the caller chose otherwise.
  process.env.NODE_ENV ??= 'production';
  const stdin = streams.stdin ?? process.stdin;
  const stdout = streams.stdout ?? process.stdout;
  // ink decides once, when loaded, that a CI environment gets no live redraws (only
  // a final frame). On a real terminal the user wants the live UI whatever CI says,
  // so hide those variables while ink loads.
  const saved = new Map<string, string | undefined>();
  if (stdin.isTTY && stdout.isTTY) {
    for (const name of CI_VARIABLES) {
      saved.set(name, process.env[name]);
      delete process.env[name];
    }
  }
  let runTui: typeof import('./index.js').runTui;
  try {
    ({ runTui } = await loadTui());
  } finally {
    for (const [name, value] of saved) if (value !== undefined) process.env[name] = value;
  }
  await runTui(props, { stdin, stdout, ui: streams.ui ?? uiInUse() });
}

/**
 * ink, React and the UI. The CLI bundle (scripts/bundle.mjs) maps this import to
 * dist/tui.bundle.js, one prebuilt module that starts several times faster than
 * ink's hundreds of modules loaded one by one; run from source, they load as they are.
 */
function loadTui(): Promise<typeof import('./index.js')> {
  return import('./index.js');
}
