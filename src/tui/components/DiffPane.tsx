// Right pane: the visible slice of the selected article's lines, with a
// position row when the article is longer than the pane.
import { Box, Text } from 'ink';
import type { Line } from '../segments.js';
import { StyledLine } from './StyledLine.js';

export function DiffPane({ lines, scroll, focused, width, rows }: {
  lines: Line[]; scroll: number; focused: boolean; width: number; rows: number;
}) {
  const overflows = lines.length > rows;
  const textRows = overflows ? rows - 1 : rows;
  const top = Math.min(scroll, Math.max(0, lines.length - textRows));
  const shown = lines.slice(top, top + textRows);
  return (
    <Box width={width} height={rows + 2} flexDirection="column" borderStyle="round" paddingX={1}
      borderColor={focused ? 'cyan' : 'gray'}>
      {shown.map((line, i) => <StyledLine key={top + i} line={line} />)}
      {overflows && (
        <Text dimColor wrap="truncate-end">
          {`-- lines ${top + 1}-${top + shown.length} of ${lines.length} · PgUp/PgDn${focused ? ' ↑/↓' : ''} --`}
        </Text>
      )}
    </Box>
  );
}

/** Rows of article text the pane shows at once (one less when the position row is needed). */
export function diffTextRows(lineCount: number, rows: number): number {
  return lineCount > rows ? rows - 1 : rows;
}
