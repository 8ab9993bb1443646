// Turning aligned pairs into BlockDiff / ArticleDiff records with a status.
//
// Article status, first rule that applies:
//  - unless `exact`: a repealed stub on one side and nothing on the other, or stubs
//    on both sides                                           -> unchanged (formatOnly)
//  - only in the old version, or it became repealed (`repealed: true` or its only
//    text is "Исключена." / "Алып тасталды.")        -> repealed
//  - only in the new version, or a repealed stub got text again -> added
//  - its number changed (paired by content)                      -> renumbered
//  - same number, different section (by section number)          -> moved
//  - some block is not unchanged                                 -> amended
//  - otherwise                                                   -> unchanged
// `textChanged` tells whether a renumbered / moved article was also reworded.
import type { Article, ArticleDiff, Block, BlockDiff, ChangeStatus, Lang } from '../types.js';
import { alignBlocks } from './align-blocks.js';
import { publicCounts, sumTallies, tallyOps, zeroStatuses, type Tally } from './counts.js';
import { isRepealedText, normalizeText, sectionKey } from './normalize.js';
import { readingOrder } from './order.js';
import { similarity as textSimilarity } from './similarity.js';
import { wordDiffDetailed, type DetailedOp } from './word-diff.js';

export interface Built<T> {
  diff: T;
  tally: Tally;
}

/** The ops without their `format` marks (most have none: then the same array); `exact` shows every edit. */
const strip = (ops: DetailedOp[]) => (ops.some((o) => 'format' in o) ? ops.map(({ type, text }) => ({ type, text })) : ops);

export function diffBlock(
  old: Block | undefined, oldIndex: number | undefined,
  neu: Block | undefined, newIndex: number | undefined,
  lang: Lang, exact: boolean,
): Built<BlockDiff> {
  let ops: DetailedOp[];
  let status: ChangeStatus;
  let textChanged: boolean;
  let formatOnly = false;
  if (old && neu) {
    ops = wordDiffDetailed(old.text, neu.text, lang);
    const real = ops.some((o) => o.type !== 'equal' && !o.format);
    const format = ops.some((o) => o.type !== 'equal' && o.format) || old.level !== neu.level;
    formatOnly = !real && format;
    textChanged = real || (exact && ops.some((o) => o.type !== 'equal'));
    const sameLabel = old.label === neu.label;
    const relabelled = !sameLabel && (old.label ?? '').replace(/\s+/gu, '') !== (neu.label ?? '').replace(/\s+/gu, '');
    const labelFormat = !sameLabel && !relabelled;
    if (labelFormat && !real) formatOnly = true;
    if (relabelled) status = 'renumbered';
    // A point kept only as "Исключен Законом РК от …" was repealed, whatever the word diff says.
    else if (real && isRepealedText(neu.text) && !isRepealedText(old.text)) status = 'repealed';
    else if (real || (exact && (format || labelFormat))) status = 'amended';
    else status = 'unchanged';
  } else if (neu) {
    ops = neu.text ? [{ type: 'insert', text: neu.text }] : [];
    status = 'added';
    textChanged = true;
  } else if (old) {
    ops = old.text ? [{ type: 'delete', text: old.text }] : [];
    status = 'repealed';
    textChanged = true;
  } else {
    throw new Error('diffBlock needs at least one side');
  }
  const tally = tallyOps(ops, exact);
  const diff: BlockDiff = {
    oldLabel: old?.label ?? null,
    newLabel: neu?.label ?? null,
    ...(oldIndex !== undefined ? { oldIndex } : {}),
    ...(newIndex !== undefined ? { newIndex } : {}),
    level: (neu ?? old)!.level,
    status,
    textChanged,
    formatOnly,
    ops: exact ? strip(ops) : ops,
    counts: publicCounts(tally),
  };
  return { diff, tally };
}

/** A repealed article: flagged so, or kept only as "Исключена." with no other text. */
export function isRepealedArticle(a: Article): boolean {
  if (a.repealed) return true;
  return a.blocks.length > 0 && a.blocks.every((b) => isRepealedText(`${b.label ?? ''} ${b.text}`));
}

/** The article's wording as one string, for similarity only. */
export function articleText(a: Article): string {
  return a.blocks.map((b) => b.text).join('\n');
}

export function sameBlocks(a: Block[], b: Block[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    if (a[i].text !== b[i].text || a[i].label !== b[i].label || a[i].level !== b[i].level) return false;
  }
  return true;
}

/** Same wording (labels included) up to formatting, only broken into blocks differently. */
function reflowedOnly(a: Block[], b: Block[]): boolean {
  if (a.length === b.length || sameBlocks(a, b)) return false;
  const flat = (blocks: Block[]) => normalizeText(blocks.map((x) => `${x.label ?? ''} ${x.text}`).join(' '));
  return flat(a) === flat(b);
}

/**
 * Exports differ in how they break some texts into blocks (the preamble as one
 * paragraph or line by line). When the wording is the same, every differing block
 * is formatting only: unchanged with no words counted, unless `exact`. The ops stay
 * exact; a block on one side only then reads "unchanged" with `formatOnly`.
 */
function markReflowed(built: Built<BlockDiff>[], exact: boolean): void {
  for (const b of built) {
    if (b.diff.status === 'unchanged' && !b.diff.textChanged) {
      if (b.diff.ops.some((o) => o.type !== 'equal')) b.diff.formatOnly = true;
      continue;
    }
    b.diff.formatOnly = true;
    if (exact) continue;
    b.diff.status = 'unchanged';
    b.diff.textChanged = false;
    b.tally = { ...b.tally, wordsAdded: 0, wordsRemoved: 0, changeRatio: 0 };
    b.diff.counts = publicCounts(b.tally);
  }
}

export interface Pairing {
  matchedBy: ArticleDiff['matchedBy'];
  similarity: number;
}

/** Whether each side is a repealed stub, worked out at most once per pair (it normalizes text), and only when asked. */
class Stubs {
  private o: boolean | undefined;
  private n: boolean | undefined;
  constructor(private readonly oldArticle: Article | undefined, private readonly newArticle: Article | undefined) {}
  get old(): boolean {
    return (this.o ??= this.oldArticle ? isRepealedArticle(this.oldArticle) : false);
  }
  get neu(): boolean {
    return (this.n ??= this.newArticle ? isRepealedArticle(this.newArticle) : false);
  }
}

/**
 * Articles that are repealed stubs on one side and absent on the other, or stubs on
 * both sides: the law is the same (one export keeps "Статья 84 исключена", the other
 * omits it), so apart from `exact` this is a formatting difference of the exports.
 */
function stubOnly(old: Article | undefined, neu: Article | undefined, stubs: Stubs): boolean {
  if (old && neu) return stubs.old && stubs.neu;
  return old ? stubs.old : stubs.neu;
}

function articleStatus(old: Article | undefined, neu: Article | undefined, stubs: Stubs, blocks: BlockDiff[], exact: boolean): ChangeStatus {
  if (!exact && stubOnly(old, neu, stubs)) return 'unchanged';
  if (!neu) return 'repealed';
  if (!old) return stubs.neu ? 'repealed' : 'added';
  if (stubs.neu && !stubs.old) return 'repealed';
  if (stubs.old && !stubs.neu) return 'added';
  if (old.number !== neu.number) return 'renumbered';
  if (old.section !== neu.section && sectionKey(old.section) !== sectionKey(neu.section)) return 'moved';
  if (blocks.some((b) => b.status !== 'unchanged')) return 'amended';
  return 'unchanged';
}

export function buildArticleDiff(
  old: Article | undefined, neu: Article | undefined, lang: Lang, exact: boolean, pairing?: Pairing,
): Built<ArticleDiff> {
  const oldBlocks = old?.blocks ?? [];
  const newBlocks = neu?.blocks ?? [];
  const same = old !== undefined && neu !== undefined && sameBlocks(oldBlocks, newBlocks);
  // The same article, word for word, under the same number and section: unchanged,
  // whether or not it is a repealed stub (which is not worked out, then).
  const settled = same && old.number === neu.number && old.section === neu.section && old.repealed === neu.repealed;
  const pairs = old && neu
    ? (same
      ? oldBlocks.map((_, i) => ({ oldIndex: i, newIndex: i }))
      : alignBlocks(oldBlocks, newBlocks))
    : [];
  const built = readingOrder(pairs, oldBlocks.length, newBlocks.length).map((s) =>
    diffBlock(
      s.oldIndex !== undefined ? oldBlocks[s.oldIndex] : undefined, s.oldIndex,
      s.newIndex !== undefined ? newBlocks[s.newIndex] : undefined, s.newIndex,
      lang, exact));
  const stubs = new Stubs(old, neu);
  if ((old && neu && reflowedOnly(oldBlocks, newBlocks)) || (!exact && !settled && stubOnly(old, neu, stubs))) {
    markReflowed(built, exact);
  }
  const blocks = built.map((b) => b.diff);
  const tally = sumTallies(built.map((b) => b.tally));
  const statuses = zeroStatuses();
  for (const b of blocks) statuses[b.status] += 1;

  const status = settled ? 'unchanged' : articleStatus(old, neu, stubs, blocks, exact);
  const textChanged = blocks.some((b) => b.status !== 'unchanged');
  const formatOnly = blocks.some((b) => b.formatOnly) && blocks.every((b) => b.status === 'unchanged' || b.formatOnly);
  const number = (neu ?? old)!.number;
  const previousNumber = old && (!neu || old.number !== neu.number) ? old.number : undefined;
  const matchedBy = pairing?.matchedBy ?? (old && neu ? (old.number === neu.number ? 'number' : 'similarity') : 'none');
  const similarity = old && neu
    ? (pairing?.similarity ?? (same ? 1 : textSimilarity(articleText(old), articleText(neu))))
    : 0;
  const diff: ArticleDiff = {
    number,
    ...(previousNumber !== undefined ? { previousNumber } : {}),
    status,
    textChanged,
    formatOnly,
    matchedBy,
    similarity,
    ...(old ? { old } : {}),
    ...(neu ? { new: neu } : {}),
    blocks,
    counts: { ...publicCounts(tally), blocks: statuses },
  };
  return { diff, tally };
}
