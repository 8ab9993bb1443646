// Dates as the exports write them: `08.06.2022`, `7 октября 1998 г.`, and year
// first in older Kazakh exports: `2007.05.21`.
const MONTHS = ['январ', 'феврал', 'март', 'апрел', 'ма', 'июн', 'июл', 'август', 'сентябр', 'октябр', 'ноябр', 'декабр'];

export const NUMERIC_DATE = /(\d{1,2})\.(\d{1,2})\.(\d{4})/u;
export const YEAR_FIRST_DATE = /(?<!\d)(\d{4})\.(\d{1,2})\.(\d{1,2})(?!\d)/u;
export const WORD_DATE = /(\d{1,2})\s+([а-яё]+)\s+(\d{4})\s*(?:года|г\.)?/iu;

export function isoDate(day: string, month: string | number, year: string): string {
  return `${year}-${String(month).padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/** ISO form of a numeric date match, or of a Russian month name date match. */
export function isoFromMatch(m: RegExpExecArray): string | undefined {
  if (/^\d+$/u.test(m[2])) return isoDate(m[1], m[2], m[3]);
  const word = m[2].toLowerCase();
  // Longest stem first so that "март" does not catch "мая" and vice versa.
  const index = MONTHS.map((stem, i) => [stem, i] as const)
    .sort((a, b) => b[0].length - a[0].length)
    .find(([stem]) => word.startsWith(stem))?.[1];
  return index === undefined ? undefined : isoDate(m[1], index + 1, m[3]);
}
