// `--format text`: a terminal word diff. Removed wording is [-marked-] (red,
// struck through) and added wording {+marked+} (green, underlined); the markers
// are always there so the report reads the same without color. Colour comes
// from the caller (see shouldColor), never from chalk's global detection.
// All constitution text is stripped of terminal control sequences first.
import { Chalk, type ChalkInstance } from 'chalk';
import type { ArticleDiff, BlockDiff, PendingWording, SectionDiff, VersionDiff, VersionInfo, WordOp } from '../types.js';
import { articleActs, changedBlocksInContext, shownOps, EDIT_MARKERS, oneLine, previousNumberOf, STATUS_SYMBOL, SUMMARY_ORDER } from './format.js';
import { adoptedSentence, nothingShown, articleStatusLabel, articleTitle, formatAct, messages, percentText, statusCountText } from './messages.js';
import { displayWidth, wrapSegments, type Segment } from './wrap.js';

export interface TextOptions {
  /** Emit ANSI colors and styles. Markers are printed either way. */
  color: boolean;
  /** Wrap lines to this many columns; no wrapping when absent. */
  width?: number;
}

/**
 * Whether to color output written to `stream`: no when NO_COLOR is set and not
 * empty (no-color.org) or TERM is `dumb`; yes when FORCE_COLOR is set to
 * anything but `0`/`false`; otherwise only when the stream is a terminal.
 */
export function shouldColor(stream: { isTTY?: boolean }, env: Record<string, string | undefined>): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== '') return force !== '0' && force !== 'false';
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.TERM === 'dumb') return false;
  return stream.isTTY === true;
}

type Style = 'plain' | 'del' | 'delMark' | 'ins' | 'insMark' | 'dim' | 'bold' | 'label';

type Span = Segment<Style>;

function styler(chalk: ChalkInstance): Record<Style, (s: string) => string> {
  return {
    plain: (s) => s,
    del: (s) => chalk.red.strikethrough(s),
    delMark: (s) => chalk.red(s),
    ins: (s) => chalk.green.underline(s),
    insMark: (s) => chalk.green(s),
    dim: (s) => chalk.dim(s),
    bold: (s) => chalk.bold(s),
    label: (s) => chalk.bold(s),
  };
}

/** Text between edit markers, as spans: markers coloured, the text also struck through or underlined. */
function markedSpans(kind: keyof typeof EDIT_MARKERS, text: string): Span[] {
  const { open, close } = EDIT_MARKERS[kind];
  const [mark, body]: [Style, Style] = kind === 'deleted' ? ['delMark', 'del'] : ['insMark', 'ins'];
  return [{ text: open, style: mark }, { text, style: body }, { text: close, style: mark }];
}

/** Word ops as spans: `[-removed-]` and `{+added+}` around the changed wording. */
export function opSpans(ops: WordOp[]): Span[] {
  const spans: Span[] = [];
  for (const op of ops) {
    const text = oneLine(op.text);
    if (!text) continue;
    if (op.type === 'equal') {
      spans.push({ text, style: 'plain' });
      continue;
    }
    // Spacing at the edges stays outside the markers: `{+Мажилис+} `, not `{+Мажилис +}`.
    const [, lead, core, trail] = /^(\s*)([\s\S]*?)(\s*)$/.exec(text)!;
    if (lead) spans.push({ text: lead, style: 'plain' });
    if (core) spans.push(...markedSpans(op.type === 'delete' ? 'deleted' : 'inserted', core));
    if (trail) spans.push({ text: trail, style: 'plain' });
  }
  return spans;
}

/**
 * Lay spans out as lines no wider than `width` (when given; report/wrap.ts): the
 * first line starts after `firstIndent`, later ones after `indent` (spaces).
 */
function layout(spans: Span[], render: Record<Style, (s: string) => string>, firstIndent: string, indent: string, width?: number): string[] {
  const lead: Span[] = firstIndent ? [{ text: firstIndent, style: 'plain' }] : [];
  return wrapSegments([...lead, ...spans], width && width > 0 ? width : Infinity, indent.length, 'plain')
    .map((line) => line.map((s) => render[s.style](s.text)).join(''));
}

/** A point's label; a changed label as the old one removed and the new one added. */
export function labelSpans(b: BlockDiff): Span[] {
  if (b.oldLabel === b.newLabel) return b.newLabel ? [{ text: oneLine(b.newLabel), style: 'label' }] : [];
  return [
    ...(b.oldLabel ? markedSpans('deleted', oneLine(b.oldLabel)) : []),
    ...(b.newLabel ? markedSpans('inserted', oneLine(b.newLabel)) : []),
  ];
}

function versionLine(role: string, v: VersionInfo): Span[] {
  return [
    { text: `${role} `, style: 'dim' },
    { text: oneLine(v.id), style: 'bold' },
    { text: `  ${oneLine(v.label)} · ${messages['version.inForceFrom'](oneLine(v.effective))} · ${oneLine(v.act)}`, style: 'plain' },
  ];
}

function pendingSpans(p: PendingWording): Span[] {
  return [{ text: messages['pending.line'](messages['pending.when'](p, oneLine), oneLine(p.act), messages['pending.does'](p.target, oneLine)), style: 'dim' }];
}

function articleLines(a: ArticleDiff, render: Record<Style, (s: string) => string>, width?: number): string[] {
  const previous = previousNumberOf(a);
  const head: Span[] = [
    { text: `${STATUS_SYMBOL[a.status]} `, style: a.status === 'added' ? 'insMark' : a.status === 'repealed' ? 'delMark' : 'bold' },
    { text: articleTitle(a.number), style: 'bold' },
    { text: ` ${articleStatusLabel(a)}`, style: 'plain' },
  ];
  if (previous !== undefined && previous !== a.number) head.push({ text: ` (${messages['article.formerly'](oneLine(previous))})`, style: 'plain' });
  const section = (a.new ?? a.old)?.section;
  if (section) head.push({ text: ` · ${oneLine(section)}`, style: 'dim' });
  const lines = layout(head, render, '', '    ', width);
  const acts = articleActs(a);
  if (acts.length) lines.push(...layout([{ text: messages['text.acts'](acts.map((x) => oneLine(formatAct(x))).join(', ')), style: 'dim' }], render, '    ', '    ', width));
  if ((a.status === 'renumbered' || a.status === 'moved') && !a.textChanged) {
    lines.push(...layout([{ text: messages['article.wordingUnchanged'], style: 'dim' }], render, '    ', '    ', width));
  }
  // Only the points that changed (under the unchanged point they belong to): a terminal report stays short.
  for (const b of changedBlocksInContext(a.blocks)) {
    const indent = '  '.repeat(1 + Math.max(0, b.level));
    const label = labelSpans(b);
    const labelWidth = label.reduce((n, s) => n + displayWidth(s.text), 0);
    const spans = label.length ? [...label, { text: ' ', style: 'plain' as const }, ...opSpans(shownOps(b.ops))] : opSpans(shownOps(b.ops));
    // Wrapped lines hang under the text, past the label.
    const hang = indent + ' '.repeat(label.length ? Math.min(labelWidth + 1, 8) : 0);
    lines.push(...layout(spans, render, indent, hang, width));
  }
  for (const p of a.new?.pending ?? []) lines.push(...layout(pendingSpans(p), render, '    ', '      ', width));
  return lines;
}

/** The section headings that changed (renamed, new, removed), each with its footnotes and notes. */
function sectionLines(diff: VersionDiff, render: Record<Style, (s: string) => string>, width?: number): string[] {
  const changed = (diff.sections ?? []).filter((s) => s.status !== 'unchanged');
  if (!changed.length) return [];
  const lines = ['', render.bold(`${messages['sections.title']}:`)];
  for (const s of changed) {
    const status = messages[`sections.status.${s.status as Exclude<SectionDiff['status'], 'unchanged'>}`];
    lines.push(...layout([...opSpans(shownOps(s.ops)), { text: ` (${status})`, style: 'dim' }], render, '  ', '    ', width));
    for (const f of s.footnotes) lines.push(...layout([{ text: `${messages['sections.footnote']}: ${oneLine(f.text)}`, style: 'dim' }], render, '    ', '      ', width));
    for (const n of s.notes) lines.push(...layout([{ text: `${messages['sections.note']}: ${oneLine(n.text)}`, style: 'dim' }], render, '    ', '      ', width));
  }
  return lines;
}

/** `--format text`: the change report as terminal text (ending in a newline). */
export function renderText(diff: VersionDiff, options: TextOptions): string {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const render = styler(chalk);
  const { width } = options;
  const { summary } = diff;
  const lines: string[] = [];
  lines.push(...layout([
    { text: `${oneLine(diff.constitution)} (${oneLine(diff.lang)}): ${oneLine(diff.from.id)} → ${oneLine(diff.to.id)}`, style: 'bold' },
  ], render, '', '  ', width));
  // The two role words padded alike (`from`, `to  `), the wrapped rest hanging past them.
  const roles = [messages['text.from'], messages['text.to']];
  const roleWidth = Math.max(...roles.map(displayWidth));
  const hang = ' '.repeat(2 + roleWidth + 1);
  lines.push(...layout(versionLine(roles[0].padEnd(roleWidth), diff.from), render, '  ', hang, width));
  lines.push(...layout(versionLine(roles[1].padEnd(roleWidth), diff.to), render, '  ', hang, width));
  const parts = SUMMARY_ORDER.filter((s) => s !== 'unchanged' && summary.articles[s]).map((s) => statusCountText(summary, s));
  lines.push(...layout([{
    text: messages['text.summary'](messages['summary.changed'](summary.changed, summary.total), parts.join(', '),
      messages['summary.words'](summary.wordsAdded, summary.wordsRemoved), percentText(summary.changeRatio)),
    style: 'plain',
  }], render, '', '  ', width));
  const adopted = adoptedSentence(diff);
  if (adopted) lines.push(...layout([{ text: adopted, style: 'plain' }], render, '', '  ', width));
  lines.push(...sectionLines(diff, render, width));
  const shown = diff.articles.filter((a) => a.status !== 'unchanged' || diff.showUnchanged);
  for (const a of shown) lines.push('', ...articleLines(a, render, width));
  if (!shown.length) lines.push('', nothingShown(diff));
  return `${lines.join('\n')}\n`;
}
