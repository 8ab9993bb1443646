// Point labels: `1.`, `3-1.` (points), `1)`, `10-1)` (subpoints).

/** A label at the start of a line of text, with the spaces after it. */
export const LEADING_LABEL = /^(\d+(?:-\d+)*[.)])[ \t]+/u;

export function isSubpointLabel(label: string): boolean {
  return label.endsWith(')');
}

/**
 * Nesting level of each block, derived from labels only so that every reader
 * agrees: subpoints are level 1, points level 0, an unlabelled paragraph is
 * level 1 once the article has had a numbered point (it continues that point)
 * and level 0 before (an article's lead-in).
 */
export function deriveLevels<T extends { label: string | null }>(blocks: T[]): (T & { level: number })[] {
  let seenPoint = false;
  return blocks.map((block) => {
    let level: number;
    if (block.label === null) level = seenPoint ? 1 : 0;
    else if (isSubpointLabel(block.label)) level = 1;
    else {
      level = 0;
      seenPoint = true;
    }
    return { ...block, level };
  });
}
