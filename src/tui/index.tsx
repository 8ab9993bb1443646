// Public entry of the TUI: the App component and `runTui`, which mounts it on a
// terminal and resolves once the user quits (q, Esc or Ctrl-C).
import { render } from 'ink';
import { UsageError } from '../errors.js';
import { type UiLang, useUi } from '../report/messages.js';
import { App, type AppProps } from './App.js';

export { App, type AppProps } from './App.js';
export { findArticleIndex, visibleArticles, STATUS_MARKS, PENDING_MARK } from './articleList.js';
export { articleLines, parallelArticleLines } from './articleLines.js';
export { sanitizeForTerminal } from './screen.js';
export { keyHelp } from './bars.js';
export { historyLines } from './historyLines.js';

export interface TuiStreams {
  stdin?: NodeJS.ReadStream;
  stdout?: NodeJS.WriteStream;
  /** The interface language (the CLI's choice: the UI bundle has its own catalog state). */
  ui?: UiLang;
}

// Alternate screen: the browser gets a clean screen and the shell's contents come back on exit.
// ink draws from wherever the cursor stands; on the alternate screen that is still the
// shell's cursor position (often the bottom row), so home it and clear first.
const ENTER_ALT_SCREEN = '\u001b[?1049h\u001b[H\u001b[2J';
const LEAVE_ALT_SCREEN = '\u001b[?1049l';

export async function runTui(props: AppProps, streams: TuiStreams = {}): Promise<void> {
  const stdin = streams.stdin ?? process.stdin;
  const stdout = streams.stdout ?? process.stdout;
  if (!stdin.isTTY) {
    throw new UsageError('tui needs an interactive terminal; use `constdiff diff` for a report');
  }
  if (streams.ui) useUi(streams.ui);
  const useAltScreen = Boolean(stdout.isTTY);
  if (useAltScreen) stdout.write(ENTER_ALT_SCREEN);
  try {
    // Ctrl-C is handled by the App (exitOnCtrlC off) so every way out runs the same exit path.
    const instance = render(<App {...props} />, { stdin, stdout, exitOnCtrlC: false });
    await instance.waitUntilExit();
  } finally {
    if (useAltScreen) stdout.write(LEAVE_ALT_SCREEN);
  }
}
