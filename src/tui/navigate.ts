// Finding places in the diff pane: the changes (`]`/`[`, `n`/`N`), the lines a
// search matches, and the same place in another layout of the article (`s`).
// Pure functions over the pane's lines; the key handler decides what to do.
import type { Line } from './screen.js';

/** The pane of one article as the key handler sees it. */
export interface PaneView {
  lines: Line[];
  /** First line of each block, then of the notes (see articleLayout). */
  anchors: number[];
  /** Rows of text the pane shows at once. */
  textRows: number;
}

const isChange = (line: Line | undefined) => Boolean(line?.some((s) => s.style === 'deleted' || s.style === 'inserted'));

/** First line of each run of lines that carry a deletion or insertion. */
export function changeStarts(lines: Line[]): number[] {
  const out: number[] = [];
  lines.forEach((line, i) => {
    if (isChange(line) && !isChange(lines[i - 1])) out.push(i);
  });
  return out;
}

const lineText = (line: Line) => line.map((s) => s.text).join('');

/** Lines whose text contains the query (case-insensitive). */
export function matchingLines(lines: Line[], query: string): number[] {
  const needle = query.trim().toLocaleLowerCase();
  if (!needle) return [];
  const out: number[] = [];
  lines.forEach((line, i) => {
    if (lineText(line).toLocaleLowerCase().includes(needle)) out.push(i);
  });
  return out;
}

/**
 * Where the query occurs in a line, as [start, end) offsets into its text, for
 * highlighting. Empty when lower-casing changes the text's length (the offsets
 * would not line up), which no Russian or Kazakh letter does.
 */
export function matchRanges(text: string, query: string): Array<[number, number]> {
  const needle = query.trim().toLocaleLowerCase();
  const haystack = text.toLocaleLowerCase();
  if (!needle || haystack.length !== text.length) return [];
  const out: Array<[number, number]> = [];
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length)) {
    out.push([at, at + needle.length]);
  }
  return out;
}

/** Lines kept above a change or match the pane scrolls to. */
export const CONTEXT_ROWS = 2;

/** The scroll that shows `line`: unchanged when it is already in view, else with a little context above. */
export function scrollTo(line: number, scroll: number, view: PaneView): number {
  const max = Math.max(0, view.lines.length - view.textRows);
  if (line >= scroll && line < scroll + view.textRows) return Math.min(scroll, max);
  return Math.min(max, Math.max(0, line - CONTEXT_ROWS));
}

/**
 * The next (or previous) target line after the reader's place: the marked line
 * when it is in view, else the top of the view.
 */
export function stepTarget(targets: number[], place: { mark: number | null; scroll: number }, view: PaneView,
  direction: 1 | -1): number | undefined {
  const inView = place.mark !== null && place.mark >= place.scroll && place.mark < place.scroll + view.textRows;
  if (direction > 0) {
    const from = inView ? place.mark! : place.scroll - 1;
    return targets.find((line) => line > from);
  }
  const from = inView ? place.mark! : place.scroll;
  return targets.filter((line) => line < from).at(-1);
}

/** The scroll in another layout of the same article that shows the same block, about as far into it. */
export function sameScroll(scroll: number, from: PaneView, to: PaneView): number {
  const max = Math.max(0, to.lines.length - to.textRows);
  const block = from.anchors.filter((a) => a <= scroll).length - 1;
  if (block < 0) return Math.min(scroll, max);
  const start = from.anchors[block];
  const end = from.anchors[block + 1] ?? from.lines.length;
  const toStart = to.anchors[block] ?? 0;
  const toEnd = to.anchors[block + 1] ?? to.lines.length;
  const share = end > start ? (scroll - start) / (end - start) : 0;
  return Math.min(max, toStart + Math.floor(share * (toEnd - toStart)));
}
