// `--format md`: a change report a person can publish. Removed wording is
// ~~struck through~~ and added wording is **bold** (pure Markdown, so the marks
// survive renderers that drop raw HTML such as <ins>; the constitution text
// itself never contains bold, and every `*` in it is escaped).
//
// GFM only honours `~~`/`**` next to whitespace or punctuation, so a change
// inside a word (`Парламент` → `Парламента`) is shown at whole-word grain:
// ~~Парламент;~~ **Парламента;**. All constitution text is escaped.
import type { ArticleDiff, BlockDiff, ChangeStatus, PendingWording, VersionDiff, WordOp } from '../types.js';
import { articleActs, shownOps, previousNumberOf, stripControls, SUMMARY_ORDER } from './format.js';
import { adoptedSentence, nothingShown, alsoAmendedCount, articleStatusLabel, articleTitle, articleTitleInline, formatAct, messages, percentText } from './messages.js';

// Characters with an inline Markdown meaning (GFM: `~` strikethrough, `|` tables).
const INLINE_SPECIAL = /[\\`*_[\]<>|~&!#]/g;
// Constructs that only mean something at the start of a line: headings, quotes,
// bullets, setext underlines, ordered-list markers such as `1.` or `3-1)`.
const LEADING_NUMBER = /^(\s*\d+(?:-\d+)*)([.)])/;

/** Escape text so Markdown shows it literally, on one line. */
export function escapeMarkdown(text: string): string {
  return stripControls(text)
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .replace(INLINE_SPECIAL, '\\$&')
    .replace(/^(\s*)([+=-])/, '$1\\$2')
    .replace(LEADING_NUMBER, '$1\\$2');
}

const isSpace = (c: string | undefined): boolean => c !== undefined && /\s/.test(c);

type Piece =
  | { kind: 'space'; text: string }
  | { kind: 'word'; text: string }
  | { kind: 'change'; del: string; ins: string };

/** Equal text split into words and whitespace; consecutive edits merged into one change. */
function pieces(ops: WordOp[]): Piece[] {
  const out: Piece[] = [];
  for (const op of ops) {
    if (op.type === 'equal') {
      for (const part of op.text.split(/(\s+)/)) {
        if (part) out.push({ kind: /^\s/.test(part) ? 'space' : 'word', text: part });
      }
      continue;
    }
    const last = out[out.length - 1];
    const change = last?.kind === 'change' ? last : { kind: 'change' as const, del: '', ins: '' };
    if (change !== last) out.push(change);
    if (op.type === 'delete') change.del += op.text;
    else change.ins += op.text;
  }
  return out;
}

/** Whether every non-empty side of a change starts (or ends) with whitespace. */
function changeEdgeIsSpace(c: { del: string; ins: string }, end: 'start' | 'end'): boolean {
  const edge = (s: string) => (end === 'start' ? s[0] : s[s.length - 1]);
  return [c.del, c.ins].every((side) => side === '' || isSpace(edge(side)));
}

/** A break between two pieces where marks can open or close cleanly. */
function isBoundary(a: Piece, b: Piece): boolean {
  if (a.kind === 'space' || b.kind === 'space') return true;
  if (a.kind === 'word' && b.kind === 'change') return changeEdgeIsSpace(b, 'start');
  if (a.kind === 'change' && b.kind === 'word') return changeEdgeIsSpace(a, 'end');
  return false;
}

function strike(text: string): string {
  return `~~${escapeMarkdown(text)}~~`;
}

function bold(text: string): string {
  return `**${escapeMarkdown(text)}**`;
}

/** One run of pieces between boundaries: plain words, or old/new wording marked as a whole. */
function renderCluster(cluster: Piece[]): string {
  if (cluster.every((p) => p.kind !== 'change')) {
    return cluster.map((p) => (p.kind === 'space' ? ' ' : escapeMarkdown((p as { text: string }).text))).join('');
  }
  let oldText = '';
  let newText = '';
  for (const p of cluster) {
    if (p.kind === 'change') {
      oldText += p.del;
      newText += p.ins;
    } else {
      oldText += p.text;
      newText += p.text;
    }
  }
  const lead = /^\s/.test(oldText) || /^\s/.test(newText) ? ' ' : '';
  const trail = /\s$/.test(oldText) || /\s$/.test(newText) ? ' ' : '';
  const marks = [oldText.trim() && strike(oldText.trim()), newText.trim() && bold(newText.trim())].filter(Boolean);
  return lead + marks.join(' ') + trail;
}

/** Word ops as one line of Markdown with ~~removed~~ and **added** wording. */
export function renderOpsMarkdown(ops: WordOp[]): string {
  const all = pieces(ops);
  const parts: string[] = [];
  let cluster: Piece[] = [];
  all.forEach((piece, i) => {
    if (i > 0 && isBoundary(all[i - 1], piece)) {
      parts.push(renderCluster(cluster));
      cluster = [];
    }
    cluster.push(piece);
  });
  if (cluster.length) parts.push(renderCluster(cluster));
  // Whitespace runs collapse to one space; marks never need more.
  return parts.join('').replace(/ {2,}/g, ' ').trim();
}

function labelMarkdown(b: BlockDiff): string {
  if (b.oldLabel === b.newLabel) return b.newLabel ? escapeMarkdown(b.newLabel) : '';
  if (b.oldLabel && b.newLabel) {
    // A point that only changed its label shows old and new labels as a change.
    return `${strike(b.oldLabel)} ${bold(b.newLabel)}`;
  }
  return b.newLabel ? bold(b.newLabel) : strike(b.oldLabel!);
}

/** Text of an unchanged point as it reads in the new version (format-only edits applied). */
function newWording(ops: WordOp[]): string {
  return ops.filter((o) => o.type !== 'delete').map((o) => o.text).join('');
}

function oldWording(ops: WordOp[]): string {
  return ops.filter((o) => o.type !== 'insert').map((o) => o.text).join('');
}

const withLabel = (label: string | null, text: string): string => (label ? `${label} ${text.trim()}` : text.trim());

function pointLine(b: BlockDiff): string {
  let line: string;
  if (b.status === 'added') {
    line = bold(withLabel(b.newLabel, newWording(b.ops)));
  } else if (b.status === 'repealed') {
    line = strike(withLabel(b.oldLabel, oldWording(b.ops)));
  } else {
    const body = b.status === 'unchanged' ? escapeMarkdown(newWording(b.ops)).trim() : renderOpsMarkdown(shownOps(b.ops));
    line = [labelMarkdown(b), body].filter(Boolean).join(' ');
  }
  return `${'  '.repeat(Math.max(0, b.level))}- ${line}`;
}

function pendingLines(p: PendingWording): string[] {
  const act = escapeMarkdown(p.act);
  const when = messages['pending.when'](p, escapeMarkdown);
  const lines = [`> ${messages['pending.lead'](when, act, messages['pending.does'](p.target, escapeMarkdown))}`];
  if (p.blocks.length) lines.push('>');
  // A pending subpoint is quoted on its own: indent relative to its shallowest block.
  const base = Math.min(...p.blocks.map((b) => b.level));
  for (const b of p.blocks) {
    const label = b.label ? `${escapeMarkdown(b.label)} ` : '';
    lines.push(`> ${'  '.repeat(Math.max(0, b.level - base))}- ${label}${escapeMarkdown(b.text).trim()}`);
  }
  return lines;
}

function articleHeading(a: ArticleDiff): string {
  const previous = previousNumberOf(a);
  let heading = `### ${articleTitle(a.number)} — ${articleStatusLabel(a)}`;
  if (previous !== undefined && previous !== a.number) {
    heading += ` (${messages['article.formerly'](articleTitleInline(previous))})`;
  }
  return heading;
}

function articleSection(a: ArticleDiff): string[] {
  const lines: string[] = [];
  const current = a.new ?? a.old;
  const facts: string[] = [];
  if (current?.section) facts.push(messages['md.section'](escapeMarkdown(current.section)));
  if (a.old?.section && a.new?.section && a.old.section !== a.new.section) {
    facts.push(messages['md.previouslyIn'](escapeMarkdown(a.old.section)));
  }
  const acts = articleActs(a);
  if (acts.length) facts.push(messages['md.amendingActs'](acts.map((act) => escapeMarkdown(formatAct(act))).join(', ')));
  lines.push(articleHeading(a), '');
  if (facts.length) lines.push(facts.join(' · '), '');
  const unchangedWording = (a.status === 'renumbered' || a.status === 'moved' || a.status === 'unchanged') && !a.textChanged;
  if (unchangedWording) {
    lines.push(messages['md.wordingUnchanged'], '');
  } else if (a.blocks.length) {
    lines.push(...a.blocks.map(pointLine), '');
  }
  for (const p of a.new?.pending ?? []) lines.push(...pendingLines(p), '');
  return lines;
}

function capitalized(status: ChangeStatus): string {
  const label = messages['status.group'](status);
  return label[0].toUpperCase() + label.slice(1);
}

/** `--format md`: the whole change report as a Markdown (GFM) document. */
export function renderMarkdown(diff: VersionDiff): string {
  const { from, to, summary } = diff;
  const cell = (text: string) => escapeMarkdown(text) || ' ';
  const m = messages;
  const lines: string[] = [
    `# ${m['md.title'](escapeMarkdown(diff.constitution), escapeMarkdown(from.id), escapeMarkdown(to.id))}`,
    '',
    `${m['md.language'](escapeMarkdown(diff.lang))} ${diff.options.exact ? m['md.exact'] : m['md.notExact']}`,
    '',
    `| | ${m['md.from']} | ${m['md.to']} |`,
    '| --- | --- | --- |',
    `| ${m['md.version']} | ${cell(from.id)} | ${cell(to.id)} |`,
    `| ${m['md.label']} | ${cell(from.label)} | ${cell(to.label)} |`,
    `| ${m['md.inForceFrom']} | ${cell(from.effective)} | ${cell(to.effective)} |`,
    `| ${m['md.act']} | ${cell(from.act)} | ${cell(to.act)} |`,
    '',
    `## ${m['md.summary']}`,
    '',
    `| ${m['md.status']} | ${m['md.articles']} |`,
    '| --- | ---: |',
    ...SUMMARY_ORDER.flatMap((status) => [
      `| ${capitalized(status)} | ${summary.articles[status] ?? 0} |`,
      ...(alsoAmendedCount(summary, status) ? [`| ${m['md.alsoAmended']} | ${alsoAmendedCount(summary, status)} |`] : []),
    ]),
    `| ${m['md.total']} | ${summary.total} |`,
    '',
    `${m['summary.changed'](summary.changed, summary.total)}; ${m['summary.words'](summary.wordsAdded, summary.wordsRemoved)} `
      + `(${m['md.ratio'](percentText(summary.changeRatio))}).`,
    '',
    ...(adoptedSentence(diff) ? [escapeMarkdown(adoptedSentence(diff)!), ''] : []),
    `## ${m['md.changes']}`,
    '',
  ];
  const changed = diff.articles.filter((a) => a.status !== 'unchanged' || diff.showUnchanged);
  if (!changed.length) {
    lines.push(nothingShown(diff), '');
  } else {
    lines.push(m['md.legend'], '');
    for (const a of changed) lines.push(...articleSection(a));
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
