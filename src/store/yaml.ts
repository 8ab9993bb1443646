// YAML for frontmatter, manifests and section files, loaded on first use.
import type { stringify as Stringify, parse as Parse } from 'yaml';
import { lazyRequire } from './lazy-require.js';
import { DataError } from '../errors.js';

type Yaml = { parse: typeof Parse; stringify: typeof Stringify };
let yaml: Yaml | undefined;
const load = (): Yaml => (yaml ??= lazyRequire<Yaml>('yaml'));

// Warnings (ambiguous anchors, collection keys) would go to stderr through process.emitWarning;
// the readers report what matters as errors, so only errors are raised.
export const parseYaml = (text: string): unknown => load().parse(text, { logLevel: 'error' });
/**
 * A YAML syntax error as one DataError: `<file>:<line>: broken <what>: <reason> (column N)`.
 * The yaml library's message repeats the position ("at line 1, column 13:") and
 * quotes the source after it; only the reason is kept, and the line is counted in
 * the whole file (`firstLine`: the file line the YAML text starts on).
 */
export function yamlError(what: string, error: unknown, file: string, firstLine = 1): DataError {
  const pos = (error as { linePos?: { line: number; col: number }[] }).linePos?.[0];
  const reason = String((error as Error)?.message ?? error).split('\n')[0]
    .replace(/\s*at line \d+, column \d+:?\s*$/u, '').replace(/:\s*$/u, '');
  return new DataError(`broken ${what}: ${reason}${pos ? ` (column ${pos.col})` : ''}`, file, pos ? pos.line + firstLine - 1 : undefined);
}

export const stringifyYaml = (value: unknown): string => load().stringify(value, { lineWidth: 0 });
