// Exact word diff of two block texts.
//
// Why not jsdiff's `diffWords` directly: it treats whitespace as insignificant and
// its "equal" chunks carry only one side's whitespace, so `equal + delete` would not
// rebuild the old text exactly. Instead we tokenize with Intl.Segmenter ourselves
// (tokenize.ts) and let jsdiff's Myers implementation (`diffArrays`, window by
// window for very long paragraphs: windowed.ts) align the non-whitespace tokens,
// then map the result back to exact spans of both strings.
// Tokens equal up to formatting (Latin look-alike letters, ё/е, quote styles) are
// aligned as equal, and their exact difference is emitted as a delete+insert pair
// marked `format`, as are whitespace-only differences.
import type { Lang, WordOp } from '../types.js';
import { normalizeChars } from './normalize.js';
import { countWords, tokenize, type Token } from './tokenize.js';
import { alignSequences } from './windowed.js';

/** A word op with its flag for differences that are formatting only. */
export type DetailedOp = WordOp;

/** Give up on the word alignment past this many token edits or this many ms. */
export const MAX_EDIT_LENGTH = 4000;
export const TIMEOUT_MS = 200;

interface DiffToken extends Token {
  norm: string;
}

function diffTokens(text: string, lang: Lang): DiffToken[] {
  return tokenize(text, lang)
    .filter((t) => t.kind !== 'space')
    .map((t) => ({ ...t, norm: normalizeChars(t.text) }));
}

/** Appends an op, merging it into the previous one when of the same kind. */
function push(ops: DetailedOp[], type: WordOp['type'], text: string, format = false): void {
  if (!text) return;
  const last = ops[ops.length - 1];
  if (last && last.type === type && Boolean(last.format) === format) {
    last.text += text;
    return;
  }
  ops.push(format ? { type, text, format } : { type, text });
}

/** Whitespace, and the `<*>` marks some exports put after a text to point to an editorial note. */
const FORMATTING = /^\s*(?:<\*+>\s*)*$/u;

function commonWsPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i] && /\s/u.test(a[i])) i++;
  return i;
}

function commonWsSuffix(a: string, b: string, max: number): number {
  let i = 0;
  while (i < max && a[a.length - 1 - i] === b[b.length - 1 - i] && /\s/u.test(a[a.length - 1 - i])) i++;
  return i;
}

/** Emits the text between aligned tokens: removed old text, added new text. */
function emitGap(ops: DetailedOp[], del: string, ins: string): void {
  if (del === ins) {
    push(ops, 'equal', del);
    return;
  }
  const pre = commonWsPrefix(del, ins);
  const suf = commonWsSuffix(del, ins, Math.min(del.length, ins.length) - pre);
  push(ops, 'equal', del.slice(0, pre));
  const d = del.slice(pre, del.length - suf);
  const i = ins.slice(pre, ins.length - suf);
  const format = FORMATTING.test(d) && FORMATTING.test(i);
  push(ops, 'delete', d, format);
  push(ops, 'insert', i, format);
  push(ops, 'equal', del.slice(del.length - suf));
}

/**
 * Lengths of the common head and tail of `a` and `b` that end / start right after /
 * before whitespace in both (so cutting there splits no token), not overlapping.
 */
function commonEnds(a: string, b: string): [number, number] {
  const max = Math.min(a.length, b.length);
  let p = 0;
  while (p < max && a.charCodeAt(p) === b.charCodeAt(p)) p++;
  let head = p;
  while (head > 0 && !(isSpace(a.charCodeAt(head - 1)) && !isSpace(a.charCodeAt(head)) && !isSpace(b.charCodeAt(head)))) head--;
  let s = 0;
  while (s < max - head && a.charCodeAt(a.length - 1 - s) === b.charCodeAt(b.length - 1 - s)) s++;
  let tail = s;
  while (tail > 0 && !(isSpace(a.charCodeAt(a.length - tail)) && !isSpace(a.charCodeAt(a.length - tail - 1))
    && !isSpace(b.charCodeAt(b.length - tail - 1)))) tail--;
  return [head, tail];
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13 || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f
    || c === 0x3000 || c === 0x0b || c === 0x0c || c === 0x1680 || c === 0x2028 || c === 0x2029 || c === 0x205f || c === 0xfeff;
}

/** Ops with exact text; `format` marks formatting-only edits. */
export function wordDiffDetailed(a: string, b: string, lang: Lang,
  limits: { maxEditLength?: number; timeout?: number } = {}): DetailedOp[] {
  const ops: DetailedOp[] = [];
  if (a === b) {
    push(ops, 'equal', a);
    return ops;
  }
  // Only the middle that differs is tokenized: the common head and tail, cut back to
  // whitespace so no token is split, are equal as they are.
  const [head, tail] = commonEnds(a, b);
  if (head > 0 || tail > 0) {
    const middle = alignTokens(a.slice(head, a.length - tail), b.slice(head, b.length - tail), lang, limits);
    push(ops, 'equal', a.slice(0, head));
    for (const op of middle) push(ops, op.type, op.text, Boolean(op.format));
    push(ops, 'equal', a.slice(a.length - tail));
    return ops;
  }
  return alignTokens(a, b, lang, limits);
}

function alignTokens(a: string, b: string, lang: Lang, limits: { maxEditLength?: number; timeout?: number }): DetailedOp[] {
  const ops: DetailedOp[] = [];
  if (a === b) {
    push(ops, 'equal', a);
    return ops;
  }
  const oldT = diffTokens(a, lang);
  const newT = diffTokens(b, lang);
  const changes = alignSequences(oldT, newT, {
    comparator: (x: DiffToken, y: DiffToken) => x.norm === y.norm,
    maxEditLength: limits.maxEditLength ?? MAX_EDIT_LENGTH,
    timeout: limits.timeout ?? TIMEOUT_MS,
  });
  if (!changes) {
    // Too costly to align: show the whole block as replaced.
    push(ops, 'delete', a);
    push(ops, 'insert', b);
    return ops;
  }
  let i = 0; // old token index
  let k = 0; // new token index
  let po = 0; // old text consumed up to here
  let pn = 0;
  for (const c of changes) {
    const n = c.count;
    if (c.removed) {
      i += n;
      continue;
    }
    if (c.added) {
      k += n;
      continue;
    }
    // A run of aligned tokens: first the gap before it, then token by token.
    emitGap(ops, a.slice(po, oldT[i].start), b.slice(pn, newT[k].start));
    for (let j = 0; j < n; j++) {
      const o = oldT[i + j];
      const w = newT[k + j];
      if (j > 0) {
        const gapOld = a.slice(oldT[i + j - 1].end, o.start);
        const gapNew = b.slice(newT[k + j - 1].end, w.start);
        if (gapOld === gapNew) push(ops, 'equal', gapOld);
        else emitGap(ops, gapOld, gapNew);
      }
      if (o.text === w.text) push(ops, 'equal', o.text);
      else {
        push(ops, 'delete', o.text, true);
        push(ops, 'insert', w.text, true);
      }
    }
    po = oldT[i + n - 1].end;
    pn = newT[k + n - 1].end;
    i += n;
    k += n;
  }
  emitGap(ops, a.slice(po), b.slice(pn));
  return cleanupSemantic(ops);
}

/**
 * Folds short equal runs sitting between two changes into the changes, so that a
 * rewritten sentence reads as one deletion and one insertion instead of confetti
 * around shared commas and prepositions. Rule (after diff-match-patch's semantic
 * cleanup): an equality between two replacements (each deleting and inserting) is
 * folded when it has no more words than each of them. Exactness is kept: the equal text goes into both sides.
 */
function cleanupSemantic(ops: DetailedOp[]): DetailedOp[] {
  type Seg = { eq: string } | { del: string; ins: string; format: boolean };
  const segs: Seg[] = [];
  for (const op of ops) {
    if (op.type === 'equal') {
      segs.push({ eq: op.text });
      continue;
    }
    const last = segs[segs.length - 1];
    const format = Boolean(op.format);
    if (last && 'del' in last && last.format === format) {
      if (op.type === 'delete') last.del += op.text;
      else last.ins += op.text;
    } else {
      segs.push({ del: op.type === 'delete' ? op.text : '', ins: op.type === 'insert' ? op.text : '', format });
    }
  }
  const weight = (s: Seg): number => ('del' in s ? Math.max(countWords(s.del), countWords(s.ins), 1) : 0);
  for (let x = 1; x + 1 < segs.length; x++) {
    const mid = segs[x];
    const before = segs[x - 1];
    const after = segs[x + 1];
    if (!('eq' in mid) || !('del' in before) || !('del' in after) || before.format || after.format) continue;
    // Only between two replacements: a pure insertion (or deletion) next to kept
    // words reads best as it is, and folding would show kept words as deleted.
    if (!before.del || !before.ins || !after.del || !after.ins) continue;
    const w = countWords(mid.eq);
    if (w > weight(before) || w > weight(after)) continue;
    segs.splice(x - 1, 3, {
      del: before.del + mid.eq + after.del, ins: before.ins + mid.eq + after.ins, format: false,
    });
    x = Math.max(0, x - 3); // the merged change may now swallow the equality before it
  }
  const out: DetailedOp[] = [];
  for (const s of segs) {
    if ('eq' in s) push(out, 'equal', s.eq);
    else {
      push(out, 'delete', s.del, s.format);
      push(out, 'insert', s.ins, s.format);
    }
  }
  return out;
}

/** Exact word ops: `equal`+`delete` rebuild `a`, `equal`+`insert` rebuild `b`. */
export function wordDiff(a: string, b: string, lang: Lang,
  limits: { maxEditLength?: number; timeout?: number } = {}): WordOp[] {
  return wordDiffDetailed(a, b, lang, limits).map(({ type, text }) => ({ type, text }));
}
