// Plain text of an mdast node as a reader sees it: emphasis markers dropped,
// line breaks inside a paragraph read as one space. Spacing within a line is
// kept exactly (the exports' own defects such as "законом ." are not fixed).
import type { Nodes } from 'mdast';

export function inlineText(node: Nodes): string {
  return collect(node).replace(/[ \t]*\n[ \t]*/gu, ' ').trim();
}

function collect(node: Nodes): string {
  if (node.type === 'break') return '\n';
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if ('children' in node) return (node.children as Nodes[]).map(collect).join('');
  return '';
}
