// Bundles the command line (and the workers it uses) into dist/ so that `npx lakstift`
// starts in tens of milliseconds instead of compiling TypeScript on every run.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
await build({
  entryPoints: { cli: path.join(root, 'cli/main.ts') },
  outdir: path.join(root, 'dist'),
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: 'linked',
  // pdfjs-dist and exceljs are loaded from node_modules at run time: they are large,
  // and pdf.js finds its worker and decoders relative to its own files.
  external: ['pdfjs-dist', 'exceljs', 'mupdf', '@napi-rs/canvas'],
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  logLevel: 'warning',
});
