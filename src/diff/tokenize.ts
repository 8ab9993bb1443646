// Splitting block text into tokens for the word diff and into words for counts.
// Intl.Segmenter does the word breaking per language (`ru` for rus, `kk` for kaz);
// it keeps Kazakh letters (ә ғ қ ң ө ұ ү һ і) and stray Latin look-alikes inside a
// word together. Each punctuation mark is its own token; whitespace runs are kept
// as tokens too so the text can be rebuilt exactly from them.
//
// Intl.Segmenter's time grows with the square of the string it is given (a
// 100,000-character paragraph takes seconds), so long text is handed to it in
// pieces of about SEGMENT_CHUNK characters, cut only where Unicode word breaking
// (UAX #29) always breaks: after a plain space and before a Latin or Cyrillic
// letter or a digit, where no rule joins the two sides. The tokens are the same as
// for the whole string (tested on every bundled article).
import { LANG_TAG, type Lang } from '../types.js';
import { CONTROL_SEQUENCE } from './controls.js';

export type TokenKind = 'word' | 'punct' | 'space';

export interface Token {
  text: string;
  kind: TokenKind;
  /** Offsets into the source string: text === source.slice(start, end). */
  start: number;
  end: number;
}

const segmenters = new Map<Lang, Intl.Segmenter>();

export function segmenterFor(lang: Lang): Intl.Segmenter {
  let s = segmenters.get(lang);
  if (!s) {
    s = new Intl.Segmenter(LANG_TAG[lang], { granularity: 'word' });
    segmenters.set(lang, s);
  }
  return s;
}

const SPACE = /^\s+$/u;

/**
 * Tokens covering `text` without gaps: words, single punctuation marks, whitespace
 * runs, and each control sequence whole.
 */
export function tokenize(text: string, lang: Lang, chunk = SEGMENT_CHUNK, fast = true): Token[] {
  const out: Token[] = [];
  let from = 0;
  for (const m of text.matchAll(CONTROL_SEQUENCE)) {
    segmentInto(out, text.slice(from, m.index), from, lang, chunk, fast);
    out.push({ text: m[0], kind: 'punct', start: m.index, end: m.index + m[0].length });
    from = m.index + m[0].length;
  }
  segmentInto(out, text.slice(from), from, lang, chunk, fast);
  return out;
}

/** The longest piece handed to Intl.Segmenter at once, in UTF-16 units (give or take one word). */
export const SEGMENT_CHUNK = 2048;

/** Segments `text` piece by piece (see above); `chunk` = Infinity segments it whole. */
function segmentInto(out: Token[], text: string, offset: number, lang: Lang, chunk: number, fast: boolean): void {
  if (fast && segmentPlain(out, text, offset)) return;
  let from = 0;
  while (text.length - from > chunk) {
    const cut = safeCut(text, from + chunk);
    if (cut < 0) break;
    segmentPiece(out, text.slice(from, cut), offset + from, lang);
    from = cut;
  }
  segmentPiece(out, from ? text.slice(from) : text, offset + from, lang);
}

// Most text is plain: Cyrillic and ASCII letters, digits, spaces and common
// punctuation. There Unicode word breaking (UAX #29) comes down to a few rules, and
// segmenting by them is several times faster than Intl.Segmenter, whose first use
// also costs a start-up of ICU's break iterator. Words are runs of letters and
// digits, also across one `.` or `'` between two letters or two digits (WB6/7,
// WB11/12), `:` between two letters (WB6/7), `,` or `;` between two digits (WB11/12);
// any other mark stands alone. Text with any other character goes to Intl.Segmenter.
// (test/tokenize-plain.test.ts checks both give the same tokens on every bundled
// text and on random strings.)

const LETTER = 1;
const DIGIT = 2;
const SPACE_CHAR = 3;
const MARK = 4;
/** Marks that can join the two sides of a word (the rest of MARK never does). */
const MID_LETTER_OR_NUMBER = new Set([0x2e, 0x27]); // . '
const MID_LETTER = 0x3a; // :
const MID_NUMBER = new Set([0x2c, 0x3b]); // , ;
/** Marks that UAX #29 classes as Other (or as a mid mark handled above). */
const PLAIN_MARKS = new Set([...'.\',:;!?()[]«»"-–—/%§№*+=<>&#@$^~|{}'].map((c) => c.charCodeAt(0)));

function plainClass(c: number): number {
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0x400 && c <= 0x481) || (c >= 0x48a && c <= 0x52f)) return LETTER;
  if (c >= 48 && c <= 57) return DIGIT;
  if (c === 32 || c === 10 || c === 13 || c === 9 || c === 0xa0) return SPACE_CHAR;
  return PLAIN_MARKS.has(c) ? MARK : 0;
}

/** Whether the mark `m` between classes `before` and `after` keeps a word together. */
function joins(before: number, m: number, after: number): boolean {
  if (MID_LETTER_OR_NUMBER.has(m)) return (before === LETTER && after === LETTER) || (before === DIGIT && after === DIGIT);
  if (m === MID_LETTER) return before === LETTER && after === LETTER;
  if (MID_NUMBER.has(m)) return before === DIGIT && after === DIGIT;
  return false;
}

/** Segments plain `text` into `out` as segmentPiece would; false (and nothing added) if the text is not plain. */
function segmentPlain(out: Token[], text: string, offset: number): boolean {
  const n = text.length;
  const classes = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const k = plainClass(text.charCodeAt(i));
    if (k === 0) return false;
    classes[i] = k;
  }
  let i = 0;
  while (i < n) {
    const k = classes[i];
    let j = i + 1;
    if (k === SPACE_CHAR) {
      while (j < n && classes[j] === SPACE_CHAR) j++;
      const last = out[out.length - 1];
      if (last && last.kind === 'space') {
        last.text += text.slice(i, j);
        last.end = offset + j;
      } else out.push({ text: text.slice(i, j), kind: 'space', start: offset + i, end: offset + j });
    } else if (k === MARK) {
      out.push({ text: text[i], kind: 'punct', start: offset + i, end: offset + j });
    } else {
      for (;;) {
        while (j < n && (classes[j] === LETTER || classes[j] === DIGIT)) j++;
        if (j + 1 < n && classes[j] === MARK && joins(classes[j - 1], text.charCodeAt(j), classes[j + 1])) j += 2;
        else break;
      }
      out.push({ text: text.slice(i, j), kind: 'word', start: offset + i, end: offset + j });
    }
    i = j;
  }
  return true;
}

/**
 * The first position at or after `at` that follows a space (U+0020) and starts an
 * ASCII or Cyrillic letter or a digit (not a combining mark); -1 if there is none.
 */
function safeCut(text: string, at: number): number {
  for (let i = at; i < text.length; i++) if (isCutAt(text, i)) return i;
  return -1;
}

function isCutAt(text: string, i: number): boolean {
  if (text.charCodeAt(i - 1) !== 32) return false;
  const c = text.charCodeAt(i);
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0x400 && c <= 0x481) || (c >= 0x48a && c <= 0x52f);
}

function segmentPiece(out: Token[], text: string, offset: number, lang: Lang): void {
  if (!text) return;
  for (const seg of segmenterFor(lang).segment(text)) {
    const start = offset + seg.index;
    const s = seg.segment;
    if (seg.isWordLike) {
      out.push({ text: s, kind: 'word', start, end: start + s.length });
    } else if (s.length === 1 && s !== ' ' && !SPACE.test(s)) {
      // The common case of the branches below: one punctuation mark.
      out.push({ text: s, kind: 'punct', start, end: start + 1 });
    } else if (SPACE.test(s)) {
      const last = out[out.length - 1];
      if (last && last.kind === 'space') {
        last.text += s;
        last.end += s.length;
      } else {
        out.push({ text: s, kind: 'space', start, end: start + s.length });
      }
    } else {
      // A non-word segment may hold several marks ("...", ".»") or marks glued to
      // whitespace; split it into single marks and whitespace runs.
      let i = 0;
      for (const m of s.matchAll(/\s+|[^\s]/gu)) {
        const t = m[0];
        const at = start + (m.index ?? i);
        const kind: TokenKind = SPACE.test(t) ? 'space' : 'punct';
        const last = out[out.length - 1];
        if (kind === 'space' && last && last.kind === 'space') {
          last.text += t;
          last.end += t.length;
        } else {
          out.push({ text: t, kind, start: at, end: at + t.length });
        }
        i = (m.index ?? i) + t.length;
      }
    }
  }
}

/**
 * Words as counted in all statistics and compared for similarity: maximal runs of
 * letters, combining marks and digits (\p{L}\p{M}\p{N}). Scanned with a char-code
 * loop (ASCII and Cyrillic decided inline, other code points by the Unicode regex,
 * cached) because this runs over every article of every version pair.
 */
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const wordCharCache = new Map<number, boolean>();

function isWordCodePoint(c: number): boolean {
  if (c < 0x80) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c >= 0x400 && c <= 0x52f) return c !== 0x482;
  let w = wordCharCache.get(c);
  if (w === undefined) {
    w = WORD_CHAR.test(String.fromCodePoint(c));
    wordCharCache.set(c, w);
  }
  return w;
}

/** Calls `onWord(start, end)` for each word of `text`. */
export function scanWords(text: string, onWord: (start: number, end: number) => void): void {
  let start = -1;
  for (let i = 0; i < text.length;) {
    const c = text.codePointAt(i)!;
    const size = c > 0xffff ? 2 : 1;
    if (isWordCodePoint(c)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      onWord(start, i);
      start = -1;
    }
    i += size;
  }
  if (start >= 0) onWord(start, text.length);
}

/** The number of words of `text`: scanWords without a callback, as it runs over every text compared. */
export function countWords(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      c = text.codePointAt(i)!;
      if (c > 0xffff) i++;
    }
    const word = isWordCodePoint(c);
    if (word && !inWord) n++;
    inWord = word;
  }
  return n;
}

export function wordsOf(text: string): string[] {
  const out: string[] = [];
  scanWords(text, (s, e) => { out.push(text.slice(s, e)); });
  return out;
}
