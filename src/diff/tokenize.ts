// Splitting block text into tokens for the word diff and into words for counts.
// Intl.Segmenter does the word breaking per language (`ru` for rus, `kk` for kaz);
// it keeps Kazakh letters (ә ғ қ ң ө ұ ү һ і) and stray Latin look-alikes inside a
// word together. Each punctuation mark is its own token; whitespace runs are kept
// as tokens too so the text can be rebuilt exactly from them.
import type { Lang } from '../types.js';

export type TokenKind = 'word' | 'punct' | 'space';

export interface Token {
  text: string;
  kind: TokenKind;
  /** Offsets into the source string: text === source.slice(start, end). */
  start: number;
  end: number;
}

const LOCALE: Record<Lang, string> = { rus: 'ru', kaz: 'kk' };
const segmenters = new Map<Lang, Intl.Segmenter>();

export function segmenterFor(lang: Lang): Intl.Segmenter {
  let s = segmenters.get(lang);
  if (!s) {
    s = new Intl.Segmenter(LOCALE[lang], { granularity: 'word' });
    segmenters.set(lang, s);
  }
  return s;
}

const SPACE = /^\s+$/u;

/** Tokens covering `text` without gaps: words, single punctuation marks, whitespace runs. */
export function tokenize(text: string, lang: Lang): Token[] {
  const out: Token[] = [];
  for (const seg of segmenterFor(lang).segment(text)) {
    const start = seg.index;
    const s = seg.segment;
    if (seg.isWordLike) {
      out.push({ text: s, kind: 'word', start, end: start + s.length });
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
  return out;
}

/** Words as counted in all statistics: runs of letters, marks and digits. */
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

export function countWords(text: string): number {
  let n = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(text)) n++;
  return n;
}

export function wordsOf(text: string): string[] {
  return text.match(WORD) ?? [];
}
