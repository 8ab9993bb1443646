// What counts as "formatting only" between two exports of the same wording.
//
// Formatting differences (reported as unchanged unless `exact`):
//  - whitespace: runs of spaces, line breaks, NBSP, spaces before `. , ; : ! ? ) ]`
//    or after `( [`, leading/trailing whitespace, and how a text is broken into
//    blocks (classify.ts); in word ops, any difference in the whitespace between
//    two aligned tokens;
//  - Latin letters that look like Cyrillic ones inside a word that is Cyrillic
//    (Kazakh exports write `билiгiн` with Latin `i` for `і`), or in a word made only
//    of such look-alikes (`c`, `III`);
//  - `ё` written as `е`; typographic variants of double quotes (straight, «», „“) and
//    of dashes and hyphens (`-` typed for `–`, `—`, the minus sign);
//  - `<*>` marks (the 2007 export puts them after a text to point to an editorial
//    note; they are not wording).
// Everything else (other letters, digits, other punctuation) is wording.
// Normalized text is only ever compared, never stored or shown.

/**
 * Latin letter -> the Cyrillic letter of Russian or Kazakh it imitates: the basic
 * Latin ones, and the Latin schwa and barred o (`жəне` with U+0259 for `және` with
 * U+04D9; `ɵ` for `ө`), which Kazakh exports use in place of the Cyrillic letters.
 */
const LOOKALIKE: Record<string, string> = {
  a: 'а', c: 'с', e: 'е', h: 'һ', i: 'і', k: 'к', o: 'о', p: 'р', x: 'х', y: 'у',
  A: 'А', B: 'В', C: 'С', E: 'Е', H: 'Н', I: 'І', K: 'К', M: 'М', O: 'О', P: 'Р', T: 'Т', X: 'Х', Y: 'У',
  'ə': 'ә', 'Ə': 'Ә', 'ɵ': 'ө', 'Ɵ': 'Ө',
};
const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN_LETTER = /[A-Za-zəƏɵƟ]/;
const ALL_LOOKALIKE = new RegExp(`^[${Object.keys(LOOKALIKE).join('')}]+$`);
const LETTER_RUN = /[\p{L}\p{M}]+/gu;

function fixLookalikes(word: string): string {
  if (!LATIN_LETTER.test(word)) return word;
  if (!CYRILLIC.test(word) && !ALL_LOOKALIKE.test(word)) return word;
  let out = '';
  for (const ch of word) out += LOOKALIKE[ch] ?? ch;
  return out;
}

/**
 * True when `normalizeChars` certainly leaves the text as it is: only Cyrillic
 * letters other than ё/Ё, digits, whitespace and ASCII punctuation other than `"` and `-`.
 * A char-code loop, since this runs on every token that is diffed.
 */
function isPlain(t: string): boolean {
  for (let i = 0; i < t.length; i++) if (!isPlainCode(t.charCodeAt(i))) return false;
  return true;
}

/** One UTF-16 unit of isPlain's kind: `normalizeChars` leaves a text made only of these as it is. */
export function isPlainCode(c: number): boolean {
  if (c < 0x80) return !((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 34 || c === 45);
  return (c >= 0x410 && c <= 0x44f) || (c > 0x451 && c <= 0x4ff && c !== 0x483 && !(c >= 0x484 && c <= 0x489));
}

const HAS_MARK = /\p{M}/u;
const HAS_LATIN = /[A-Za-zəƏɵƟ]/;
const HAS_YO = /[ёЁ]/;
const HAS_QUOTE = /[„“”‟"″«»]/;
const HAS_DASH = /[-‐‑‒–—―−]/;

/** Normalizes characters of one token or text without touching whitespace. */
export function normalizeChars(text: string): string {
  if (isPlain(text)) return text;
  // Each step only runs when its characters occur: most tokens need none.
  let t = text;
  if (HAS_MARK.test(t)) t = t.normalize('NFC');
  if (HAS_LATIN.test(t)) t = t.replace(LETTER_RUN, fixLookalikes);
  if (HAS_YO.test(t)) t = t.replace(/ё/g, 'е').replace(/Ё/g, 'Е');
  if (HAS_QUOTE.test(t)) t = t.replace(/[„“”‟"″«»]/g, '"');
  if (HAS_DASH.test(t)) t = t.replace(/[-‐‑‒–—―−]/g, '—');
  return t;
}

/** Text with all formatting differences removed. */
export function normalizeText(text: string): string {
  return normalizeChars(text)
    .replace(/<\*+>/g, ' ')
    .replace(/\s+/gu, ' ')
    .replace(/ (?=[.,;:!?)\]])/g, '')
    .replace(/([(\[]) /g, '$1')
    .trim();
}

/**
 * Wording of a repealed article or point kept as a stub: "Исключена.", "Исключен
 * Законом РК от 08.06.2022 (вводится в действие с 08.06.2022).", "алып тасталды -
 * ҚР 10.03.2017 № 51-VI (…) Заңымен;". Only the act may follow the word.
 */
const REPEALED_STUB = /^(?:статья\s+\S+\s+)?(?:исключен[аоы]?|утратил[аио]?\s+силу|алып тасталды)(?:\s*[-–—]?\s*(?:законом|законами|ҚР)\s[^]*)?[.;]?$/iu;

export function isRepealedText(text: string): boolean {
  if (text.length > 250) return false;
  return REPEALED_STUB.test(normalizeText(text).replace(/^[\s*_()]+|[\s*_()]+$/g, ''));
}

const ROMAN_FROM_CYRILLIC: Record<string, string> = { І: 'I', Х: 'X', С: 'C', М: 'M', Ӏ: 'I' };

/**
 * Key that identifies a section across versions: its number ("Раздел IХ." with a
 * Cyrillic Х, "Раздел IX Заключительные..." and "IX бөлім" all give `IX`). Titles are
 * ignored because exports of different dates spell them differently (or omit them).
 * Falls back to the normalized heading when no number is found.
 */
export function sectionKey(section: string | null): string {
  if (!section) return '';
  const h = normalizeText(section);
  const m = /(?:раздел|глава|бөлім|тарау)\s+([IVXLCІХСМ\d]+)(?![\p{L}\p{N}])/iu.exec(h)
    ?? /^([IVXLCІХСМ\d]+)\s*(?:бөлім|тарау)/iu.exec(h);
  if (m) return [...m[1].toUpperCase()].map((c) => ROMAN_FROM_CYRILLIC[c] ?? c).join('');
  return h.toLowerCase();
}
