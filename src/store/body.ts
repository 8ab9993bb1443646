// The body of an article file: one Markdown paragraph (or list item) per block,
// blank-line separated, subpoints and continuation paragraphs indented. Text is
// escaped so that reading it back through remark gives the exact same blocks.
import type { Root, RootContent, Paragraph, ListItem } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Block } from '../types.js';
import { DataError } from '../errors.js';
import { parseMarkdown } from './markdown.js';
import { deriveLevels, LEADING_LABEL } from '../labels.js';

// Inline characters with a Markdown meaning anywhere in a line.
const INLINE_SPECIAL = /[\\`*_[\]<&]/gu;
// Constructs that only mean something at the start of a block.
const LEADING_SPECIAL = /^([#>+=-])/u;
const LEADING_NUMBER = /^(\d+(?:-\d+)*)([.)])/u;

export function escapeText(text: string): string {
  return text
    .replace(INLINE_SPECIAL, '\\$&')
    .replace(LEADING_SPECIAL, '\\$1')
    .replace(LEADING_NUMBER, '$1\\$2');
}

export function serializeBody(blocks: Block[]): string {
  if (blocks.length === 0) return '';
  return blocks
    .map((b) => '   '.repeat(b.level) + (b.label ? `${b.label} ` : '') + escapeText(b.text))
    .join('\n\n') + '\n';
}

/** Blocks of a Markdown body written by `serializeBody`, or of any similar Markdown. */
export function parseBody(markdown: string, file = '<body>'): Block[] {
  return blocksOf(parseMarkdown(markdown, file), markdown, file);
}

/** Blocks of the body nodes of an already parsed file (frontmatter skipped). */
export function blocksOf(tree: Root, source: string, file: string): Block[] {
  const raw: { label: string | null; text: string }[] = [];
  const visit = (node: RootContent, itemLabel: string | null): void => {
    switch (node.type) {
      case 'yaml':
        return;
      case 'paragraph':
        raw.push(paragraphBlock(node, source, itemLabel));
        return;
      case 'list':
        for (const item of node.children) visitItem(item);
        return;
      default:
        throw new DataError(`unexpected ${node.type} in article text`, file, node.position?.start.line);
    }
  };
  const visitItem = (item: ListItem): void => {
    const marker = /^\d+[.)]/u.exec(source.slice(item.position!.start.offset))?.[0];
    if (!marker) throw new DataError('list item without a point number', file, item.position?.start.line);
    const [first, ...rest] = item.children;
    if (!first || first.type !== 'paragraph') {
      throw new DataError(`point ${marker} has no text`, file, item.position?.start.line);
    }
    visit(first, marker);
    for (const child of rest) visit(child, null);
  };
  for (const node of tree.children) visit(node, null);
  return deriveLevels(raw);
}

function paragraphBlock(node: Paragraph, source: string, itemLabel: string | null): { label: string | null; text: string } {
  const text = toString(node);
  if (itemLabel) return { label: itemLabel, text };
  const slice = source.slice(node.position!.start.offset, node.position!.end.offset);
  const match = LEADING_LABEL.exec(slice);
  if (!match) return { label: null, text };
  // The label itself holds no escapes, so its length in the source is its length in the text.
  return { label: match[1], text: text.slice(match[0].length) };
}
