// What an export says about itself: the version date, the amending act and the
// source address. Exports carry it in `meta.yaml` beside the text (version_date
// and source per language, caused_by.requisite), in the frontmatter of the
// language file (a single-file export: version_date, caused_by, requisite,
// source), or not at all (split exports: only `source` per file).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Lang } from '../types.js';
import { DataError } from '../errors.js';
import { parseYaml, yamlError } from '../store/yaml.js';
import { readUtf8 } from '../store/read-utf8.js';

export interface ExportMeta {
  /** Version dates the export states, each with the file that states it. */
  versionDates: { date: string; file: string }[];
  /** The act that produced this version, as the export words it. */
  act?: string;
  sources: Partial<Record<Lang, string>>;
}

type Fields = Record<string, unknown>;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/u;

/**
 * Parses YAML fields; broken YAML is a data error naming the file. Frontmatter
 * that is not a mapping states nothing (as before meta was read); meta.yaml must be one.
 */
export function yamlFields(text: string, file: string, what = 'YAML', firstLine = 1): Fields | null {
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (error) {
    throw yamlError(what, error, file, firstLine);
  }
  if (data === null || data === undefined) return null;
  if (typeof data !== 'object' || Array.isArray(data)) {
    if (what === 'frontmatter') return null;
    throw new DataError(`${what} is not a mapping of fields`, file, 1);
  }
  return data as Fields;
}

/** `meta.yaml` of an export folder, or null when there is none. */
export function readMetaYaml(dir: string): { fields: Fields; file: string } | null {
  const file = join(dir, 'meta.yaml');
  if (!existsSync(file)) return null;
  const fields = yamlFields(readUtf8(file, dir), file);
  return fields ? { fields, file } : null;
}

/**
 * Joins `meta.yaml` and the frontmatter of each language's main file. A field
 * may be one value or one per language (`version_date: {rus: …, kaz: …}`).
 */
export function exportMeta(meta: { fields: Fields; file: string } | null, frontmatters: { lang: Lang; fields: Fields | null; file: string }[]): ExportMeta {
  const result: ExportMeta = { versionDates: [], sources: {} };
  const addDate = (value: unknown, file: string, lang?: Lang) => {
    const date = perLanguage(value, lang);
    if (date === undefined) return;
    if (typeof date !== 'string' || !ISO_DATE.test(date)) throw new DataError(`version_date is not a date (YYYY-MM-DD): ${JSON.stringify(date)}`, file);
    if (!result.versionDates.some((d) => d.date === date)) result.versionDates.push({ date, file });
  };
  for (const { lang, fields, file } of frontmatters) {
    if (!fields) continue;
    addDate(fields.version_date, file, lang);
    const source = perLanguage(fields.source, lang);
    if (typeof source === 'string') result.sources[lang] = source;
  }
  if (meta) {
    for (const { lang } of frontmatters) {
      addDate(meta.fields.version_date, meta.file, lang);
      const source = perLanguage(meta.fields.source, lang);
      if (typeof source === 'string') result.sources[lang] ??= source;
    }
  }
  // The act: meta.yaml first, then the Russian frontmatter, then any other.
  const ordered = [meta?.fields, ...frontmatters.filter((f) => f.lang === 'rus').map((f) => f.fields), ...frontmatters.filter((f) => f.lang !== 'rus').map((f) => f.fields)];
  for (const fields of ordered) {
    const act = fields ? actOf(fields) : undefined;
    if (act) {
      result.act = act;
      break;
    }
  }
  return result;
}

/** `value`, or its entry for `lang` when it is given per language. */
function perLanguage(value: unknown, lang?: Lang): unknown {
  if (value && typeof value === 'object' && !Array.isArray(value)) return lang ? (value as Fields)[lang] : undefined;
  return value;
}

/**
 * caused_by.requisite names the amending act. When the version is the act's own
 * adoption (caused_by.code is the document's own code), the document's
 * requisite is the act: "Конституция принята на республиканском референдуме …".
 */
function actOf(fields: Fields): string | undefined {
  const cause = fields.caused_by;
  if (!cause || typeof cause !== 'object') return undefined;
  const c = cause as Fields;
  const requisite = perLanguage(c.requisite, 'rus');
  if (typeof requisite === 'string' && requisite.trim()) return requisite.trim();
  const own = [fields.act_code, fields.registry_number].map((v) => (v === undefined ? undefined : String(v)));
  if (c.code !== undefined && own.includes(String(c.code)) && typeof fields.requisite === 'string') return fields.requisite.trim();
  return undefined;
}
