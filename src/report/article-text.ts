// One stored article as plain text: heading, points, then its editorial notes.
import type { Article, Block, VersionInfo } from '../types.js';
import { oneLine, stripControls } from './format.js';
import { articleTitle, messages } from './messages.js';

export function formatBlocks(blocks: Block[]): string {
  return blocks.map((b) => '   '.repeat(b.level) + (b.label ? `${b.label} ` : '') + stripControls(b.text)).join('\n');
}

export function formatArticle(a: Article, v: VersionInfo): string {
  const title = articleTitle(a.number);
  const lines = [`${title} — ${v.id} (${oneLine(v.label)}), ${a.lang}`];
  if (a.section) lines.push(stripControls(a.section));
  lines.push('');
  lines.push(a.repealed && !a.blocks.length ? messages['show.repealed'] : formatBlocks(a.blocks));
  if (a.footnotes.length) {
    lines.push('', messages['show.amendedBy']);
    for (const f of a.footnotes) lines.push(`  - ${stripControls(f.text)}`);
  }
  if (a.notes.length) {
    lines.push('', messages['show.notes']);
    for (const n of a.notes) lines.push(`  - ${stripControls(n.text)}`);
  }
  for (const p of a.pending) {
    lines.push('', messages['show.pending'](messages['show.pendingWhen'](p), p.act, stripControls(p.note)));
    lines.push(formatBlocks(p.blocks).replace(/^/gmu, '  '));
  }
  return lines.join('\n');
}
