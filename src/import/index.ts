// `constdiff import`: one export folder -> one version of the store.
import type { Article, Lang, VersionInfo } from '../types.js';
import type { Section } from '../store/sections.js';
import type { VersionContent } from '../store/write.js';
import { assemble, type ImportIssue } from './assemble.js';
import { readExport } from './export-files.js';
import { DataError, UsageError } from '../errors.js';
import type { ExportMeta } from './export-meta.js';
import { join } from 'node:path';

export type { ImportIssue } from './assemble.js';

export interface ImportResult {
  content: VersionContent;
  title: string | null;
  repairs: ImportIssue[];
  unplaced: ImportIssue[];
}

export interface ImportOptions {
  constitution: string;
  /** Version id; by default the version date the export states (meta.yaml or frontmatter). */
  version?: string;
  /** Manifest fields to set; the rest keep their stored values, or what the export states, or defaults. */
  info?: VersionFields;
  /** The fields already stored for a version id (kept unless `info` sets them). */
  stored?: (version: string) => VersionFields;
}

type VersionFields = Partial<Omit<VersionInfo, 'id' | 'languages' | 'sources'>>;

export function importExport(dir: string, options: ImportOptions): ImportResult {
  const { languages, meta } = readExport(dir);
  const versionId = versionOf(meta, options.version, dir);
  const info: VersionFields = { ...options.stored?.(versionId), ...options.info };
  const articles: Partial<Record<Lang, Article[]>> = {};
  const sections: Partial<Record<Lang, Section[]>> = {};
  const repairs: ImportIssue[] = [];
  const unplaced: ImportIssue[] = [];
  let title: string | null = null;
  const sources: Partial<Record<Lang, string>> = {};
  for (const { lang, source, items } of languages) {
    const result = assemble(items, { constitution: options.constitution, version: versionId, lang });
    // Text with no article heading at all is not an export (it would store a lone preamble).
    if (!result.articles.some((a) => a.number !== 'preamble')) {
      throw new DataError('no article found (no "Статья N" or "N-бап" heading)', join(dir, `${lang}.md`));
    }
    articles[lang] = result.articles;
    sections[lang] = result.sections;
    repairs.push(...result.repairs);
    unplaced.push(...result.unplaced);
    if (lang === 'rus') title = result.title;
    if (source) sources[lang] = source;
  }
  const version: VersionInfo = {
    id: versionId,
    effective: info.effective ?? versionId,
    label: info.label ?? `version of ${versionId}`,
    aliases: info.aliases ?? [],
    act: info.act ?? meta.act ?? '',
    languages: languages.map((l) => l.lang),
    sources,
  };
  return { content: { version, articles, sections }, title, repairs, unplaced };
}

/**
 * The version id: the one asked for, which must be a date the export states
 * when it states any, or else the one date the export states.
 */
function versionOf(meta: ExportMeta, asked: string | undefined, dir: string): string {
  const dates = meta.versionDates;
  const list = dates.map((d) => `${d.date} (${d.file})`).join(', ');
  if (asked) {
    if (dates.length && !dates.some((d) => d.date === asked)) throw new DataError(`version ${asked} asked for, but the export states version_date ${list}`, dates[0].file);
    return asked;
  }
  if (dates.length === 1) return dates[0].date;
  if (!dates.length) throw new UsageError(`--version is needed: the export ${dir} states no version_date`);
  throw new UsageError(`--version is needed: the export states more than one version_date: ${list}`);
}
