// Names that become path segments. Anything outside these shapes is refused
// before it touches the file system, so no name can escape `constitution/`.
import { UsageError } from '../errors.js';
import type { Lang } from '../types.js';
import { LANGS } from '../types.js';

const CONSTITUTION = /^[a-z][a-z0-9_-]{0,31}$/u;
const VERSION = /^\d{4}-\d{2}-\d{2}$/u;
const ARTICLE = /^(preamble|\d{1,4}(?:-\d{1,3})*)$/u;

export function checkConstitutionId(id: string): string {
  if (!CONSTITUTION.test(id)) throw new UsageError(`unknown constitution "${printable(id)}"`);
  return id;
}

/** A YYYY-MM-DD date that exists in the calendar (2022-02-30 does not). */
export function isVersionId(id: string): boolean {
  if (!VERSION.test(id)) return false;
  const time = Date.parse(`${id}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === id;
}

/**
 * An article number as typed, in the store's form, or undefined: `44`, `44.`, `044`,
 * `Статья 44`, `ст. 44`, `art. 44`, `44-бап` and `83-1` / `083-1`; `preamble` in any case,
 * or `преамбула`. Every command and the terminal UI read numbers through this.
 */
export function parseArticleNumber(input: string): string | undefined {
  const n = input.trim().replace(/^(статья|ст\.?|бап|article|art\.?)\s*/iu, '').replace(/\s*-?\s*бап$/iu, '')
    .replace(/\.$/u, '').trim();
  if (/^(preamble|преамбула)$/iu.test(n)) return 'preamble';
  const canonical = n.split('-').map((part) => part.replace(/^0+(?=\d)/u, '')).join('-');
  return ARTICLE.test(canonical) && canonical !== 'preamble' ? canonical : undefined;
}

export function checkArticleNumber(number: string): string {
  const n = parseArticleNumber(number);
  if (n === undefined) throw new UsageError(`"${printable(number)}" is not an article number (e.g. 44, 83-1, preamble)`);
  return n;
}

export function checkLang(lang: string): Lang {
  if (!LANGS.includes(lang as Lang)) throw new UsageError(`unknown language "${printable(lang)}" (use ${LANGS.join(' or ')})`);
  return lang as Lang;
}

/** File name of an article: numbers zero-padded for sorting, `044.md`, `083-1.md`, `preamble.md`. */
export function articleFileName(number: string): string {
  if (number === 'preamble') return 'preamble.md';
  const [head, ...rest] = number.split('-');
  return [head.padStart(3, '0'), ...rest].join('-') + '.md';
}

/** Sort key comparing article numbers in reading order: preamble, 1, 2, …, 83, 83-1, 84. */
export function compareArticleNumbers(a: string, b: string): number {
  if (a === b) return 0;
  if (a === 'preamble') return -1;
  if (b === 'preamble') return 1;
  const pa = a.split('-').map(Number);
  const pb = b.split('-').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? -1) - (pb[i] ?? -1);
    if (d) return d;
  }
  return 0;
}

/** A user-supplied name, made safe to echo in a one-line message. */
export function printable(text: string): string {
  const clean = text.replace(/[\p{Cc}\p{Cf}]/gu, '?');
  return clean.length > 60 ? `${clean.slice(0, 57)}...` : clean;
}
