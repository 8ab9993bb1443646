// Rebuilding the new text from the old text and a diff's ops alone: the
// round-trip proof that the ops are exact. Each block's `equal`+`delete` ops must
// spell the old block it claims to come from, and `equal`+`insert` give the new one.
import type { Article, ArticleDiff, Block, VersionDiff, WordOp } from '../types.js';

export function oldSide(ops: WordOp[]): string {
  return ops.filter((o) => o.type !== 'insert').map((o) => o.text).join('');
}

export function newSide(ops: WordOp[]): string {
  return ops.filter((o) => o.type !== 'delete').map((o) => o.text).join('');
}

/** The new article's blocks, from the old blocks and the diff; throws if the diff does not fit the old text. */
export function applyArticleDiff(old: Article | undefined, d: ArticleDiff): Block[] {
  const oldBlocks = old?.blocks ?? [];
  const used = new Set<number>();
  const out: { at: number; block: Block }[] = [];
  for (const b of d.blocks) {
    if (b.oldIndex !== undefined) {
      const src = oldBlocks[b.oldIndex];
      if (!src) throw new Error(`article ${d.number}: block ${b.oldIndex} is not in the old text`);
      if (oldSide(b.ops) !== src.text || (b.oldLabel ?? null) !== src.label) {
        throw new Error(`article ${d.number}: ops of block ${b.oldIndex} do not fit the old text`);
      }
      used.add(b.oldIndex);
    } else if (oldSide(b.ops) !== '') {
      throw new Error(`article ${d.number}: an added block deletes text`);
    }
    if (b.newIndex !== undefined) {
      out.push({ at: b.newIndex, block: { label: b.newLabel, level: b.level, text: newSide(b.ops) } });
    } else if (newSide(b.ops) !== '') {
      throw new Error(`article ${d.number}: a removed block inserts text`);
    }
  }
  if (used.size !== oldBlocks.length) throw new Error(`article ${d.number}: the diff does not account for every old block`);
  out.sort((a, b) => a.at - b.at);
  out.forEach((x, i) => {
    if (x.at !== i) throw new Error(`article ${d.number}: new block ${i} is missing`);
  });
  return out.map((x) => x.block);
}

export interface RebuiltArticle {
  number: string;
  blocks: Block[];
}

/**
 * The new version's articles (those present in it, in the diff's order), rebuilt
 * from the old articles and the diff. Old articles are looked up by the number
 * the diff pairs them with.
 */
export function applyVersionDiff(oldArticles: Article[], vd: VersionDiff): RebuiltArticle[] {
  const byNumber = new Map(oldArticles.map((a) => [a.number, a]));
  const out: RebuiltArticle[] = [];
  for (const d of vd.articles) {
    const oldNumber = d.old ? d.old.number : undefined;
    const old = oldNumber !== undefined ? byNumber.get(oldNumber) : undefined;
    if (oldNumber !== undefined && !old) throw new Error(`article ${oldNumber} is not in the old version`);
    const blocks = applyArticleDiff(old, d);
    if (d.new) out.push({ number: d.number, blocks });
  }
  return out;
}
