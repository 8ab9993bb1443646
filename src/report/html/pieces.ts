// Writing a large page piece by piece. The parts of a page that grow with the
// number of articles (the change map's cells and rows, the contents, the
// articles) take their children through a `Fill`: building the whole tree puts
// them in place (wholeTree); serializePieces leaves a placeholder there and
// builds and serializes the children one at a time while the page is written.
//
// Why not build the tree and write it out in parts: thousands of nodes alive at
// once make V8 allocate every later node of the same kind straight into the old
// generation (allocation-site pretenuring), where only a full collection frees
// it; at 10,000 articles that alone doubled the report's peak memory.
import { randomUUID } from 'node:crypto';
import type { ElementContent, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';

/**
 * Places a run of children (elements, in the given space: 'svg' inside <svg>).
 * The children must not be text of a <script> or <style>, which is written raw.
 */
export type Fill = (children: Iterable<ElementContent>, space?: 'html' | 'svg') => ElementContent[];

/** Every child in place: the whole tree at once. */
export const wholeTree: Fill = (children) => [...children];

interface Hole {
  mark: string;
  children: Iterable<ElementContent>;
  space: 'html' | 'svg';
  at: number;
}

/**
 * The page `build` makes, serialized exactly as toHtml serializes the whole tree,
 * as a sequence of strings: the page with a placeholder comment for each filled
 * run, split at the placeholders, with each child of the run built and serialized
 * on its own in between (hast-util-to-html writes an element the same whatever
 * its siblings). All escaping stays with hast-util-to-html.
 */
export function* serializePieces(build: (fill: Fill) => Root): Generator<string> {
  // Placeholders no text can forge: text is escaped, and the id is new on every run.
  const id = randomUUID();
  const holes: Omit<Hole, 'at'>[] = [];
  const fill: Fill = (children, space = 'html') => {
    const value = `constdiff-piece-${id}-${holes.length}`;
    holes.push({ mark: `<!--${value}-->`, children, space });
    return [{ type: 'comment', value }];
  };
  const page = toHtml(build(fill));
  const placed: Hole[] = holes.map((hole) => {
    const at = page.indexOf(hole.mark);
    if (at < 0 || page.includes(hole.mark, at + 1)) throw new Error('HTML report: a placeholder must occur exactly once in the page');
    return { ...hole, at };
  }).sort((a, b) => a.at - b.at);
  let from = 0;
  for (const hole of placed) {
    yield page.slice(from, hole.at);
    for (const child of hole.children) yield toHtml(child, { space: hole.space });
    from = hole.at + hole.mark.length;
  }
  yield page.slice(from);
}
