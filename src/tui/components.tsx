// The parts of the screen: header, footer, help overlay, the article list and
// diff panes, the version picker, and the styled line they all draw with.
import { Box, Text, type TextProps } from 'ink';
import { memo } from 'react';
import { marked, SUMMARY_ORDER } from '../report/format.js';
import { messages, STATUS_LABEL, statusCountText } from '../report/messages.js';
import type { ArticleDiff, VersionDiff, VersionInfo } from '../types.js';
import { articleLabel, changeBar, hasPending, PENDING_MARK, STATUS_COLORS, STATUS_MARKS } from './articleList.js';
import { displayWidth, type Line, sanitizeForTerminal, type SegmentStyle, truncateToWidth } from './screen.js';
import type { Prompt } from './state.js';

// One pre-wrapped screen row of styled segments.

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

// Top two rows: the compared versions and the summary counts.

/** `6/7 changed · 3 amended · 1 added · …` with zero counts left out. */
export function summaryText(diff: VersionDiff): string {
  const { summary } = diff;
  const parts = [messages['tui.changed'](summary.changed, summary.total)];
  for (const status of SUMMARY_ORDER) {
    if (status !== 'unchanged' && summary.articles[status]) parts.push(statusCountText(summary, status));
  }
  parts.push(messages['tui.words'](summary.wordsAdded, summary.wordsRemoved));
  return parts.join(' · ');
}

/** `kz rus  2019-03-23 (…) → 2022-06-08 (…)`; `rus+kaz` while both languages are shown. */
export function versionsText(diff: VersionDiff, secondLang?: string): string {
  const side = (v: VersionDiff['from']) => `${v.id}${v.label ? ` (${v.label})` : ''}`;
  const langs = secondLang ? `${diff.lang}+${secondLang}` : diff.lang;
  return sanitizeForTerminal(`${diff.constitution} ${langs}  ${side(diff.from)} → ${side(diff.to)}`);
}

export function Header({ diff, width, secondLang }: { diff: VersionDiff; width: number; secondLang?: string }) {
  return (
    <>
      <Text bold wrap="truncate-end">{truncateToWidth(versionsText(diff, secondLang), width)}</Text>
      <Text wrap="truncate-end">{truncateToWidth(summaryText(diff), width)}</Text>
    </>
  );
}

// Bottom row: the open prompt, a transient message, or the key help.
// Most needed first: narrow terminals cut the end.

/** Which optional keys the App offers (each needs an injected loader). */
export interface OptionalKeys {
  history?: boolean;
  parallel?: boolean;
}

type KeyWord = 'quit' | 'help' | 'move' | 'pane' | 'history' | 'languages' | 'split' | 'changed' | 'search' | 'jump' | 'versions';
const keyWord = (key: string, word: KeyWord) => `${key} ${messages[`tui.key.${word}`]}`;

/** `q quit · ? help · …`, with the optional keys that are available after the pane keys. */
export function keyHelp(keys: OptionalKeys = {}): string {
  return [
    keyWord('q', 'quit'), keyWord('?', 'help'), keyWord('j/k', 'move'), keyWord('Tab', 'pane'),
    ...(keys.history ? [keyWord('h', 'history')] : []), ...(keys.parallel ? [keyWord('l', 'languages')] : []),
    keyWord('s', 'split'), keyWord('c', 'changed'), keyWord('/', 'search'), keyWord('g', 'jump'), keyWord('v', 'versions'),
  ].join(' · ');
}

/** The key help of the history view. */
export const historyHelp = (): string => `Esc/h ${messages['tui.key.back']} · ↑/↓ j/k PgUp/PgDn ${messages['tui.key.scroll']} · Home/End`;

export function Footer({ prompt, matches, message, width, help = keyHelp() }: {
  prompt: Prompt | null; matches: number; message: string | null; width: number; help?: string;
}) {
  if (prompt) {
    const head = prompt.kind === 'search' ? '/' : messages['tui.prompt.article'];
    const tail = prompt.kind === 'search' ? `  ${messages['tui.prompt.matches'](matches)} ${messages['tui.prompt.apply']}` : `  ${messages['tui.prompt.go']}`;
    // Keep the end of a long query visible next to the cursor.
    const room = Math.max(1, width - head.length - 1 - tail.length);
    const text = prompt.text.length > room ? prompt.text.slice(-room) : prompt.text;
    return <Text wrap="truncate-end">{truncateToWidth(`${head}${text}▏${tail}`, width)}</Text>;
  }
  if (message) return <Text color="yellow" wrap="truncate-end">{truncateToWidth(message, width)}</Text>;
  return <Text dimColor wrap="truncate-end">{truncateToWidth(help, width)}</Text>;
}

// `?`: the key map and the meaning of the list marks, in place of the panes.

/** The help text; `h` and `l` appear only when the App can load a history / a second language. */
export function helpLines(keys: OptionalKeys = {}, width = Infinity): string[] {
  const m = messages;
  const key = (k: string, what: string) => `  ${k.padEnd(13)}${what}`;
  // One line for both keys, so the help still fits 24 rows.
  const extra = keys.history && keys.parallel ? [key('h  l', m['tui.help.historyAndLanguages'])]
    : keys.history ? [key('h', m['tui.help.history'])]
      : keys.parallel ? [key('l', m['tui.help.languages'])] : [];
  const statuses = (['amended', 'added', 'repealed', 'renumbered', 'moved'] as const).map((s) => `${STATUS_MARKS[s]} ${STATUS_LABEL[s]}`);
  // The marks on as many lines as the overlay's width needs (longer words in Russian and Kazakh).
  const marks: string[] = [];
  for (const item of [...statuses, `${PENDING_MARK} ${m['tui.help.pendingMark']}`]) {
    const last = marks.length - 1;
    if (last >= 0 && displayWidth(`${marks[last]}  ${item}`) <= width) marks[last] += `  ${item}`;
    else marks.push(`  ${item}`);
  }
  return [
    m['tui.help.keys'],
    key('↑/↓ j/k', m['tui.help.move']),
    key('Enter →', m['tui.help.focus']),
    key('Tab', m['tui.help.tab']),
    key('PgUp/PgDn', m['tui.help.page']),
    ...extra,
    key('s', m['tui.help.split']),
    key('c', m['tui.help.changed']),
    key('/', m['tui.help.search']),
    key(m['tui.help.jumpKeys'], m['tui.help.jump']),
    key('v', m['tui.help.versions']),
    key('?', m['tui.help.help']),
    key('q Esc Ctrl-C', m['tui.help.quit']),
    '',
    m['tui.help.marks'],
    ...marks,
    `  ${marked('deleted', m['tui.help.deleted'])}  ${marked('inserted', m['tui.help.inserted'])}   ${m['tui.help.bar']}`,
    '',
    m['tui.help.close'],
  ];
}

export function HelpOverlay({ width, rows, keys }: { width: number; rows: number; keys?: OptionalKeys }) {
  const inner = width - 4;
  const lines = helpLines(keys, inner);
  return (
    <Box width={width} height={rows + 2} flexDirection="column" borderStyle="round" borderColor="cyan" paddingX={1}>
      {lines.slice(0, rows).map((line, i) => (
        <Text key={i} bold={i === 0 || line === messages['tui.help.marks']} wrap="truncate-end">{truncateToWidth(line, inner) || ' '}</Text>
      ))}
    </Box>
  );
}

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
        <ArticleRow key={index} article={articles[index]} selected={index === selected} focused={focused} innerWidth={innerWidth} />
      ))}
    </Box>
  );
}

// Right pane: the visible slice of the selected article's lines, with a
// position row when the article is longer than the pane.

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
