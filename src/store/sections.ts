// `sections.<lang>.yaml` beside a version's article folders: section titles in
// order with the editorial footnotes that belong to a section, not an article.
import { parseYaml, stringifyYaml } from './yaml.js';
import type { Footnote, Note } from '../types.js';
import { DataError } from '../errors.js';

export interface Section {
  title: string;
  /** First article of the section. */
  firstArticle: string | null;
  footnotes: Footnote[];
  notes: Note[];
}

export function parseSections(text: string, file: string): Section[] {
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (error) {
    throw new DataError(`broken sections file: ${String((error as Error).message).split('\n')[0]}`, file);
  }
  if (!Array.isArray(data)) throw new DataError('sections file is not a list', file);
  return data.map((s: Partial<Section>) => ({ title: String(s.title ?? ''), firstArticle: s.firstArticle ?? null, footnotes: s.footnotes ?? [], notes: s.notes ?? [] }));
}

export function serializeSections(sections: Section[]): string {
  return stringifyYaml(sections);
}
