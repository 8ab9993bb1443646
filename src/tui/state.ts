// The TUI's state: what is shown and where, how it starts, and the moves the
// key map (keymap.ts) builds on. Plain functions, apart from the React components.
import { messages } from '../report/messages.js';
import type { ArticleHistory, VersionDiff, VersionInfo } from '../types.js';
import { findArticleIndex, visibleArticles } from './articleList.js';
import type { PaneView } from './navigate.js';
import { sanitizeForTerminal } from './screen.js';

export type Focus = 'list' | 'diff';

/** A one-line prompt in the footer: `/` search text or `g`/`:` article number. */
export interface Prompt {
  kind: 'search' | 'jump';
  text: string;
}

export type Overlay =
  | { kind: 'help' }
  | { kind: 'versions'; step: 'from' | 'to'; cursor: number; fromId?: string }
  /** `h`: the life of the selected article across every version, scrolled to `scroll`. */
  | { kind: 'history'; history: ArticleHistory; scroll: number };

export interface TuiState {
  diff: VersionDiff;
  /** Index into `diff.articles`, or -1 when the filters leave nothing to show. */
  selected: number;
  focus: Focus;
  sideBySide: boolean;
  changedOnly: boolean;
  /** Applied search; '' for none. */
  query: string;
  prompt: Prompt | null;
  overlay: Overlay | null;
  /** First visible line of the diff pane. */
  scroll: number;
  /** Transient notice shown in the footer until the next key. */
  message: string | null;
  /** `l`: the same pair in the second language, shown next to the first; null when off. */
  parallel: VersionDiff | null;
  /** `f`: the list pane hidden (true) or shown (false); null: hidden only for two columns on a narrow terminal. */
  listHidden: boolean | null;
  /** The diff pane line of the change or match last stepped to (`]`, `n`), marked in the pane; null for none. */
  mark: number | null;
}

/** Below this width the two-column views hide the list pane unless `f` shows it. */
export const WIDE_COLUMNS = 120;

/** Whether the list pane is shown at this terminal width. */
export function listShown(state: Pick<TuiState, 'listHidden' | 'sideBySide' | 'parallel'>, columns: number): boolean {
  if (state.listHidden !== null) return !state.listHidden;
  return !((state.sideBySide || state.parallel) && columns < WIDE_COLUMNS);
}

/** What the key handler needs to know about the screen and the outside world. */
export interface KeyContext {
  versions: VersionInfo[];
  loadDiff: (fromId: string, toId: string) => VersionDiff;
  /** Rows of diff text the right pane shows at once. */
  diffRows: number;
  /** Lines the selected article takes at the current width and mode. */
  diffLineCount: number;
  /** The history of an article, read as `number` in version `inVersion`; absent: `h` does nothing. */
  loadHistory?: (number: string, inVersion: string) => ArticleHistory;
  /** The pair in the other language, or undefined when the pair has none; absent: `l` only says so. */
  loadParallel?: (fromId: string, toId: string) => VersionDiff | undefined;
  /** Rows and lines of the history view, when it is open. */
  historyRows?: number;
  historyLineCount?: number;
  /** Terminal width (for whether the list pane shows); 80 when absent. */
  columns?: number;
  /** The diff pane as it would be drawn for a state (any article, mode or width); absent: stepping and `s` place no scroll. */
  pane?: (state: TuiState) => PaneView;
}

/**
 * Opens on the first changed article with only changed articles listed (all of
 * them when nothing changed); on `initialArticle` when given, listing all
 * articles if that one is unchanged.
 */
export function initialState(diff: VersionDiff, initialArticle?: string): TuiState {
  const firstChanged = diff.articles.findIndex((a) => a.status !== 'unchanged');
  const state: TuiState = {
    diff, selected: firstChanged >= 0 ? firstChanged : diff.articles.length ? 0 : -1, focus: 'list',
    sideBySide: false, changedOnly: firstChanged >= 0, query: '', prompt: null, overlay: null, scroll: 0,
    message: null, parallel: null, listHidden: null, mark: null,
  };
  if (initialArticle !== undefined) {
    const index = findArticleIndex(diff, initialArticle);
    if (index >= 0) return { ...state, selected: index, changedOnly: state.changedOnly && diff.articles[index].status !== 'unchanged' };
    return { ...state, message: messages['tui.msg.noArticleIn'](sanitizeForTerminal(initialArticle)) };
  }
  return state;
}

/** Keep the selection on a visible article after the list changed. */
export function reselect(state: TuiState): TuiState {
  const visible = visibleArticles(state.diff, state);
  if (visible.includes(state.selected)) return state;
  const next = visible.find((index) => index > state.selected) ?? visible[visible.length - 1] ?? -1;
  return { ...state, selected: next, scroll: 0, mark: null };
}

export function moveSelection(state: TuiState, delta: number | 'first' | 'last'): TuiState {
  const visible = visibleArticles(state.diff, state);
  if (visible.length === 0) return state;
  const at = Math.max(0, visible.indexOf(state.selected));
  const target = delta === 'first' ? 0 : delta === 'last' ? visible.length - 1
    : Math.min(visible.length - 1, Math.max(0, at + delta));
  const selected = visible[target];
  return selected === state.selected ? state : { ...state, selected, scroll: 0, mark: null };
}

export function scrollBy(state: TuiState, delta: number, ctx: KeyContext): TuiState {
  const max = Math.max(0, ctx.diffLineCount - ctx.diffRows);
  const scroll = Math.min(max, Math.max(0, state.scroll + delta));
  return scroll === state.scroll ? state : { ...state, scroll };
}
