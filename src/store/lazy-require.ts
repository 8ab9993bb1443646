// Loads a package synchronously on first use instead of at start-up. The store's
// API is synchronous, and most runs are served from the parse cache, so the
// Markdown and YAML parsers (a third of a run's start-up) load only when needed.
// Node ≥ 20.19 loads ES modules through require().
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export function lazyRequire<T>(name: string): T {
  return require(name) as T;
}
