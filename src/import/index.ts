// `constdiff import`: one export folder -> one version of the store.
import type { Article, Lang, VersionInfo } from '../types.js';
import type { Section } from '../store/sections.js';
import type { VersionContent } from '../store/write.js';
import { assemble, type ImportIssue } from './assemble.js';
import { readExport } from './export-files.js';
import { DataError } from '../errors.js';
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
  version: string;
  /** Manifest fields to set; the rest keep their stored values or defaults. */
  info?: Partial<Omit<VersionInfo, 'id' | 'languages' | 'sources'>>;
}

export function importExport(dir: string, options: ImportOptions): ImportResult {
  const languages = readExport(dir);
  const articles: Partial<Record<Lang, Article[]>> = {};
  const sections: Partial<Record<Lang, Section[]>> = {};
  const repairs: ImportIssue[] = [];
  const unplaced: ImportIssue[] = [];
  let title: string | null = null;
  const sources: Partial<Record<Lang, string>> = {};
  for (const { lang, source, items } of languages) {
    const result = assemble(items, { constitution: options.constitution, version: options.version, lang });
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
    id: options.version,
    effective: options.info?.effective ?? options.version,
    label: options.info?.label ?? `version of ${options.version}`,
    aliases: options.info?.aliases ?? [],
    act: options.info?.act ?? '',
    languages: languages.map((l) => l.lang),
    sources,
  };
  return { content: { version, articles, sections }, title, repairs, unplaced };
}
