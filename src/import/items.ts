// An export read as a flat sequence of items in document order. Markdown
// nesting (points inside list items, notes inside blockquotes, articles inside
// code fences) is resolved here, so assembling articles is a simple pass.
import type { Nodes, Root, ListItem } from 'mdast';
import type { Annotation } from './annotations.js';
import { actsOf, readAnnotation } from './annotations.js';
import { inlineText } from './inline-text.js';
import { LEADING_LABEL } from '../labels.js';

export type Item = { file: string; line: number } & (
  | { kind: 'title'; text: string }
  | { kind: 'section'; text: string }
  | { kind: 'parts' }
  | { kind: 'anchor'; number: string | null; id: string }
  /** `stub`: a repeal notice in place of the article ("Статья 84 исключена Законом …"). */
  | { kind: 'article'; number: string; via: 'heading' | 'bold' | 'fence' | 'stub' }
  | { kind: 'text'; label: string | null; text: string; fromFence: boolean }
  | { kind: 'annotation'; annotation: Annotation }
  | { kind: 'skipped'; what: string }
);

type Loose<T> = T extends unknown ? Omit<T, 'file' | 'line'> : never;

const ARTICLE_RUS = /^Статья\s+(\d+(?:-\d+)*)\s*\.?$/u;
const ARTICLE_KAZ = /^(\d+(?:-\d+)*)-бап\s*\.?$/u;
const PARTS = /^(Части документа|Құжат бөліктері)$/u;
const ANCHOR = /<a\s+id="([^"]*)"\s*>/u;
// Some exports write a repealed article as a line of text (inside the article
// before it) or as a heading: "Статья 84 исключена Законом РК от 21 мая 2007 г. N 254 (…)".
const REPEAL_STUB = /^(?:Статья\s+(\d+(?:-\d+)*)\s+исключена|(\d+(?:-\d+)*)-бап\s+алынып\s+тасталды)(?![\p{L}\p{N}])/u;

export function articleNumberOf(text: string): string | null {
  return (ARTICLE_RUS.exec(text) ?? ARTICLE_KAZ.exec(text))?.[1] ?? null;
}

export function itemsOf(tree: Root, source: string, file: string): Item[] {
  const items: Item[] = [];
  const push = (node: { position?: { start: { line: number } } }, item: Loose<Item>) =>
    items.push({ file, line: node.position?.start.line ?? 0, ...item });

  const visit = (node: Nodes, itemLabel: string | null): void => {
    switch (node.type) {
      case 'yaml':
        return;
      case 'heading': {
        const text = inlineText(node);
        const number = articleNumberOf(text);
        if (node.depth === 1) push(node, { kind: 'title', text });
        else if (number) push(node, { kind: 'article', number, via: 'heading' });
        else if (REPEAL_STUB.test(text)) stub(node, text);
        else if (PARTS.test(text)) push(node, { kind: 'parts' });
        else if (node.depth === 2) push(node, { kind: 'section', text });
        else push(node, { kind: 'skipped', what: `heading "${text}"` });
        return;
      }
      case 'html':
        html(node, node.value);
        return;
      case 'paragraph':
        // `<a id="st1"></a>` alone on a line is inline HTML inside a paragraph.
        for (const child of node.children) if (child.type === 'html') html(child, child.value);
        paragraph(node, inlineText(node), itemLabel, false);
        return;
      case 'list':
        for (const item of node.children) listItem(item);
        return;
      case 'blockquote':
        for (const child of node.children) visit(child, null);
        return;
      case 'code':
        fence(node, node.value);
        return;
      case 'thematicBreak':
        push(node, { kind: 'skipped', what: 'separator line' });
        return;
      default:
        push(node, { kind: 'skipped', what: node.type });
    }
  };

  const html = (node: Nodes, value: string): void => {
    if (/^<\/a>$/u.test(value.trim())) return;
    const id = ANCHOR.exec(value)?.[1];
    if (id === undefined) push(node, { kind: 'skipped', what: `HTML ${value.slice(0, 40)}` });
    else push(node, { kind: 'anchor', id, number: /^st(\d+(?:-\d+)*)$/u.exec(id)?.[1] ?? null });
  };

  const paragraph = (node: Nodes, text: string, itemLabel: string | null, fromFence: boolean): void => {
    if (!text && !itemLabel) return;
    const number = itemLabel ? null : articleNumberOf(text);
    if (number) return void push(node, { kind: 'article', number, via: 'bold' });
    if (!itemLabel && REPEAL_STUB.test(text)) return stub(node, text);
    const annotation = itemLabel ? null : readAnnotation(text);
    if (annotation) return void push(node, { kind: 'annotation', annotation });
    if (itemLabel) return void push(node, { kind: 'text', label: itemLabel, text, fromFence });
    const m = LEADING_LABEL.exec(text);
    push(node, m ? { kind: 'text', label: m[1], text: text.slice(m[0].length), fromFence } : { kind: 'text', label: null, text, fromFence });
  };

  // The notice stands for the article: the article, repealed, with the notice as its footnote.
  const stub = (node: Nodes, text: string): void => {
    const m = REPEAL_STUB.exec(text)!;
    push(node, { kind: 'article', number: (m[1] ?? m[2]), via: 'stub' });
    push(node, { kind: 'annotation', annotation: { kind: 'footnote', text, acts: actsOf(text, m[1] ? 'rus' : 'kaz') } });
  };

  const listItem = (item: ListItem): void => {
    const marker = /^\d+[.)]/u.exec(source.slice(item.position!.start.offset))?.[0] ?? null;
    const [first, ...rest] = item.children;
    if (first?.type === 'paragraph') paragraph(first, inlineText(first), marker, false);
    else {
      if (marker) push(item, { kind: 'text', label: marker, text: '', fromFence: false });
      if (first) visit(first, null);
    }
    for (const child of rest) visit(child, null);
  };

  // Some exports carry an article inside a code fence, hard-wrapped:
  // "Статья 35.\nУплата … и иных" — the heading, then its text as one paragraph.
  const fence = (node: Nodes, value: string): void => {
    const lines = value.split('\n').map((l) => l.trim()).filter(Boolean);
    const number = lines.length ? articleNumberOf(lines[0]) : null;
    if (number) {
      push(node, { kind: 'article', number, via: 'fence' });
      lines.shift();
    }
    if (lines.length) paragraph(node, lines.join(' '), null, true);
  };

  const nodes = tree.children;
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i];
    const next = nodes[i + 1];
    // "### Статья 84 исключена Законом РК от 21 мая 2007 г. N" + "### 254 (вводится …)": one notice over two headings.
    if (node.type === 'heading' && next?.type === 'heading' && next.depth === node.depth && REPEAL_STUB.test(inlineText(node)) && !articleNumberOf(inlineText(next))) {
      const text = `${inlineText(node)} ${inlineText(next)}`;
      stub(node, text);
      push(next, { kind: 'skipped', what: `second half of the repeal notice, joined: "${text}"` });
      i++;
      continue;
    }
    visit(node, null);
  }
  return items;
}
