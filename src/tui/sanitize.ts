// Constitution text comes from outside sources. Before it reaches the terminal,
// the shared report helper drops escape sequences and control characters; on top
// of that the TUI turns tabs and line breaks into spaces because it does its own
// line layout (a raw newline would break a pane apart).
import { stripControls } from '../report/format.js';

const LINE_BREAKS_AND_TABS = /[\t\n\v\f\r\u0085\u2028\u2029]/g;

/** Text safe to print in a terminal pane: no escape sequences or control characters, one line. */
export function sanitizeForTerminal(text: string): string {
  return stripControls(text).replace(LINE_BREAKS_AND_TABS, ' ');
}
