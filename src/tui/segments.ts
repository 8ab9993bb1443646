// The TUI's styles of text and its screen lines, laid out by the shared terminal
// layout (report/wrap.ts) that the text reports use too. How each style is
// painted lives in components/StyledLine.tsx.
import { padLine as padStyled, wrapSegments as wrapStyled, type Line as StyledLine, type Segment as StyledSegment } from '../report/wrap.js';

export { displayWidth, lineWidth, truncateLine, truncateToWidth } from '../report/wrap.js';

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
