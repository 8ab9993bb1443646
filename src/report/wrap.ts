// Terminal layout of styled text, by display width: the one line-wrapping
// implementation, used by the text reports (text.ts) and the TUI panes. The TUI
// lays lines out itself (not ink) so the diff pane knows its exact line count for
// scrolling and can keep the hanging indent of point labels. Widths come from
// `string-width`, the measure ink uses, so wide characters and combining marks line up.
// A style is whatever the caller paints with (chalk styles, ink props): spaces keep
// the style of the text they are in.
import stringWidth from 'string-width';

/** A piece of text and how it is shown. */
export interface Segment<S extends string = string> {
  text: string;
  style: S;
}

/** One output row. */
export type Line<S extends string = string> = Segment<S>[];

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
export function padLine<S extends string>(line: Line<S>, width: number, plain: S): Line<S> {
  const fitted = truncateLine(line, width);
  const used = lineWidth(fitted);
  return used < width ? [...fitted, { text: ' '.repeat(width - used), style: plain }] : fitted;
}

export function truncateLine<S extends string>(line: Line<S>, width: number): Line<S> {
  const out: Line<S> = [];
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

/** A word: a maximal run of non-space text, possibly spanning several styles ("Парламент" + inserted "а;"). */
interface Word<S extends string> {
  pieces: Segment<S>[];
  width: number;
}

type Token<S extends string> = { kind: 'space'; piece: Segment<S> } | { kind: 'word'; word: Word<S> };

/**
 * Words and runs of spaces, made as they are read (a long paragraph is never held
 * as one array of tokens). Only the ASCII space separates words: a no-break space
 * does not. A word is yielded once complete, as it may span several segments.
 */
function* tokenize<S extends string>(segments: Segment<S>[]): Generator<Token<S>> {
  let open: Word<S> | null = null;
  for (const segment of segments) {
    const text = segment.text;
    let at = 0;
    while (at < text.length) {
      const space = text.charCodeAt(at) === 32;
      let end = at + 1;
      while (end < text.length && (text.charCodeAt(end) === 32) === space) end++;
      const run = text.slice(at, end);
      at = end;
      if (space) {
        if (open) yield { kind: 'word', word: open };
        open = null;
        yield { kind: 'space', piece: { text: run, style: segment.style } };
      } else if (open) {
        open.pieces.push({ text: run, style: segment.style });
        open.width += displayWidth(run);
      } else {
        open = { pieces: [{ text: run, style: segment.style }], width: displayWidth(run) };
      }
    }
  }
  if (open) yield { kind: 'word', word: open };
}

/**
 * Wrap styled text into lines of at most `width` columns (no limit: Infinity).
 * Lines break at spaces, which are dropped there; continuation lines start with
 * `hangingIndent` spaces (capped at half the width) in style `plain`. A word
 * longer than a line is broken between graphemes. Leading spaces of the first
 * line are kept, and so is a trailing space at the very end. Always returns at
 * least one line.
 */
export function wrapSegments<S extends string>(segments: Segment<S>[], width: number, hangingIndent: number, plain: S): Line<S>[] {
  // No limit: one line, the segments as they are (same styles merged). Splitting a
  // long paragraph into word tokens only to join them again cost seconds and
  // hundreds of MB on a 5 MB paragraph.
  if (width === Infinity) return [mergeStyles(segments)];
  const safeWidth = Math.max(1, width);
  const hang = Math.min(hangingIndent, Math.floor(safeWidth / 2));
  const lines: Line<S>[] = [];
  let current: Line<S> = [];
  let used = 0;
  let hasWord = false;

  const push = (text: string, style: S, w: number) => {
    const last = current[current.length - 1];
    if (last && last.style === style) last.text += text;
    else current.push({ text, style });
    used += w;
  };
  const newLine = () => {
    trimTrailingSpace(current);
    lines.push(current);
    current = hang ? [{ text: ' '.repeat(hang), style: plain }] : [];
    used = hang;
    hasWord = false;
  };

  for (const token of tokenize(segments)) {
    if (token.kind === 'space') {
      // No leading space on a wrapped line; the first line keeps its indent.
      if (!hasWord && lines.length > 0) continue;
      push(token.piece.text, token.piece.style, token.piece.text.length);
      continue;
    }
    const { word } = token;
    if (used + word.width > safeWidth && hasWord && word.width <= safeWidth - hang) newLine();
    if (used + word.width <= safeWidth) {
      for (const piece of word.pieces) push(piece.text, piece.style, displayWidth(piece.text));
      hasWord = true;
      continue;
    }
    // Longer than the room left: break between graphemes.
    for (const piece of word.pieces) {
      for (const { segment: grapheme } of graphemeSegmenter.segment(piece.text)) {
        const w = graphemeWidth(grapheme);
        if (used + w > safeWidth && hasWord) newLine();
        push(grapheme, piece.style, w);
        hasWord = true;
      }
    }
  }
  lines.push(current);
  return lines;
}

/** The segments as one line, neighbours of the same style joined (one join per run, not one concatenation per piece). */
function mergeStyles<S extends string>(segments: Segment<S>[]): Line<S> {
  const line: Line<S> = [];
  let run: string[] = [];
  let style: S | undefined;
  const flush = () => {
    if (run.length) line.push({ text: run.join(''), style: style! });
    run = [];
  };
  for (const segment of segments) {
    if (!segment.text) continue;
    if (segment.style !== style) {
      flush();
      style = segment.style;
    }
    run.push(segment.text);
  }
  flush();
  return line;
}

function trimTrailingSpace(line: Line): void {
  while (line.length > 0) {
    const last = line[line.length - 1];
    const trimmed = last.text.replace(/ +$/u, '');
    if (trimmed) {
      last.text = trimmed;
      return;
    }
    line.pop();
  }
}
