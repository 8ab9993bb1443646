// What the site is built from (the engine's and the timeline's results, handed
// in by the CLI), where each page lives, and the small rules the pages share:
// links relative to the page (the site works from file:// and any static host),
// the heat of a change, the acts of a step.
import type {
  ArticleDiff, ConstitutionInfo, Lang, LanguageCheck, VersionDiff, VersionInfo,
} from '../../types.js';
import type { ArticleLine, Timeline } from '../../timeline/index.js';
import { attributeArticle, isNewText } from '../../timeline/index.js';
import { slug } from '../html/context.js';

/** One step between consecutive versions, compared in each language both versions have. */
export interface SiteStep {
  from: VersionInfo;
  to: VersionInfo;
  rus: VersionDiff;
  kaz?: VersionDiff;
}

export interface SiteData {
  constitution: ConstitutionInfo;
  /** Every version, oldest first (each has a Russian text). */
  versions: VersionInfo[];
  /** `steps[i]`: version i against version i+1. */
  steps: SiteStep[];
  /** Every version of each language, for histories and blame (Kazakh where the store has it). */
  timelines: { rus: Timeline; kaz?: Timeline };
  /** The articles followed across the versions (rows of the matrix), from the Russian steps. */
  lines: ArticleLine[];
  languages: LanguageCheck;
  /**
   * Any pair of versions, compared on demand (the Russian text, and the Kazakh one
   * beside it when both versions have it): one pair page at a time is in memory.
   */
  pair: (from: VersionInfo, to: VersionInfo) => { diff: VersionDiff; parallel?: VersionDiff };
  /** Stated in the footers and feeds; omitted, the site is byte for byte the same on every build. */
  generatedAt?: string;
}

// Where pages live. Directories are always linked with their index.html: file:// has no index.

export const articleDir = (number: string): string => `article-${slug(number)}`;
export const articleIndex = (number: string): string => `${articleDir(number)}/index.html`;
/** The permalink of one article in one version: `article-44/2022-06-08.html`. */
export const permalink = (number: string, version: string): string => `${articleDir(number)}/${slug(version)}.html`;
export const articleFeed = (number: string): string => `${articleDir(number)}/feed.xml`;
export const pairPage = (from: string, to: string): string => `changes/${slug(from)}_${slug(to)}.html`;

/** A site path as linked from a page `depth` folders down. */
export const rel = (depth: number, path: string): string => `${'../'.repeat(depth)}${path}`;

/** How much an article changed, 0 (not at all) to 4 (a new or repealed article, or most of its words). */
export function heat(d: ArticleDiff | undefined): number {
  if (!d || d.status === 'unchanged') return 0;
  if (d.status === 'added' || d.status === 'repealed') return 4;
  const r = d.counts.changeRatio;
  if (!d.textChanged || r === 0) return 1;
  return r < 0.05 ? 1 : r < 0.2 ? 2 : r < 0.5 ? 3 : 4;
}

/** Per step: whether its newer version is a new text (acts are then the version's own), for attribution. */
export function stepActs(data: SiteData): (step: number, d: ArticleDiff) => string {
  const newText = data.steps.map((s) => isNewText(s.rus.articles.flatMap((a) => (a.new ? [a.new] : [])), s.to));
  return (i, d) => {
    const s = data.steps[i];
    const acts = attributeArticle(d, s.from, s.to, newText[i]).acts;
    return acts.length ? acts.map((a) => `${a.date}${a.number ? ` № ${a.number}` : ''}`).join('; ') : s.to.act;
  };
}

/** The text of a version in a language, if the store has it. */
export function textOf(data: SiteData, lang: Lang, version: string) {
  const tl = data.timelines[lang];
  return tl?.texts[tl.indexOf(version)]?.articles;
}

/** Article numbers in reading order: the preamble, then 1, 2, … 83, 83-1, 84. */
export function byNumber(a: string, b: string): number {
  const key = (n: string) => (n === 'preamble' ? [-1] : n.split('-').map((x) => Number.parseInt(x, 10) || 0));
  const ka = key(a);
  const kb = key(b);
  for (let i = 0; i < Math.max(ka.length, kb.length); i++) {
    const d = (ka[i] ?? -1) - (kb[i] ?? -1);
    if (d) return d;
  }
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Every article number of any version (Russian text), each once, in reading order. */
export function allNumbers(data: SiteData): string[] {
  return [...new Set(data.timelines.rus.texts.flatMap((t) => t.articles.map((a) => a.number)))].sort(byNumber);
}

/** The site's own wording is English (the report parts it embeds follow `--ui`). */
export const SITE_LANG = 'en';
