// The one Markdown reader of the project: CommonMark via remark-parse, with
// YAML frontmatter. Everything that reads Markdown goes through here.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import type { Root } from 'mdast';

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);

export function parseMarkdown(text: string): Root {
  return processor.parse(text) as Root;
}
