// Build step after `tsc`: the two bundles the installed command runs.
//
// - dist/constdiff.cjs, the `constdiff` bin: the whole CLI (store, engine,
//   renderers, commander, remark) in one CommonJS file. Node 20 loads it in a
//   few milliseconds, where resolving and linking ~150 ES modules one by one cost
//   ~80 ms of every run.
// - dist/tui.bundle.js: ink, React and the UI as one ES module, loaded only by
//   the `tui` command (ink's hundreds of small modules cost ~300 ms otherwise).
//
// `yaml` stays outside: it is loaded on demand (src/store/yaml.ts), only when
// the parse cache misses. So does `docx` (a megabyte), loaded only by
// `--format docx` and `report --docx`.
import { createHash } from 'node:crypto';
import { chmodSync, readdirSync, readFileSync } from 'node:fs';
import { build } from 'esbuild';

const common = { bundle: true, platform: 'node', target: 'node20', logLevel: 'warning' };

await build({
  ...common,
  entryPoints: ['src/tui/index.tsx'],
  outfile: 'dist/tui.bundle.js',
  format: 'esm',
  jsx: 'automatic',
  define: { 'process.env.NODE_ENV': '"production"' },
  alias: { 'react-devtools-core': './src/tui/no-devtools.ts' },
  // Some dependencies are CommonJS and call require(); give the ES module one.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
});

/** The parse cache's key for the store code (src/store/parse-cache.ts). */
function storeCodeHash() {
  const hash = createHash('sha256');
  for (const name of readdirSync('src/store').sort()) hash.update(name).update(readFileSync(`src/store/${name}`));
  return hash.digest('hex');
}

/** The comparison cache's key for the engine code (src/cli/diff-cache.ts, ENGINE_SOURCES: the same list, hashed the same way). */
function engineCodeHash() {
  const hash = createHash('sha256');
  for (const path of ['src/diff', 'src/timeline', 'src/cli/compare.ts', 'src/cli/diff-cache.ts', 'src/types.ts', 'src/labels.ts', 'package-lock.json']) {
    const files = /\.(ts|json)$/u.test(path) ? [path] : readdirSync(path).sort().map((n) => `${path}/${n}`);
    for (const f of files) hash.update(`/${f}`).update(readFileSync(f));
  }
  return hash.digest('hex');
}

/** The UI is not part of the CLI bundle: its one import (src/tui/launch.ts) loads the UI bundle. */
const tuiBundle = {
  name: 'tui-bundle',
  setup(b) {
    b.onResolve({ filter: /^\.\/index\.js$/ }, (args) =>
      args.importer.endsWith('src/tui/launch.ts') ? { path: './tui.bundle.js', external: true } : undefined);
  },
};

await build({
  ...common,
  entryPoints: ['src/cli/main.ts'],
  outfile: 'dist/constdiff.cjs',
  format: 'cjs',
  external: ['yaml', 'docx'],
  plugins: [tuiBundle],
  define: { 'import.meta.url': '__bundleUrl', __STORE_CODE_HASH__: JSON.stringify(storeCodeHash()), __ENGINE_CODE_HASH__: JSON.stringify(engineCodeHash()) },
  banner: { js: "'use strict';\nconst __bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
});
chmodSync('dist/constdiff.cjs', 0o755);
