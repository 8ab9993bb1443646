// Reading a hast tree in tests: find elements, their classes and their text.
import type { Element, Root, RootContent } from 'hast';

/** Every element under `node` (itself included), in document order. */
export function elements(node: Root | Element): Element[] {
  const out: Element[] = [];
  const walk = (n: Root | RootContent) => {
    if (n.type === 'element') out.push(n);
    if ('children' in n) n.children.forEach(walk);
  };
  walk(node);
  return out;
}

/** The direct element children (e.g. a row's cells). */
export const childElements = (el: Element): Element[] => el.children.filter((c): c is Element => c.type === 'element');

export function classes(el: Element): string[] {
  const c = el.properties.className;
  return Array.isArray(c) ? c.map(String) : [];
}

/** All text under `node`, as a reader would get it with no styling. */
export function text(node: Root | RootContent): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? node.children.map(text).join('') : '';
}

export function byId(tree: Root, id: string): Element | undefined {
  return elements(tree).find((e) => e.properties.id === id);
}

/** The levels of h1..h6 in document order. */
export const headingLevels = (tree: Root): number[] =>
  elements(tree).filter((e) => /^h[1-6]$/.test(e.tagName)).map((e) => Number(e.tagName[1]));
