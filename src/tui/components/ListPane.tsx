// Left pane: a status row, then the visible window of the article list with
// class marks and change bars. Only the rows that fit are rendered.
import { Box, Text } from 'ink';
import { memo } from 'react';
import type { ArticleDiff } from '../../types.js';
import { articleLabel, changeBar, hasPending, PENDING_MARK, STATUS_COLORS, STATUS_MARKS } from '../articleList.js';
import { displayWidth, truncateToWidth } from '../segments.js';

const BAR_CELLS = 5;
/** Marks the selected row so the selection shows without color too. */
export const CURSOR = '▸';

interface ListPaneProps {
  articles: ArticleDiff[];
  /** Indexes into `articles` the list shows. */
  visible: number[];
  selected: number;
  focused: boolean;
  status: string;
  width: number;
  rows: number;
  innerWidth: number;
}

/** First shown row so the selection stays in view, roughly centred. */
export function listWindowStart(position: number, total: number, rows: number): number {
  if (total <= rows || position < 0) return 0;
  return Math.min(total - rows, Math.max(0, position - Math.floor(rows / 2)));
}

const ArticleRow = memo(function ArticleRow({ article, selected, focused, innerWidth }: {
  article: ArticleDiff; selected: boolean; focused: boolean; innerWidth: number;
}) {
  // cursor, mark, pending mark, space, number, space, bar
  const numberWidth = Math.max(1, innerWidth - 3 - 1 - 1 - BAR_CELLS);
  const label = truncateToWidth(articleLabel(article), numberWidth);
  const padded = label + ' '.repeat(Math.max(0, numberWidth - displayWidth(label)));
  const color = STATUS_COLORS[article.status];
  return (
    <Text wrap="truncate-end" inverse={selected && focused} underline={selected && !focused} bold={selected}>
      {selected ? CURSOR : ' '}
      <Text color={color}>{STATUS_MARKS[article.status]}</Text>
      <Text color="magenta">{hasPending(article) ? PENDING_MARK : ' '}</Text>
      {` ${padded} `}
      <Text color={color}>{changeBar(article, BAR_CELLS)}</Text>
    </Text>
  );
});

export function ListPane({ articles, visible, selected, focused, status, width, rows, innerWidth }: ListPaneProps) {
  const listRows = Math.max(1, rows - 1);
  const position = visible.indexOf(selected);
  const start = listWindowStart(position, visible.length, listRows);
  const shown = visible.slice(start, start + listRows);
  return (
    <Box width={width} height={rows + 2} flexDirection="column" borderStyle="round" borderColor={focused ? 'cyan' : 'gray'}>
      <Text dimColor wrap="truncate-end">{truncateToWidth(status, innerWidth)}</Text>
      {shown.map((index) => (
        <ArticleRow key={index} article={articles[index]!} selected={index === selected} focused={focused} innerWidth={innerWidth} />
      ))}
    </Box>
  );
}
