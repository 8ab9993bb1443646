// The panes of the screen: the article list and diff panes, the version
// picker, and the styled line they draw with (header, footer, help: bars.tsx).
import { Box, Text, type TextProps } from 'ink';
import { memo } from 'react';
import { messages } from '../report/messages.js';
import type { ArticleDiff, VersionInfo } from '../types.js';
import { articleLabel, changeBar, hasPending, PENDING_MARK, STATUS_COLORS, STATUS_MARKS } from './articleList.js';
import { matchRanges } from './navigate.js';
import { displayWidth, type Line, sanitizeForTerminal, type SegmentStyle, truncateToWidth } from './screen.js';

// One pre-wrapped screen row of styled segments.

const STYLE_PROPS: Record<SegmentStyle, TextProps> = {
  text: {},
  // Struck through and underlined as well as coloured, where the terminal can; the
  // [-…-] / {+…+} marks stay for terminals without colour or styles.
  deleted: { color: 'red', strikethrough: true },
  inserted: { color: 'green', underline: true },
  label: { bold: true },
  title: { bold: true },
  muted: { dimColor: true },
  note: { color: 'yellow' },
  pending: { color: 'magenta' },
};

/** The line's segments cut where search matches start and end, each piece flagged whether it matches. */
function highlighted(line: Line, query: string): Array<{ text: string; style: Line[number]['style']; match: boolean }> {
  const ranges = query ? matchRanges(line.map((s) => s.text).join(''), query) : [];
  if (ranges.length === 0) return line.map((s) => ({ ...s, match: false }));
  const cuts = [...new Set(ranges.flat())];
  const out: Array<{ text: string; style: Line[number]['style']; match: boolean }> = [];
  let offset = 0;
  for (const segment of line) {
    const end = offset + segment.text.length;
    const inner = cuts.filter((c) => c > offset && c < end).sort((a, b) => a - b);
    let from = offset;
    for (const to of [...inner, end]) {
      if (to > from) {
        out.push({ text: segment.text.slice(from - offset, to - offset), style: segment.style, match: ranges.some(([a, b]) => from >= a && to <= b) });
      }
      from = to;
    }
    offset = end;
  }
  return out;
}

export const StyledLine = memo(function StyledLine({ line, gutter, query = '' }: { line: Line; gutter?: string; query?: string }) {
  // An empty Text would collapse to zero height; a space keeps the row.
  if (line.length === 0) return <Text>{gutter ?? ' '}</Text>;
  return (
    <Text wrap="truncate-end">
      {gutter !== undefined && <Text color="cyan" bold>{gutter}</Text>}
      {highlighted(line, query).map((piece, i) => (
        <Text key={i} {...STYLE_PROPS[piece.style]} {...(piece.match ? { inverse: true } : {})}>{piece.text}</Text>
      ))}
    </Text>
  );
});

// Left pane: a status row, then the visible window of the article list with
// class marks and change bars. Only the rows that fit are rendered.

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
  const label = truncateToWidth(articleLabel(article, numberWidth), numberWidth);
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
        <ArticleRow key={index} article={articles[index]} selected={index === selected} focused={focused} innerWidth={innerWidth} />
      ))}
    </Box>
  );
}

// Right pane: the visible slice of the selected article's lines, with a
// position row when the article is longer than the pane.

/** Marks, in the pane's left margin, the change or match last stepped to. */
export const MARK = '›';

export function DiffPane({ lines, scroll, focused, width, rows, mark = null, query = '' }: {
  lines: Line[]; scroll: number; focused: boolean; width: number; rows: number;
  /** Line to mark in the margin (`]`, `n`); search matches to highlight. */
  mark?: number | null; query?: string;
}) {
  const overflows = lines.length > rows;
  const textRows = overflows ? rows - 1 : rows;
  const top = Math.min(scroll, Math.max(0, lines.length - textRows));
  const shown = lines.slice(top, top + textRows);
  return (
    <Box width={width} height={rows + 2} flexDirection="column" borderStyle="round" paddingRight={1}
      borderColor={focused ? 'cyan' : 'gray'}>
      {shown.map((line, i) => <StyledLine key={top + i} line={line} gutter={top + i === mark ? MARK : ' '} query={query} />)}
      {overflows && (
        <Text dimColor wrap="truncate-end">{' '}
          {`-- ${messages['tui.position'](top + 1, top + shown.length, lines.length)} · PgUp/PgDn${focused ? ' ↑/↓' : ''} --`}
        </Text>
      )}
    </Box>
  );
}

/** Rows of article text the pane shows at once (one less when the position row is needed). */
export function diffTextRows(lineCount: number, rows: number): number {
  return lineCount > rows ? rows - 1 : rows;
}

// `v`: choose the "from" version, then the "to" version, from the store's list.

export function VersionPicker({ versions, step, cursor, fromId, width, rows }: {
  versions: VersionInfo[]; step: 'from' | 'to'; cursor: number; fromId?: string; width: number; rows: number;
}) {
  const inner = width - 4;
  const title = step === 'from' ? messages['tui.pick.from'] : messages['tui.pick.to'](fromId ?? '');
  const listRows = Math.max(1, rows - 2);
  const start = listWindowStart(cursor, versions.length, listRows);
  return (
    <Box width={width} height={rows + 2} flexDirection="column" borderStyle="round" borderColor="cyan" paddingX={1}>
      <Text bold wrap="truncate-end">{truncateToWidth(title, inner)}</Text>
      <Text> </Text>
      {versions.slice(start, start + listRows).map((version, i) => {
        const index = start + i;
        const text = sanitizeForTerminal(`${index === cursor ? '>' : ' '} ${version.id}  ${version.label}${version.id === fromId ? `  ${messages['tui.pick.fromMark']}` : ''}`);
        return <Text key={version.id} inverse={index === cursor} wrap="truncate-end">{truncateToWidth(text, inner)}</Text>;
      })}
    </Box>
  );
}
