// The TUI's root component: state, key handling and the screen it draws.
import { Box, Text, useApp, useInput, useStdout } from 'ink';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { ArticleHistory, VersionDiff, VersionInfo } from '../types.js';
import { cachedArticleLayout, cachedParallelLayout, type PaneText } from './articleLines.js';
import { articleLabel, visibleArticles } from './articleList.js';
import { messages } from '../report/messages.js';
import { Footer, Header, HelpOverlay, historyHelp, keyHelpItems } from './bars.js';
import { DiffPane, diffTextRows, ListPane, VersionPicker } from './components.js';
import { cachedHistoryLines } from './historyLines.js';
import { splitKeys } from './keys.js';
import type { PaneView } from './navigate.js';
import { displayWidth, type Line, screenLayout, type ScreenLayout } from './screen.js';
import { handleKey } from './keymap.js';
import { initialState, listShown, type TuiState } from './state.js';

// Columns and rows of the output terminal, updated on 'resize'.

export interface TerminalSize {
  columns: number;
  rows: number;
}

const read = (stdout: NodeJS.WriteStream): TerminalSize => ({
  columns: stdout.columns || 80,
  rows: stdout.rows || 24,
});

export function useTerminalSize(): TerminalSize {
  const { stdout } = useStdout();
  const [size, setSize] = useState(() => read(stdout));
  useEffect(() => {
    const onResize = () => setSize((old) => {
      const next = read(stdout);
      return next.columns === old.columns && next.rows === old.rows ? old : next;
    });
    stdout.on('resize', onResize);
    onResize();
    return () => {
      stdout.off('resize', onResize);
    };
  }, [stdout]);
  return size;
}

// The interactive diff browser: header, article list, diff pane, footer, and the
// help / version-picker overlays. All I/O is injected: the App only calls
// `loadDiff` when the user picks another pair of versions.

export interface AppProps {
  diff: VersionDiff;
  /** Versions offered by `v`, oldest first. */
  versions: VersionInfo[];
  /** Compute the diff of another pair; synchronous, may throw UsageError/DataError. */
  loadDiff: (fromId: string, toId: string) => VersionDiff;
  /** Article number to open on, e.g. `44`. */
  initialArticle?: string;
  onExit?: () => void;
  /**
   * The life of one article across every stored version (`h`), the number read
   * in version `inVersion`; synchronous, may throw. Without it `h` is not offered.
   */
  loadHistory?: (number: string, inVersion: string) => ArticleHistory;
  /**
   * The same pair in the other language (`l`), or undefined when the pair has
   * only one. Without it `l` is not offered.
   */
  loadParallel?: (fromId: string, toId: string) => VersionDiff | undefined;
}

const NO_TEXT: PaneText = { lines: [], anchors: [] };

/** The diff pane's lines for the state: one language or two, inline or side by side. */
function paneText(state: TuiState, layout: ScreenLayout): PaneText {
  const article = state.selected >= 0 ? state.diff.articles[state.selected] : undefined;
  if (!article) return NO_TEXT;
  if (state.parallel) return cachedParallelLayout(article, state.diff, state.parallel, layout.diffInner);
  return cachedArticleLayout(article, state.diff, { width: layout.diffInner, sideBySide: state.sideBySide });
}

const labelWidths = new WeakMap<VersionDiff, number>();

/** The widest list label of a diff (`38 (was 35)`), so the list can make room for it. */
function labelWidth(diff: VersionDiff): number {
  let width = labelWidths.get(diff);
  if (width === undefined) {
    width = Math.max(0, ...diff.articles.map((a) => displayWidth(articleLabel(a))));
    labelWidths.set(diff, width);
  }
  return width;
}

/** The screen split for a state: the list pane may be hidden, and widens for long labels. */
function layoutFor(state: TuiState, columns: number, rows: number): ScreenLayout {
  return screenLayout(columns, rows, { showList: listShown(state, columns), labelWidth: labelWidth(state.diff) });
}

/** The history view takes the whole body: both panes' width. */
function historyLinesFor(state: TuiState, layout: ScreenLayout): Line[] {
  return state.overlay?.kind === 'history' ? cachedHistoryLines(state.overlay.history, layout.columns - 4) : [];
}

function listStatus(state: TuiState, shown: number): string {
  const base = state.changedOnly ? messages['tui.list.changed'](shown) : messages['tui.list.articles'](shown);
  return state.query ? messages['tui.list.match'](shown, state.query, state.changedOnly) : base;
}

export function App(props: AppProps) {
  const { diff, initialArticle } = props;
  const { exit } = useApp();
  const { columns, rows } = useTerminalSize();
  const [state, setState] = useState(() => initialState(diff, initialArticle));
  const layout = layoutFor(state, columns, rows);
  const showList = listShown(state, columns);

  // The input handler reads the newest state through refs: keys can arrive faster
  // than React re-subscribes a handler closed over the last render's state.
  const latest = useRef({ state, size: { columns, rows }, props, exited: false });
  latest.current.size = { columns, rows };
  latest.current.props = props;

  const visible = useMemo(
    () => visibleArticles(state.diff, { changedOnly: state.changedOnly, query: state.query }),
    [state.diff, state.changedOnly, state.query],
  );
  const article = state.selected >= 0 ? state.diff.articles[state.selected] : undefined;
  const lines = paneText(state, layout).lines;
  const optionalKeys = {
    history: Boolean(props.loadHistory), parallel: Boolean(props.loadParallel), search: Boolean(state.query), listHidden: !showList,
  };
  const promptMatches = useMemo(
    () => (state.prompt?.kind === 'search'
      ? visibleArticles(state.diff, { changedOnly: state.changedOnly, query: state.prompt.text }).length : 0),
    [state.prompt, state.diff, state.changedOnly],
  );

  useInput((chunk, pressed) => {
    // Several keys can arrive in one chunk (typed fast, pasted): each counts.
    for (const [input, key] of splitKeys(chunk, pressed)) {
      const now = latest.current;
      if (now.exited) return;
      const current = now.state;
      const { columns: cols, rows: height } = now.size;
      const pane = (s: TuiState): PaneView => {
        const text = paneText(s, layoutFor(s, cols, height));
        return { ...text, textRows: diffTextRows(text.lines.length, layoutFor(s, cols, height).paneRows) };
      };
      const here = layoutFor(current, cols, height);
      const view = pane(current);
      const historyLineCount = historyLinesFor(current, here).length;
      const next = handleKey(current, input, key, {
        versions: now.props.versions, loadDiff: now.props.loadDiff,
        diffLineCount: view.lines.length, diffRows: view.textRows, columns: cols, pane,
        historyLineCount, historyRows: diffTextRows(historyLineCount, here.paneRows),
        ...(now.props.loadHistory ? { loadHistory: now.props.loadHistory } : {}),
        ...(now.props.loadParallel ? { loadParallel: now.props.loadParallel } : {}),
      });
      if (next === 'exit') {
        now.exited = true;
        now.props.onExit?.();
        exit();
        return;
      }
      if (next !== current) {
        now.state = next;
        setState(next);
      }
    }
  });

  if (layout.tooSmall) {
    return <Text wrap="truncate-end">{messages['tui.tooSmall']}</Text>;
  }

  let body;
  if (state.overlay?.kind === 'help') {
    body = <HelpOverlay width={layout.columns} rows={layout.paneRows} keys={optionalKeys} />;
  } else if (state.overlay?.kind === 'history') {
    body = <DiffPane lines={historyLinesFor(state, layout)} scroll={state.overlay.scroll} focused
      width={layout.columns} rows={layout.paneRows} />;
  } else if (state.overlay?.kind === 'versions') {
    body = <VersionPicker versions={props.versions} step={state.overlay.step} cursor={state.overlay.cursor}
      fromId={state.overlay.fromId} width={layout.columns} rows={layout.paneRows} />;
  } else {
    body = (
      <Box flexDirection="row" height={layout.bodyRows}>
        {showList && <ListPane articles={state.diff.articles} visible={visible} selected={state.selected}
          focused={state.focus === 'list'} status={listStatus(state, visible.length)}
          width={layout.listWidth} rows={layout.paneRows} innerWidth={layout.listInner} />}
        {article
          ? <DiffPane lines={lines} scroll={state.scroll} focused={!showList || state.focus === 'diff'}
              width={layout.diffWidth} rows={layout.paneRows} mark={state.mark} query={state.query} />
          : <DiffPane lines={[[{ text: messages['tui.noMatch'], style: 'muted' }]]} scroll={0} focused={false}
              width={layout.diffWidth} rows={layout.paneRows} />}
      </Box>
    );
  }

  return (
    <Box flexDirection="column" width={layout.columns} height={layout.height}>
      <Header diff={state.diff} width={layout.columns} {...(state.parallel ? { secondLang: state.parallel.lang } : {})} />
      {body}
      <Footer prompt={state.prompt} matches={promptMatches} message={state.message} width={layout.columns}
        help={state.overlay?.kind === 'history' ? historyHelp() : keyHelpItems(optionalKeys)} />
    </Box>
  );
}
