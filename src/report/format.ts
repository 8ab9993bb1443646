// Small pure rules shared by every renderer (json, md, text, patch, html, tui):
// status symbols and order, edit markers, number formatting, which acts and
// numbers an article reports, file names, and the stripping of terminal control
// characters from constitution text. Wordings live in messages.ts.
import type { ActRef, ArticleDiff, BlockDiff, ChangeStatus, WordOp } from '../types.js';
import { CONTROL_SEQUENCE } from '../diff/controls.js';

/** One-character ASCII marker per status, for terminals and plain lists. */
export const STATUS_SYMBOL: Readonly<Record<ChangeStatus, string>> = {
  unchanged: '=',
  amended: '~',
  added: '+',
  repealed: '-',
  renumbered: '#',
  moved: '^',
};

/**
 * The ops as reports show them: an edit the engine marked as formatting only (it
 * does so unless `exact`) reads as the new text, unchanged.
 */
export function shownOps(ops: WordOp[]): WordOp[] {
  if (!ops.some((o) => o.format)) return ops;
  const out: WordOp[] = [];
  for (const o of ops) {
    if (o.format && o.type === 'delete') continue;
    const type = o.format ? 'equal' : o.type;
    const last = out[out.length - 1];
    if (last && last.type === type) out[out.length - 1] = { type, text: last.text + o.text };
    else out.push({ type, text: o.text });
  }
  return out;
}

/**
 * How terminal text (the text report, history, the TUI) marks word changes, so
 * that they read without colour: `[-removed-]`, `{+added+}`.
 */
export const EDIT_MARKERS = {
  deleted: { open: '[-', close: '-]' },
  inserted: { open: '{+', close: '+}' },
} as const;

/** Text between the edit markers of its kind. */
export function marked(kind: keyof typeof EDIT_MARKERS, text: string): string {
  return `${EDIT_MARKERS[kind].open}${text}${EDIT_MARKERS[kind].close}`;
}

/**
 * The blocks a report of changed points prints: each changed block, preceded by the
 * unchanged points it belongs to (its nearest earlier blocks of a lower level) when
 * they are not printed anyway, so a changed paragraph or subpoint always reads under
 * the label of its own point, never under the last changed point before it.
 */
export function changedBlocksInContext(blocks: BlockDiff[]): BlockDiff[] {
  const out: BlockDiff[] = [];
  const shown = new Set<number>();
  blocks.forEach((b, i) => {
    if (b.status === 'unchanged') return;
    const parents: number[] = [];
    let level = b.level;
    for (let k = i - 1; k >= 0 && level > 0; k--) {
      if (blocks[k].level < level) {
        parents.unshift(k);
        level = blocks[k].level;
      }
    }
    for (const k of [...parents, i]) {
      if (shown.has(k)) continue;
      shown.add(k);
      out.push(blocks[k]);
    }
  });
  return out;
}

/** Order in which statuses are listed in summaries: most interesting first. */
export const SUMMARY_ORDER: readonly ChangeStatus[] = ['amended', 'added', 'repealed', 'renumbered', 'moved', 'unchanged'];

/**
 * A 0..1 ratio as a percentage with one decimal; tiny non-zero values read `<0.1%`,
 * not `0.0%`. A whole percentage drops its `.0` (`12%`) unless `fixed` (the HTML
 * report keeps it, so figures in a column line up: `12.0%`).
 */
export function formatPercent(ratio: number, options: { fixed?: boolean } = {}): string {
  const percent = Number.isFinite(ratio) && ratio > 0 ? Math.min(ratio, 1) * 100 : 0;
  if (percent > 0 && percent < 0.1) return '<0.1%';
  const digits = percent.toFixed(1);
  return `${options.fixed ? digits : digits.replace(/\.0$/u, '')}%`;
}

/** Body file name of an article (`044.md`, `083-1.md`, `preamble.md`): the store's own rule. */
export { articleFileName } from '../store/names.js';

/** Acts named in the footnotes of the article's newer side (older side when repealed), deduplicated, in footnote order. */
export function articleActs(article: ArticleDiff): ActRef[] {
  const source = article.new ?? article.old;
  const seen = new Set<string>();
  const acts: ActRef[] = [];
  for (const footnote of source?.footnotes ?? []) {
    for (const act of footnote.acts) {
      const key = `${act.date}|${act.number ?? ''}`;
      if (seen.has(key)) continue;
      seen.add(key);
      acts.push(act);
    }
  }
  return acts;
}

/** The article's number in the old version when it is reported (renumbered, moved, repealed). */
export function previousNumberOf(article: ArticleDiff): string | undefined {
  const old = article.previousNumber ?? article.old?.number;
  if (article.status === 'repealed') return old ?? article.number;
  if (article.status === 'renumbered' || article.status === 'moved') return old;
  return old !== undefined && old !== article.number ? old : undefined;
}

/**
 * Remove terminal control sequences and control characters from text before it
 * is printed: whole ANSI/VT sequences first (so `ESC[31m` leaves nothing behind),
 * then any lone control character. Newlines and tabs survive.
 */
export function stripControls(text: string): string {
  return text.replace(CONTROL_SEQUENCE, '');
}

/** Text for one terminal line: stripped as above, each run of line breaks and tabs made one space. */
export function oneLine(text: string): string {
  return stripControls(text).replace(/[\n\t]+/gu, ' ');
}
