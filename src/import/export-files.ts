// The files of one export folder: `<lang>.md`, alone or as an index whose
// "parts" table links `<lang>/secNNN.md` files, each with its own frontmatter,
// and `meta.yaml` where the export has one.
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Nodes } from 'mdast';
import type { Lang } from '../types.js';
import { LANGS } from '../types.js';
import { DataError } from '../errors.js';
import { parseMarkdown } from '../store/markdown.js';
import { readUtf8 } from '../store/read-utf8.js';
import { itemsOf, type Item } from './items.js';
import { exportMeta, readMetaYaml, yamlFields, type ExportMeta } from './export-meta.js';

export interface ExportLanguage {
  lang: Lang;
  source?: string;
  items: Item[];
}

export interface Export {
  languages: ExportLanguage[];
  meta: ExportMeta;
}

export function readExport(dir: string): Export {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new DataError('export folder not found', dir);
  const langs = LANGS.filter((l) => existsSync(join(dir, `${l}.md`)));
  if (!langs.includes('rus')) throw new DataError('export has no rus.md', dir);
  const read = langs.map((lang) => readLanguage(dir, lang));
  const meta = exportMeta(readMetaYaml(dir), read.map((l) => ({ lang: l.lang, fields: l.frontmatter, file: join(dir, `${l.lang}.md`) })));
  return { languages: read.map(({ lang, items }) => ({ lang, ...(meta.sources[lang] ? { source: meta.sources[lang] } : {}), items })), meta };
}

function readLanguage(dir: string, lang: Lang): { lang: Lang; frontmatter: Record<string, unknown> | null; items: Item[] } {
  const mainFile = join(dir, `${lang}.md`);
  const main = readFile(mainFile, dir);
  const partsAt = main.items.findIndex((i) => i.kind === 'parts');
  const items = partsAt < 0 ? main.items : main.items.slice(0, partsAt);
  for (const href of partLinks(main.tree)) {
    const file = join(dir, href);
    if (!file.startsWith(join(dir, lang))) throw new DataError(`part link "${href}" leaves the export folder`, mainFile);
    if (!existsSync(file)) throw new DataError(`part "${href}" listed in the index is missing`, mainFile);
    items.push(...readFile(file, dir).items);
  }
  return { lang, frontmatter: main.frontmatter, items };
}

function readFile(file: string, dir: string) {
  const text = readUtf8(file, dir);
  if (!text.trim()) throw new DataError('file is empty', file);
  const tree = parseMarkdown(text, file);
  const head = tree.children[0];
  const frontmatter = head?.type === 'yaml' ? yamlFields(head.value, file, 'frontmatter', 2) : null;
  return { tree, frontmatter, items: itemsOf(tree, text, file) };
}

/** Links to part files in document order (the parts table of an index file). */
function partLinks(tree: Nodes): string[] {
  const links: string[] = [];
  const walk = (node: Nodes) => {
    if (node.type === 'link' && /^(rus|kaz)\/sec\d+\.md$/u.test((node).url)) links.push((node).url);
    if ('children' in node) for (const child of node.children as Nodes[]) walk(child);
  };
  walk(tree);
  return [...new Set(links)];
}
