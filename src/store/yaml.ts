// YAML for frontmatter, manifests and section files, loaded on first use.
import type { stringify as Stringify, parse as Parse } from 'yaml';
import { lazyRequire } from './lazy-require.js';

type Yaml = { parse: typeof Parse; stringify: typeof Stringify };
let yaml: Yaml | undefined;
const load = (): Yaml => (yaml ??= lazyRequire<Yaml>('yaml'));

// Warnings (ambiguous anchors, collection keys) would go to stderr through process.emitWarning;
// the readers report what matters as errors, so only errors are raised.
export const parseYaml = (text: string): unknown => load().parse(text, { logLevel: 'error' });
export const stringifyYaml = (value: unknown): string => load().stringify(value, { lineWidth: 0 });
