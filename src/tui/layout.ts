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

export function screenLayout(columns: number, rows: number): ScreenLayout {
  const cols = Math.max(1, Math.floor(columns));
  const height = Math.max(1, Math.floor(rows) - 1);
  const tooSmall = cols < MIN_COLUMNS || rows < MIN_ROWS;
  const bodyRows = Math.max(3, height - HEADER_ROWS - FOOTER_ROWS);
  // Room for a cursor, two marks, `preamble` or `83-1`, and a 5-cell bar.
  const listWidth = Math.min(28, Math.max(20, Math.floor(cols * 0.22)));
  const diffWidth = Math.max(10, cols - listWidth);
  return {
    columns: cols, height, tooSmall, bodyRows, listWidth, diffWidth,
    paneRows: bodyRows - 2, listInner: listWidth - 2, diffInner: diffWidth - 4,
  };
}
