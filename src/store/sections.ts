// `sections.<lang>.yaml` beside a version's article folders: section titles in
// order with the editorial footnotes that belong to a section, not an article.
import { parseYaml, stringifyYaml, yamlError } from './yaml.js';
import type { Section } from '../types.js';
import { DataError } from '../errors.js';
import { checkAnnotations } from './frontmatter-check.js';

export type { Section };

export function parseSections(text: string, file: string): Section[] {
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (error) {
    throw yamlError('sections file', error, file);
  }
  if (!Array.isArray(data)) throw new DataError('sections file is not a list', file);
  return data.map((s: Partial<Section> | null, i) => {
    // The annotations have the shapes of an article's (checked the same way).
    if (!s || typeof s !== 'object' || Array.isArray(s) || (s.firstArticle != null && typeof s.firstArticle !== 'string')
      || (s.footnotes !== undefined && !Array.isArray(s.footnotes)) || (s.notes !== undefined && !Array.isArray(s.notes))) {
      throw new DataError(`section #${i + 1} is malformed`, file);
    }
    checkAnnotations({ footnotes: s.footnotes, notes: s.notes }, file);
    return { title: String(s.title ?? ''), firstArticle: s.firstArticle ?? null, footnotes: s.footnotes ?? [], notes: s.notes ?? [] };
  });
}

export function serializeSections(sections: Section[]): string {
  return stringifyYaml(sections);
}
