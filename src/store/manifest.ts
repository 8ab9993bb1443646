// `constitution/<id>/manifest.yaml`: the constitution's title and its versions.
import { parseYaml, stringifyYaml, yamlError } from './yaml.js';
import type { ConstitutionInfo, VersionInfo } from '../types.js';
import { LANGS } from '../types.js';
import { DataError } from '../errors.js';
import { isVersionId, printable } from './names.js';

export function parseManifest(text: string, file: string): ConstitutionInfo {
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (error) {
    throw yamlError('manifest', error, file);
  }
  const m = data as Partial<ConstitutionInfo> | null;
  if (!m || typeof m !== 'object' || typeof m.id !== 'string' || !Array.isArray(m.versions)) {
    throw new DataError('manifest needs "id" and a list of "versions"', file);
  }
  const seen = new Set<string>();
  const versions = m.versions.map((v: Partial<VersionInfo>, i) => {
    if (!v || typeof v.id !== 'string' || !isVersionId(v.id)) throw new DataError(`version #${i + 1} has no valid id (YYYY-MM-DD)`, file);
    if (seen.has(v.id)) throw new DataError(`version ${v.id} is listed twice`, file);
    seen.add(v.id);
    const texts = (x: unknown) => Array.isArray(x) && x.every((y) => typeof y === 'string');
    const optionalText = (x: unknown) => x === undefined || typeof x === 'string';
    if (!optionalText(v.label) || !optionalText(v.act) || (v.aliases !== undefined && !texts(v.aliases))
      || (v.languages !== undefined && !texts(v.languages))
      || (v.sources !== undefined && (!v.sources || typeof v.sources !== 'object' || !texts(Object.values(v.sources))))) {
      throw new DataError(`version ${v.id}: label, act, aliases, languages or sources malformed`, file);
    }
    const languages = (v.languages ?? ['rus']);
    for (const l of languages) if (!LANGS.includes(l)) throw new DataError(`version ${v.id}: unknown language "${l}"`, file);
    return {
      id: v.id,
      effective: typeof v.effective === 'string' && isVersionId(v.effective) ? v.effective : v.id,
      label: v.label ?? `version of ${v.id}`,
      aliases: v.aliases ?? [],
      act: v.act ?? '',
      languages,
      sources: v.sources ?? {},
    };
  });
  versions.sort((a, b) => a.id.localeCompare(b.id));
  const conflict = nameConflict(versions);
  if (conflict) throw new DataError(conflict, file);
  if (m.title !== undefined && typeof m.title !== 'string') throw new DataError('manifest title is not text', file);
  return { id: m.id, title: m.title ?? m.id, versions };
}

/**
 * Why the versions' names would be ambiguous on the command line, if they are:
 * an alias that is another version's id, or one alias given to two versions.
 */
export function nameConflict(versions: readonly VersionInfo[]): string | undefined {
  const owner = new Map<string, string>(versions.map((v) => [v.id, v.id]));
  for (const v of versions) {
    for (const alias of new Set(v.aliases)) {
      const other = owner.get(alias);
      if (other === undefined || other === v.id) {
        owner.set(alias, v.id);
        continue;
      }
      return other === alias
        ? `alias "${printable(alias)}" of version ${v.id} is the id of version ${other}`
        : `alias "${printable(alias)}" is given to two versions, ${other} and ${v.id}`;
    }
  }
  return undefined;
}

export function serializeManifest(info: ConstitutionInfo): string {
  return stringifyYaml(info);
}
