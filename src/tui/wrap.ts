// Word wrapping of styled text by terminal display width. We lay lines out
// ourselves (instead of leaving it to ink) so that the diff pane knows its exact
// line count for scrolling, renders only the visible rows, and can keep the
// hanging indent of point labels. Widths come from `string-width`, the same
// measure ink uses, so wide CJK characters and combining marks line up.
import stringWidth from 'string-width';

/** How a piece of text is shown; the mapping to colors lives in the components. */
export type SegmentStyle =
  | 'text' | 'deleted' | 'inserted' | 'label' | 'title' | 'muted' | 'note' | 'pending';

export interface Segment {
  text: string;
  style: SegmentStyle;
}

/** One screen row: segments whose total display width fits the pane. */
export type Line = Segment[];

const graphemeSegmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const widthCache = new Map<string, number>();

/** Display width of one grapheme cluster, cached (the alphabets involved are small). */
function graphemeWidth(grapheme: string): number {
  let width = widthCache.get(grapheme);
  if (width === undefined) {
    width = stringWidth(grapheme);
    if (widthCache.size < 10_000) widthCache.set(grapheme, width);
  }
  return width;
}

// Characters that always take exactly one column, one UTF-16 unit each: printable
// ASCII, Latin-1 and Latin Extended (not the soft hyphen, © and ® which string-width
// counts as emoji), Greek and Cyrillic
// including the Kazakh letters (not the Cyrillic combining marks U+0483-0489),
// general punctuation (dashes, quotes, ellipsis; not ‼ ⁉) and №. Almost all constitution
// text is in this set, and measuring it by length avoids the (slow) grapheme segmenter.
const ONE_COLUMN_EACH = /^[\x20-\x7e\u00a0-\u00a8\u00aa-\u00ac\u00af-\u02ff\u0370-\u0482\u048a-\u052f\u2010-\u2027\u2030-\u203b\u203d-\u2048\u204a-\u205e\u2116]*$/;

export function displayWidth(text: string): number {
  if (ONE_COLUMN_EACH.test(text)) return text.length;
  let width = 0;
  for (const { segment } of graphemeSegmenter.segment(text)) width += graphemeWidth(segment);
  return width;
}

export function lineWidth(line: Line): number {
  return line.reduce((sum, segment) => sum + displayWidth(segment.text), 0);
}

/** Cut text to at most `width` columns (never splitting a grapheme or a wide char). */
export function truncateToWidth(text: string, width: number, ellipsis = '…'): string {
  if (displayWidth(text) <= width) return text;
  const room = width - displayWidth(ellipsis);
  if (room < 0) return '';
  let out = '';
  let used = 0;
  for (const { segment } of graphemeSegmenter.segment(text)) {
    const w = graphemeWidth(segment);
    if (used + w > room) break;
    out += segment;
    used += w;
  }
  return out + ellipsis;
}

/** Pad a line with spaces to exactly `width` columns (truncating when longer). */
export function padLine(line: Line, width: number): Line {
  const fitted = truncateLine(line, width);
  const used = lineWidth(fitted);
  return used < width ? [...fitted, { text: ' '.repeat(width - used), style: 'text' }] : fitted;
}

export function truncateLine(line: Line, width: number): Line {
  const out: Line = [];
  let used = 0;
  for (const segment of line) {
    const w = displayWidth(segment.text);
    if (used + w <= width) {
      out.push(segment);
      used += w;
      continue;
    }
    const text = truncateToWidth(segment.text, width - used);
    if (text) out.push({ text, style: segment.style });
    break;
  }
  return out;
}

/** A word: a maximal run of non-space text, possibly spanning several styles. */
interface Word {
  pieces: Segment[];
  width: number;
}

type Token = { kind: 'space'; text: string } | { kind: 'word'; word: Word };

function tokenize(segments: Segment[]): Token[] {
  const tokens: Token[] = [];
  let open: Word | null = null;
  for (const segment of segments) {
    for (const run of segment.text.split(/(\s+)/)) {
      if (!run) continue;
      if (/^\s/.test(run)) {
        tokens.push({ kind: 'space', text: run.replace(/\s/g, ' ') });
        open = null;
      } else if (open) {
        // No space since the previous segment: same word (e.g. "Парламент" + inserted "а;").
        open.pieces.push({ text: run, style: segment.style });
        open.width += displayWidth(run);
      } else {
        open = { pieces: [{ text: run, style: segment.style }], width: displayWidth(run) };
        tokens.push({ kind: 'word', word: open });
      }
    }
  }
  return tokens;
}

/**
 * Wrap styled text into lines of at most `width` columns. Continuation lines get
 * `hangingIndent` spaces (capped at half the width); words longer than a line are
 * broken between graphemes. Always returns at least one line.
 */
export function wrapSegments(segments: Segment[], width: number, hangingIndent = 0): Line[] {
  const safeWidth = Math.max(1, width);
  const hang = Math.min(hangingIndent, Math.floor(safeWidth / 2));
  const lines: Line[] = [];
  let current: Line = [];
  let used = 0;
  let atLineStart = true;

  const push = (text: string, style: SegmentStyle, w: number) => {
    const last = current[current.length - 1];
    if (last && last.style === style) last.text += text;
    else current.push({ text, style });
    used += w;
    atLineStart = false;
  };
  const newLine = () => {
    trimTrailingSpace(current);
    lines.push(current);
    current = hang ? [{ text: ' '.repeat(hang), style: 'text' }] : [];
    used = hang;
    atLineStart = true;
  };

  for (const token of tokenize(segments)) {
    if (token.kind === 'space') {
      // Spaces at a wrap point are dropped; leading spaces of the first line are kept.
      if (atLineStart && lines.length > 0) continue;
      const w = token.text.length;
      if (used + w <= safeWidth) push(token.text, 'text', w);
      else newLine();
      continue;
    }
    const { word } = token;
    if (used + word.width > safeWidth && !atLineStart && word.width <= safeWidth - hang) newLine();
    if (used + word.width <= safeWidth) {
      for (const piece of word.pieces) push(piece.text, piece.style, displayWidth(piece.text));
      continue;
    }
    // Longer than the room left: break between graphemes.
    for (const piece of word.pieces) {
      for (const { segment: grapheme } of graphemeSegmenter.segment(piece.text)) {
        const w = graphemeWidth(grapheme);
        if (used + w > safeWidth && !atLineStart) newLine();
        push(grapheme, piece.style, w);
      }
    }
  }
  trimTrailingSpace(current);
  lines.push(current);
  return lines;
}

function trimTrailingSpace(line: Line): void {
  while (line.length > 0) {
    const last = line[line.length - 1]!;
    const trimmed = last.text.replace(/ +$/, '');
    if (trimmed) {
      last.text = trimmed;
      return;
    }
    line.pop();
  }
}
