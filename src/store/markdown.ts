// The one Markdown reader of the project: CommonMark via remark-parse, with
// YAML frontmatter. Everything that reads Markdown goes through here.
//
// micromark (under remark) has inputs that overflow the stack or take quadratic
// time: thousands of nested block quotes or lists, and thousands of escapes,
// entities, brackets or emphasis marks in one paragraph (a 1 MB line of `\\`
// takes minutes). The real texts come nowhere near: at most 1,386 lines in a
// file, 12 columns of `>`/list markers before a line's text, 28 such marks in
// a paragraph. Input beyond generous limits is refused with a DataError naming
// the line, before it is parsed.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import type { Root } from 'mdast';
import { DataError } from '../errors.js';

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);

export const LIMITS = {
  /** Lines in one file (an export bigger than this should come in parts). */
  lines: 20_000,
  /** Columns of container markers (`>`, indentation, list markers) before a line's text. */
  nestingColumns: 100,
  /** Unescaped `\ & [ ] ! * _ < `` ` `` in one paragraph (a run of non-blank lines). */
  marks: 2_000,
};

const CONTAINER_PREFIX = /^(?:[ \t>]|\d{1,9}[.)](?=[ \t]|$)|[-*+](?=[ \t]|$))*/u;
// A mark counts unless an odd number of backslashes escapes it; a backslash counts as one.
const MARK = /\\[\s\S]|[&[\]!*_<`]/gu;

export function parseMarkdown(text: string, file = '<markdown>'): Root {
  checkLimits(text, file);
  try {
    return processor.parse(text);
  } catch (error) {
    if (error instanceof RangeError) throw new DataError('Markdown nested too deeply to read', file);
    throw error;
  }
}

function checkLimits(text: string, file: string): void {
  const lines = text.split('\n');
  if (lines.length > LIMITS.lines) {
    throw new DataError(`more than ${LIMITS.lines} lines in one file (split it into parts)`, file, LIMITS.lines + 1);
  }
  let marks = 0;
  for (let i = 0; i < lines.length; i++) {
    const content = lines[i];
    if (CONTAINER_PREFIX.exec(content)![0].length > LIMITS.nestingColumns) {
      throw new DataError(`nested too deeply (more than ${LIMITS.nestingColumns} columns of quote, list or indent markers)`, file, i + 1);
    }
    if (!content.trim()) {
      marks = 0;
      continue;
    }
    marks += content.match(MARK)?.length ?? 0;
    if (marks > LIMITS.marks) {
      throw new DataError(`more than ${LIMITS.marks} Markdown marks (\\ & [ ] ! * _ < \`) in one paragraph`, file, i + 1);
    }
  }
}
