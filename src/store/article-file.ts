// One article file: YAML frontmatter (number, section, annotations as data)
// and a body holding only the constitutional text (see body.ts).
import { parseYaml, stringifyYaml, yamlError } from './yaml.js';
import type { Article, Footnote, Lang, Note, PendingWording } from '../types.js';
import { LANGS } from '../types.js';
import { DataError } from '../errors.js';
import { parseMarkdown } from './markdown.js';
import { blocksOf, parseBody, serializeBody } from './body.js';
import { checkAnnotations } from './frontmatter-check.js';

interface Frontmatter {
  constitution: string;
  version: string;
  lang: Lang;
  article: string;
  section: string | null;
  repealed?: boolean;
  footnotes?: Footnote[];
  notes?: Note[];
  pending?: (Omit<PendingWording, 'blocks'> & { text: string })[];
}

export function serializeArticle(article: Article): string {
  const front: Frontmatter = {
    constitution: article.constitution,
    version: article.version,
    lang: article.lang,
    article: article.number,
    section: article.section,
  };
  if (article.repealed) front.repealed = true;
  if (article.footnotes.length) front.footnotes = article.footnotes;
  if (article.notes.length) front.notes = article.notes;
  if (article.pending.length) {
    front.pending = article.pending.map(({ blocks, ...rest }) => ({ ...rest, text: serializeBody(blocks) }));
  }
  const yaml = stringifyYaml(front);
  return `---\n${yaml}---\n\n${serializeBody(article.blocks)}`;
}

/** Reads one article file. `file` names it in errors. */
export function parseArticle(source: string, file: string): Article {
  const tree = parseMarkdown(source, file);
  const head = tree.children[0];
  if (!head || head.type !== 'yaml') throw new DataError('missing frontmatter (--- … ---)', file, 1);
  let data: unknown;
  try {
    data = parseYaml(head.value);
  } catch (error) {
    throw yamlError('frontmatter', error, file, 2);
  }
  const front = checkFrontmatter(data, file);
  const blocks = blocksOf(tree, source, file);
  if (!blocks.length && !front.repealed) throw new DataError(`article ${front.article} has an empty body`, file);
  return {
    constitution: front.constitution,
    version: front.version,
    lang: front.lang,
    number: front.article,
    section: front.section,
    repealed: front.repealed === true,
    footnotes: front.footnotes ?? [],
    notes: front.notes ?? [],
    pending: (front.pending ?? []).map(({ text, ...rest }) => ({ ...rest, blocks: parseBody(text, file) })),
    blocks,
  };
}

function checkFrontmatter(data: unknown, file: string): Frontmatter {
  if (!data || typeof data !== 'object' || Array.isArray(data)) throw new DataError('frontmatter is not a mapping', file, 1);
  const f = data as Record<string, unknown>;
  for (const key of ['constitution', 'version', 'lang', 'article'] as const) {
    if (typeof f[key] !== 'string' || !f[key]) throw new DataError(`frontmatter field "${key}" is missing or not text`, file);
  }
  if (!LANGS.includes(f.lang as Lang)) throw new DataError(`unknown language "${String(f.lang)}"`, file);
  if (f.section !== null && f.section !== undefined && typeof f.section !== 'string') {
    throw new DataError('frontmatter field "section" is not text', file);
  }
  for (const key of ['footnotes', 'notes', 'pending'] as const) {
    if (f[key] !== undefined && !Array.isArray(f[key])) throw new DataError(`frontmatter field "${key}" is not a list`, file);
  }
  checkAnnotations(f, file);
  return { ...(f as unknown as Frontmatter), section: (f.section as string | undefined) ?? null };
}
