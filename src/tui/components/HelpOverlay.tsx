// `?`: the key map and the meaning of the list marks, in place of the panes.
import { Box, Text } from 'ink';
import { PENDING_MARK, STATUS_MARKS } from '../articleList.js';
import { marked } from '../../report/format.js';
import { truncateToWidth } from '../segments.js';
import type { OptionalKeys } from './Footer.js';

/** The help text; `h` and `l` appear only when the App can load a history / a second language. */
export function helpLines(keys: OptionalKeys = {}): string[] {
  // One line for both keys, so the help still fits 24 rows.
  const extra = keys.history && keys.parallel ? '  h  l         article history (Esc back) · both languages side by side'
    : keys.history ? '  h            history of the article: every version, date, acts (Esc back)'
      : keys.parallel ? '  l            both languages side by side (where the pair has two)' : undefined;
  return HELP_LINES.flatMap((line) => (line.startsWith('  s ') && extra ? [extra, line] : [line]));
}

export const HELP_LINES: string[] = [
  'Keys',
  '  ↑/↓ j/k      move in the list (scroll when the diff pane has focus)',
  '  Enter →      focus the diff pane      ← back to the list',
  '  Tab          switch panes',
  '  PgUp/PgDn    scroll the diff; Home/End first/last',
  '  s            inline / side-by-side diff',
  '  c            changed articles only',
  '  /            search old and new text (Enter apply, Esc cancel)',
  '  g or :       jump to an article by number',
  '  v            pick the two versions to compare',
  '  ?            this help',
  '  q Esc Ctrl-C quit (Esc first clears a search)',
  '',
  'Marks',
  `  ${STATUS_MARKS.amended} amended  ${STATUS_MARKS.added} added  ${STATUS_MARKS.repealed} repealed  `
    + `${STATUS_MARKS.renumbered} renumbered  ${STATUS_MARKS.moved} moved  ${PENDING_MARK} pending wording`,
  `  ${marked('deleted', 'deleted')}  ${marked('inserted', 'inserted')}   bar = share of words changed`,
  '',
  'Press any key to close.',
];

export function HelpOverlay({ width, rows, keys }: { width: number; rows: number; keys?: OptionalKeys }) {
  const inner = width - 4;
  const lines = helpLines(keys);
  return (
    <Box width={width} height={rows + 2} flexDirection="column" borderStyle="round" borderColor="cyan" paddingX={1}>
      {lines.slice(0, rows).map((line, i) => (
        <Text key={i} bold={i === 0 || line === 'Marks'} wrap="truncate-end">{truncateToWidth(line, inner) || ' '}</Text>
      ))}
    </Box>
  );
}
