// The screen's frame: the header (compared versions, summary counts), the
// footer (prompt, notice or key help) and the `?` help, each fitted to the
// terminal's width by whole parts rather than cut mid-word.
import { Box, Text } from 'ink';
import { marked, SUMMARY_ORDER } from '../report/format.js';
import { messages, STATUS_LABEL, statusCountText } from '../report/messages.js';
import type { VersionDiff } from '../types.js';
import { PENDING_MARK, STATUS_MARKS } from './articleList.js';
import { displayWidth, sanitizeForTerminal, truncateToWidth } from './screen.js';
import type { Prompt } from './state.js';
// Top two rows: the compared versions and the summary counts.

/** The parts of `6/7 changed · 3 amended · 1 added · …`, zero counts left out; `short` drops the asides. */
function summaryParts(diff: VersionDiff, short = false): string[] {
  const { summary } = diff;
  const parts = [messages['tui.changed'](summary.changed, summary.total)];
  for (const status of SUMMARY_ORDER) {
    if (status === 'unchanged' || !summary.articles[status]) continue;
    parts.push(short ? messages['summary.statusCount'](summary.articles[status], status, 0) : statusCountText(summary, status));
  }
  parts.push(messages['tui.words'](summary.wordsAdded, summary.wordsRemoved));
  return parts;
}

/** `6/7 changed · 3 amended · 1 added · …` with zero counts left out. */
export function summaryText(diff: VersionDiff): string {
  return summaryParts(diff).join(' · ');
}

/**
 * As many whole parts as fit `width`, joined by ` · `, in order; a part that
 * does not fit is left out rather than cut ("c c…"). The first part is always kept.
 */
export function fitParts(parts: string[], width: number): string {
  const kept: string[] = [];
  let used = 0;
  for (const part of parts) {
    const cost = displayWidth(part) + (kept.length ? 3 : 0);
    if (kept.length && used + cost > width) continue;
    kept.push(part);
    used += cost;
  }
  return truncateToWidth(kept.join(' · '), width);
}

/**
 * `kz rus  2019-03-23 (…) → 2022-06-08 (…)`; `rus+kaz` while both languages are
 * shown; `labels` 1 keeps only the older version's label, 0 none.
 */
export function versionsText(diff: VersionDiff, secondLang?: string, labels: 0 | 1 | 2 = 2): string {
  const side = (v: VersionDiff['from'], shown: boolean) => `${v.id}${v.label && shown ? ` (${v.label})` : ''}`;
  const langs = secondLang ? `${diff.lang}+${secondLang}` : diff.lang;
  return sanitizeForTerminal(`${diff.constitution} ${langs}  ${side(diff.from, labels > 0)} → ${side(diff.to, labels > 1)}`);
}

/** The header fitted to the width: version labels dropped before anything is cut, then the summary's asides. */
export function headerLines(diff: VersionDiff, width: number, secondLang?: string): [string, string] {
  const fitting = ([2, 1, 0] as const).map((labels) => versionsText(diff, secondLang, labels)).find((t) => displayWidth(t) <= width);
  const versions = fitting ?? truncateToWidth(versionsText(diff, secondLang, 0), width);
  const summary = summaryText(diff);
  return [versions, displayWidth(summary) <= width ? summary : fitParts(summaryParts(diff, true), width)];
}

export function Header({ diff, width, secondLang }: { diff: VersionDiff; width: number; secondLang?: string }) {
  const [versions, summary] = headerLines(diff, width, secondLang);
  return (
    <>
      <Text bold wrap="truncate-end">{versions}</Text>
      <Text wrap="truncate-end">{summary}</Text>
    </>
  );
}

// Bottom row: the open prompt, a transient message, or the key help.
// Most needed first: narrow terminals cut the end.

/** Which optional keys the App offers (each needs an injected loader), and whether a search is applied. */
export interface OptionalKeys {
  history?: boolean;
  parallel?: boolean;
  search?: boolean;
  /** The list pane is hidden: say how to get it back first. */
  listHidden?: boolean;
}

type KeyWord = 'quit' | 'help' | 'move' | 'pane' | 'history' | 'languages' | 'split' | 'changed' | 'search' | 'jump'
  | 'versions' | 'back' | 'change' | 'match' | 'list';
const keyWord = (key: string, word: KeyWord) => `${key} ${messages[`tui.key.${word}`]}`;

/** The footer's key help, most needed first: a narrow terminal leaves out whole items from the end. */
export function keyHelpItems(keys: OptionalKeys = {}): string[] {
  return [
    keyWord('q', 'quit'), keyWord('?', 'help'), ...(keys.listHidden ? [keyWord('Esc', 'list')] : []), keyWord(']/[', 'change'),
    keyWord('/', 'search'), ...(keys.search ? [keyWord('n/N', 'match')] : []), ...(keys.history ? [keyWord('h', 'history')] : []),
    keyWord('s', 'split'), keyWord('c', 'changed'), keyWord('Esc', 'back'), ...(keys.parallel ? [keyWord('l', 'languages')] : []),
    keyWord('f', 'list'), keyWord('j/k', 'move'), keyWord('Tab', 'pane'), keyWord('g', 'jump'), keyWord('v', 'versions'),
  ];
}

/** The whole key help on one line. */
export function keyHelp(keys: OptionalKeys = {}): string {
  return keyHelpItems(keys).join(' · ');
}

/** The key help of the history view. */
export const historyHelp = (): string[] => [
  `Esc/h ${messages['tui.key.back']}`, `↑/↓ j/k PgUp/PgDn ${messages['tui.key.scroll']}`, 'Home/End', keyWord('q', 'quit'),
];

export function Footer({ prompt, matches, message, width, help = keyHelpItems() }: {
  prompt: Prompt | null; matches: number; message: string | null; width: number; help?: string[];
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
  return <Text dimColor wrap="truncate-end">{fitParts(help, width)}</Text>;
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
    key('Enter → Tab', m['tui.help.focus']),
    key('PgUp/PgDn', m['tui.help.page']),
    key('] [  n N', m['tui.help.changes']),
    key('s  f', m['tui.help.split']),
    key('c', m['tui.help.changed']),
    key('/', m['tui.help.search']),
    key(m['tui.help.jumpKeys'], m['tui.help.jump']),
    key('v', m['tui.help.versions']),
    ...extra,
    key('Esc', m['tui.help.back']),
    key('q Ctrl-C', m['tui.help.quit']),
    '',
    m['tui.help.marks'],
    ...marks,
    `  ${marked('deleted', m['tui.help.deleted'])}  ${marked('inserted', m['tui.help.inserted'])}   ${m['tui.help.bar']}`,
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
