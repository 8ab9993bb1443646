// What each key does to the TUI's state (state.ts), as plain functions so the
// key map can be read (and tested) apart from the React components.
import type { Key } from 'ink';
import { isUserFacingError } from '../errors.js';
import { messages } from '../report/messages.js';
import type { VersionDiff } from '../types.js';
import { findArticleIndex, visibleArticles } from './articleList.js';
import { followArticle } from './follow.js';
import { changeStarts, matchingLines, type PaneView, sameScroll, scrollTo, stepTarget } from './navigate.js';
import { sanitizeForTerminal } from './screen.js';
import {
  type Focus, type KeyContext, listShown, moveSelection, type Overlay, type Prompt, reselect, scrollBy, type TuiState,
} from './state.js';

const matchCount = (state: TuiState, query: string) =>
  visibleArticles(state.diff, { changedOnly: state.changedOnly, query }).length;

function applyPrompt(state: TuiState, prompt: Prompt, ctx: KeyContext): TuiState {
  const closed = { ...state, prompt: null };
  if (prompt.kind === 'search') {
    const query = prompt.text.trim();
    const found = matchCount(state, query);
    const message = query ? messages['tui.msg.found'](found, query) : messages['tui.msg.searchCleared'];
    const searched = { ...closed, query, message };
    if (!query || found === 0) return reselect(searched);
    // Jump to the first match from the selected article on (wrapping round), its first matching line in view.
    const visible = visibleArticles(state.diff, searched);
    const selected = visible.find((index) => index >= state.selected) ?? visible[0];
    const at = { ...searched, selected, scroll: selected === state.selected ? state.scroll : 0, mark: null };
    const view = ctx.pane?.(at);
    const line = view ? matchingLines(view.lines, query)[0] : undefined;
    return line === undefined || !view ? at : { ...at, mark: line, scroll: scrollTo(line, at.scroll, view) };
  }
  const index = findArticleIndex(state.diff, prompt.text);
  if (index < 0) return { ...closed, message: messages['tui.msg.noArticle'](prompt.text.trim()) };
  const jumped = { ...closed, selected: index, scroll: 0, mark: null };
  if (visibleArticles(state.diff, state).includes(index)) return jumped;
  // The wanted article is hidden by a filter: drop the filters rather than refuse.
  return { ...jumped, changedOnly: false, query: '', message: messages['tui.msg.filtersCleared'] };
}

function promptKey(state: TuiState, prompt: Prompt, input: string, key: Key, ctx: KeyContext): TuiState {
  if (key.escape) return { ...state, prompt: null };
  if (key.return) return applyPrompt(state, prompt, ctx);
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
  // Stay on the same article, followed by content; keep it in the list even if the filters would hide it.
  const current = state.diff.articles[state.selected];
  const index = current ? followArticle(current, state.diff, diff, ctx.loadHistory) : -1;
  let next: TuiState = { ...closed, diff, selected: index >= 0 ? index : diff.articles.length ? 0 : -1, scroll: 0, mark: null };
  if (index >= 0 && !visibleArticles(diff, next).includes(index)) {
    next = { ...next, changedOnly: false, query: '', message: messages['tui.msg.filtersKept'] };
  }
  next = reselect(next);
  return state.parallel ? withParallel({ ...next, parallel: null }, ctx) : next;
}

function versionsKey(state: TuiState, overlay: Extract<Overlay, { kind: 'versions' }>, input: string, key: Key,
  ctx: KeyContext): TuiState {
  const count = ctx.versions.length;
  if (key.escape || input === 'v') return { ...state, overlay: null };
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
  return { ...state, parallel, sideBySide: false, listHidden: null, scroll: 0, mark: null };
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
  if (key.escape || input === 'h') return { ...state, overlay: null };
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

/**
 * `]`/`[` (and `n`/`N` without a search): the next or previous change; `n`/`N`
 * with a search: the next or previous matching line. Past the last one in the
 * article, on to the next article in the list that has one.
 */
function step(state: TuiState, direction: 1 | -1, what: 'change' | 'match', ctx: KeyContext): TuiState {
  if (!ctx.pane || state.selected < 0) return state;
  const targets = (view: PaneView) => (what === 'change' ? changeStarts(view.lines) : matchingLines(view.lines, state.query));
  const view = ctx.pane(state);
  const line = stepTarget(targets(view), state, view, direction);
  if (line !== undefined) return { ...state, mark: line, scroll: scrollTo(line, state.scroll, view) };
  const visible = visibleArticles(state.diff, state);
  const at = visible.indexOf(state.selected);
  for (let i = at + direction; i >= 0 && i < visible.length; i += direction) {
    const there = { ...state, selected: visible[i], scroll: 0, mark: null };
    const thereView = ctx.pane(there);
    const found = targets(thereView);
    if (found.length === 0) continue;
    const target = direction > 0 ? found[0] : found[found.length - 1];
    return { ...there, mark: target, scroll: scrollTo(target, 0, thereView) };
  }
  const message = what === 'change' ? messages['tui.msg.noChange'](direction > 0) : messages['tui.msg.noMatch'](direction > 0, state.query);
  return { ...state, message };
}

/** `s`: inline and side by side swapped, on the same block of the article. */
function toggleSideBySide(state: TuiState, ctx: KeyContext): TuiState {
  const next: TuiState = { ...state, sideBySide: !state.sideBySide, parallel: null, listHidden: null, mark: null };
  if (!ctx.pane || state.selected < 0) return { ...next, scroll: 0 };
  return { ...next, scroll: sameScroll(state.scroll, ctx.pane(state), ctx.pane(next)) };
}

/** Esc: back one step (diff pane to list, then the search cleared); never quits. */
function back(state: TuiState, focus: Focus, shown: boolean): TuiState {
  if (focus === 'diff') return { ...state, focus: 'list', listHidden: shown ? state.listHidden : false };
  if (state.query) return reselect({ ...state, query: '', message: messages['tui.msg.searchCleared'], mark: null });
  return { ...state, message: messages['tui.msg.qQuits'] };
}

/** The next state after a key press, or 'exit' to quit. */
export function handleKey(state: TuiState, input: string, key: Key, ctx: KeyContext): TuiState | 'exit' {
  if (key.ctrl && input === 'c') return 'exit';
  const quiet = state.message ? { ...state, message: null } : state;
  if (state.prompt) return promptKey(quiet, state.prompt, input, key, ctx);
  // q quits from every view; Esc goes back one step.
  if (input === 'q') return 'exit';
  if (state.overlay?.kind === 'help') return { ...quiet, overlay: null };
  if (state.overlay?.kind === 'versions') return versionsKey(quiet, state.overlay, input, key, ctx);
  if (state.overlay?.kind === 'history') return historyKey(quiet, state.overlay, input, key, ctx);

  const shown = listShown(state, ctx.columns ?? 80);
  // With the list pane hidden the keys go to the diff pane.
  const focus: Focus = shown ? state.focus : 'diff';
  if (key.escape) return back(quiet, focus, shown);
  if (input === '?') return { ...quiet, overlay: { kind: 'help' } };
  if (input === 'v') {
    if (ctx.versions.length < 2) return { ...quiet, message: messages['tui.msg.oneVersion'] };
    const fromIndex = ctx.versions.findIndex((v) => v.id === state.diff.from.id);
    return { ...quiet, overlay: { kind: 'versions', step: 'from', cursor: Math.max(0, fromIndex) } };
  }
  if (input === 's') return toggleSideBySide(quiet, ctx);
  if (input === 'f') return { ...quiet, listHidden: shown, focus: shown ? 'diff' : state.focus };
  if (input === ']' || input === '[') return step(quiet, input === ']' ? 1 : -1, 'change', ctx);
  if (input === 'n' || input === 'N') return step(quiet, input === 'n' ? 1 : -1, state.query ? 'match' : 'change', ctx);
  if (input === 'h') return openHistory(quiet, ctx);
  if (input === 'l') return state.parallel ? { ...quiet, parallel: null, listHidden: null, scroll: 0, mark: null } : withParallel(quiet, ctx);
  if (input === 'c') return reselect({ ...quiet, changedOnly: !state.changedOnly });
  if (input === '/') return { ...quiet, prompt: { kind: 'search', text: state.query } };
  if (input === 'g' || input === ':') return { ...quiet, prompt: { kind: 'jump', text: '' } };
  if (key.tab || key.leftArrow) {
    // Back to a hidden list shows it again.
    if (!shown) return { ...quiet, focus: 'list', listHidden: false };
    if (key.tab) return { ...quiet, focus: focus === 'list' ? 'diff' : 'list' };
    return { ...quiet, focus: 'list' };
  }
  if (key.return || key.rightArrow) return { ...quiet, focus: 'diff' };

  const page = Math.max(1, ctx.diffRows - 1);
  if (key.pageDown || (input === ' ' && focus === 'diff')) return scrollBy(quiet, page, ctx);
  if (key.pageUp) return scrollBy(quiet, -page, ctx);
  const down = key.downArrow || input === 'j';
  const up = key.upArrow || input === 'k';
  if (focus === 'diff') {
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
