// Build step: the terminal UI and its dependencies (ink, React, yoga) as one ES
// module, dist/tui.bundle.js. Loading ink's hundreds of small modules one by one
// costs ~300 ms at start-up; the bundle loads in under 100 ms.
import { build } from 'esbuild';

await build({
  entryPoints: ['src/tui/index.tsx'],
  outfile: 'dist/tui.bundle.js',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  jsx: 'automatic',
  define: { 'process.env.NODE_ENV': '"production"' },
  alias: { 'react-devtools-core': './src/tui/no-devtools.ts' },
  // Some dependencies are CommonJS and call require(); give the ES module one.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  logLevel: 'warning',
});
