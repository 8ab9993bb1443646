// The screen: how the terminal is split between header, panes and footer; the
// TUI's styles of text and its lines (laid out by the shared report/wrap.ts);
// and text made safe for a pane.
import { stripControls } from '../report/format.js';
import { type Line as StyledLine, padLine as padStyled, type Segment as StyledSegment, wrapSegments as wrapStyled } from '../report/wrap.js';
export { displayWidth, lineWidth, truncateLine, truncateToWidth } from '../report/wrap.js';

// Screen geometry: how the terminal's columns and rows are split between the
// header, the two panes and the footer. All widths are display columns.

export interface ScreenLayout {
  columns: number;
  /** Rows we draw: one less than the terminal so ink never falls back to clear-and-redraw (flicker). */
  height: number;
  tooSmall: boolean;
  bodyRows: number;
  listWidth: number;
  diffWidth: number;
  /** Text rows inside the bordered panes. */
  paneRows: number;
  /** Text columns inside the list pane (inside its border). */
  listInner: number;
  /** Text columns inside the diff pane (inside its border and one column of padding each side). */
  diffInner: number;
}

export const HEADER_ROWS = 2;
export const FOOTER_ROWS = 1;
export const MIN_COLUMNS = 40;
export const MIN_ROWS = 10;

/** Columns of a list row besides the article's label: cursor, two marks, two spaces, the bar, the borders. */
export const LIST_ROW_EXTRA = 3 + 1 + 1 + 5 + 2;

export interface LayoutOptions {
  /** Whether the article list is shown (`f`, or hidden for two columns on a narrow terminal). */
  showList?: boolean;
  /** Widest article label (`38 (was 35)`): the list widens for it, up to 30% of the terminal. */
  labelWidth?: number;
}

export function screenLayout(columns: number, rows: number, options: LayoutOptions = {}): ScreenLayout {
  const cols = Math.max(1, Math.floor(columns));
  const height = Math.max(1, Math.floor(rows) - 1);
  const tooSmall = cols < MIN_COLUMNS || rows < MIN_ROWS;
  const bodyRows = Math.max(3, height - HEADER_ROWS - FOOTER_ROWS);
  // Room for a cursor, two marks, `preamble` or `83-1`, and a 5-cell bar; more for `38 (was 35)`.
  const base = Math.min(28, Math.max(20, Math.floor(cols * 0.22)));
  const wanted = (options.labelWidth ?? 0) + LIST_ROW_EXTRA;
  const listWidth = options.showList === false ? 0 : Math.max(base, Math.min(wanted, Math.floor(cols * 0.3)));
  const diffWidth = Math.max(10, cols - listWidth);
  return {
    columns: cols, height, tooSmall, bodyRows, listWidth, diffWidth,
    paneRows: bodyRows - 2, listInner: Math.max(0, listWidth - 2), diffInner: diffWidth - 4,
  };
}

// Constitution text comes from outside sources. Before it reaches the terminal,
// the shared report helper drops escape sequences and control characters; on top
// of that the TUI turns tabs and line breaks into spaces because it does its own
// line layout (a raw newline would break a pane apart).

const LINE_BREAKS_AND_TABS = /[\t\n\v\f\r\u0085\u2028\u2029]/g;

/** Text safe to print in a terminal pane: no escape sequences or control characters, one line. */
export function sanitizeForTerminal(text: string): string {
  return stripControls(text).replace(LINE_BREAKS_AND_TABS, ' ');
}

// The TUI's styles of text and its screen lines, laid out by the shared terminal
// layout (report/wrap.ts) that the text reports use too. How each style is
// painted lives in components.tsx (StyledLine).

export type SegmentStyle =
  | 'text' | 'deleted' | 'inserted' | 'label' | 'title' | 'muted' | 'note' | 'pending';

export type Segment = StyledSegment<SegmentStyle>;

/** One screen row: segments whose total display width fits the pane. */
export type Line = StyledLine<SegmentStyle>;

/** Wrap to `width` columns, continuation lines indented by `hangingIndent` (report/wrap.ts). */
export function wrapSegments(segments: Segment[], width: number, hangingIndent = 0): Line[] {
  return wrapStyled(segments, width, hangingIndent, 'text');
}

/** Pad a line with spaces to exactly `width` columns (truncating when longer). */
export function padLine(line: Line, width: number): Line {
  return padStyled(line, width, 'text');
}
