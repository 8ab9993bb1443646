// The TUI's state and what each key does to it, as plain functions so the key
// map can be read (and tested) apart from the React components.
import type { Key } from 'ink';
import { isUserFacingError } from '../errors.js';
import { messages } from '../report/messages.js';
import type { ArticleHistory, VersionDiff, VersionInfo } from '../types.js';
import { findArticleIndex, visibleArticles } from './articleList.js';
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
}

export function initialState(diff: VersionDiff, initialArticle?: string): TuiState {
  const state: TuiState = {
    diff, selected: diff.articles.length ? 0 : -1, focus: 'list', sideBySide: false, changedOnly: false,
    query: '', prompt: null, overlay: null, scroll: 0, message: null, parallel: null,
  };
  if (initialArticle !== undefined) {
    const index = findArticleIndex(diff, initialArticle);
    if (index >= 0) return { ...state, selected: index };
    return { ...state, message: messages['tui.msg.noArticleIn'](sanitizeForTerminal(initialArticle)) };
  }
  return state;
}

/** Keep the selection on a visible article after the list changed. */
function reselect(state: TuiState): TuiState {
  const visible = visibleArticles(state.diff, state);
  if (visible.includes(state.selected)) return state;
  const next = visible.find((index) => index > state.selected) ?? visible[visible.length - 1] ?? -1;
  return { ...state, selected: next, scroll: 0 };
}

function moveSelection(state: TuiState, delta: number | 'first' | 'last'): TuiState {
  const visible = visibleArticles(state.diff, state);
  if (visible.length === 0) return state;
  const at = Math.max(0, visible.indexOf(state.selected));
  const target = delta === 'first' ? 0 : delta === 'last' ? visible.length - 1
    : Math.min(visible.length - 1, Math.max(0, at + delta));
  const selected = visible[target];
  return selected === state.selected ? state : { ...state, selected, scroll: 0 };
}

function scrollBy(state: TuiState, delta: number, ctx: KeyContext): TuiState {
  const max = Math.max(0, ctx.diffLineCount - ctx.diffRows);
  const scroll = Math.min(max, Math.max(0, state.scroll + delta));
  return scroll === state.scroll ? state : { ...state, scroll };
}

const matchCount = (state: TuiState, query: string) =>
  visibleArticles(state.diff, { changedOnly: state.changedOnly, query }).length;

function applyPrompt(state: TuiState, prompt: Prompt): TuiState {
  const closed = { ...state, prompt: null };
  if (prompt.kind === 'search') {
    const query = prompt.text.trim();
    const found = matchCount(state, query);
    const message = query ? messages['tui.msg.found'](found, query) : messages['tui.msg.searchCleared'];
    return reselect({ ...closed, query, message });
  }
  const index = findArticleIndex(state.diff, prompt.text);
  if (index < 0) return { ...closed, message: messages['tui.msg.noArticle'](prompt.text.trim()) };
  const jumped = { ...closed, selected: index, scroll: 0 };
  if (visibleArticles(state.diff, state).includes(index)) return jumped;
  // The wanted article is hidden by a filter: drop the filters rather than refuse.
  return { ...jumped, changedOnly: false, query: '', message: messages['tui.msg.filtersCleared'] };
}

function promptKey(state: TuiState, prompt: Prompt, input: string, key: Key): TuiState {
  if (key.escape) return { ...state, prompt: null };
  if (key.return) return applyPrompt(state, prompt);
  if (key.backspace || key.delete) {
    const graphemes = [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(prompt.text)];
    return { ...state, prompt: { ...prompt, text: graphemes.slice(0, -1).map((g) => g.segment).join('') } };
  }
  if (key.ctrl || key.meta || key.tab || key.upArrow || key.downArrow || key.leftArrow || key.rightArrow) return state;
  const typed = sanitizeForTerminal(input);
  return typed ? { ...state, prompt: { ...prompt, text: prompt.text + typed } } : state;
}

function loadVersions(state: TuiState, fromId: string, toId: string, ctx: KeyContext): TuiState {
  const closed = { ...state, overlay: null };
  if (fromId === toId) return { ...closed, message: messages['tui.msg.pickTwo'] };
  let diff: VersionDiff;
  try {
    diff = ctx.loadDiff(fromId, toId);
  } catch (error) {
    return { ...closed, message: messages['tui.msg.cannotCompare'](fromId, toId, reason(error)) };
  }
  // Stay on the same article number when the new pair has it.
  const current = state.diff.articles[state.selected];
  const index = current ? findArticleIndex(diff, current.number) : -1;
  const next = reselect({ ...closed, diff, selected: index >= 0 ? index : diff.articles.length ? 0 : -1, scroll: 0 });
  return state.parallel ? withParallel({ ...next, parallel: null }, ctx) : next;
}

function versionsKey(state: TuiState, overlay: Extract<Overlay, { kind: 'versions' }>, input: string, key: Key,
  ctx: KeyContext): TuiState {
  const count = ctx.versions.length;
  if (key.escape || input === 'q' || input === 'v') return { ...state, overlay: null };
  if (key.upArrow || input === 'k') return { ...state, overlay: { ...overlay, cursor: Math.max(0, overlay.cursor - 1) } };
  if (key.downArrow || input === 'j') return { ...state, overlay: { ...overlay, cursor: Math.min(count - 1, overlay.cursor + 1) } };
  if (!key.return) return state;
  const picked = ctx.versions[overlay.cursor];
  if (!picked) return state;
  if (overlay.step === 'from') {
    const toIndex = ctx.versions.findIndex((v) => v.id === state.diff.to.id);
    return { ...state, overlay: { kind: 'versions', step: 'to', fromId: picked.id, cursor: Math.max(0, toIndex) } };
  }
  return loadVersions(state, overlay.fromId!, picked.id, ctx);
}

function reason(error: unknown): string {
  return sanitizeForTerminal(isUserFacingError(error) || error instanceof Error ? error.message : String(error));
}

/** Turns the two-language view on for the current pair, or says why it cannot. */
function withParallel(state: TuiState, ctx: KeyContext): TuiState {
  const { from, to } = state.diff;
  let parallel: VersionDiff | undefined;
  try {
    parallel = ctx.loadParallel?.(from.id, to.id);
  } catch (error) {
    return { ...state, parallel: null, message: messages['tui.msg.noSecond'](reason(error)) };
  }
  if (!parallel) return { ...state, parallel: null, message: messages['tui.msg.onlyOneLanguage'](from.id, to.id, state.diff.lang) };
  return { ...state, parallel, sideBySide: false, scroll: 0 };
}

function openHistory(state: TuiState, ctx: KeyContext): TuiState {
  const article = state.diff.articles[state.selected];
  if (!ctx.loadHistory || !article) return state;
  // The number as read in the newer version, or in the older one for a repealed article.
  const [number, version] = article.new ? [article.new.number, state.diff.to.id] : [article.old!.number, state.diff.from.id];
  try {
    return { ...state, overlay: { kind: 'history', history: ctx.loadHistory(number, version), scroll: 0 } };
  } catch (error) {
    return { ...state, message: messages['tui.msg.noHistory'](sanitizeForTerminal(number), reason(error)) };
  }
}

function historyKey(state: TuiState, overlay: Extract<Overlay, { kind: 'history' }>, input: string, key: Key,
  ctx: KeyContext): TuiState {
  if (key.escape || input === 'h' || input === 'q') return { ...state, overlay: null };
  const rows = ctx.historyRows ?? ctx.diffRows;
  const max = Math.max(0, (ctx.historyLineCount ?? 0) - rows);
  const page = Math.max(1, rows - 1);
  let delta = 0;
  if (key.downArrow || input === 'j') delta = 1;
  else if (key.upArrow || input === 'k') delta = -1;
  else if (key.pageDown || input === ' ') delta = page;
  else if (key.pageUp) delta = -page;
  else if (key.home) delta = -Infinity;
  else if (key.end) delta = Infinity;
  const scroll = Math.min(max, Math.max(0, overlay.scroll + delta));
  return scroll === overlay.scroll ? state : { ...state, overlay: { ...overlay, scroll } };
}

/** The next state after a key press, or 'exit' to quit. */
export function handleKey(state: TuiState, input: string, key: Key, ctx: KeyContext): TuiState | 'exit' {
  if (key.ctrl && input === 'c') return 'exit';
  const quiet = state.message ? { ...state, message: null } : state;
  if (state.prompt) return promptKey(quiet, state.prompt, input, key);
  if (state.overlay?.kind === 'help') return { ...quiet, overlay: null };
  if (state.overlay?.kind === 'versions') return versionsKey(quiet, state.overlay, input, key, ctx);
  if (state.overlay?.kind === 'history') return historyKey(quiet, state.overlay, input, key, ctx);

  if (key.escape && state.query) return reselect({ ...quiet, query: '', message: messages['tui.msg.searchCleared'] });
  if (input === 'q' || key.escape) return 'exit';
  if (input === '?') return { ...quiet, overlay: { kind: 'help' } };
  if (input === 'v') {
    if (ctx.versions.length < 2) return { ...quiet, message: messages['tui.msg.oneVersion'] };
    const fromIndex = ctx.versions.findIndex((v) => v.id === state.diff.from.id);
    return { ...quiet, overlay: { kind: 'versions', step: 'from', cursor: Math.max(0, fromIndex) } };
  }
  if (input === 's') return { ...quiet, sideBySide: !state.sideBySide, parallel: null, scroll: 0 };
  if (input === 'h') return openHistory(quiet, ctx);
  if (input === 'l') return state.parallel ? { ...quiet, parallel: null, scroll: 0 } : withParallel(quiet, ctx);
  if (input === 'c') return reselect({ ...quiet, changedOnly: !state.changedOnly });
  if (input === '/') return { ...quiet, prompt: { kind: 'search', text: state.query } };
  if (input === 'g' || input === ':') return { ...quiet, prompt: { kind: 'jump', text: '' } };
  if (key.tab) return { ...quiet, focus: state.focus === 'list' ? 'diff' : 'list' };
  if (key.return || key.rightArrow) return { ...quiet, focus: 'diff' };
  if (key.leftArrow) return { ...quiet, focus: 'list' };

  const page = Math.max(1, ctx.diffRows - 1);
  if (key.pageDown || (input === ' ' && state.focus === 'diff')) return scrollBy(quiet, page, ctx);
  if (key.pageUp) return scrollBy(quiet, -page, ctx);
  const down = key.downArrow || input === 'j';
  const up = key.upArrow || input === 'k';
  if (state.focus === 'diff') {
    if (down) return scrollBy(quiet, 1, ctx);
    if (up) return scrollBy(quiet, -1, ctx);
    if (key.home) return scrollBy(quiet, -Infinity, ctx);
    if (key.end) return scrollBy(quiet, Infinity, ctx);
    return quiet;
  }
  if (down) return moveSelection(quiet, 1);
  if (up) return moveSelection(quiet, -1);
  if (key.home) return moveSelection(quiet, 'first');
  if (key.end) return moveSelection(quiet, 'last');
  return quiet;
}
