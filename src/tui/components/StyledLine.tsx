// One pre-wrapped screen row of styled segments.
import { Text, type TextProps } from 'ink';
import { memo } from 'react';
import type { Line, SegmentStyle } from '../segments.js';

const STYLE_PROPS: Record<SegmentStyle, TextProps> = {
  text: {},
  deleted: { color: 'red' },
  inserted: { color: 'green' },
  label: { bold: true },
  title: { bold: true },
  muted: { dimColor: true },
  note: { color: 'yellow' },
  pending: { color: 'magenta' },
};

export const StyledLine = memo(function StyledLine({ line }: { line: Line }) {
  // An empty Text would collapse to zero height; a space keeps the row.
  if (line.length === 0) return <Text> </Text>;
  return (
    <Text wrap="truncate-end">
      {line.map((segment, i) => <Text key={i} {...STYLE_PROPS[segment.style]}>{segment.text}</Text>)}
    </Text>
  );
});
