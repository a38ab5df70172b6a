// Bundles the command line into dist/cli.mjs so that `npx lakstift` starts in tens of
// milliseconds instead of compiling TypeScript on every run. Runs on `npm ci` (prepare).
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
await build({
  // The job worker (node/jobsWorker.ts, --jobs N) is an entry of its own beside cli.mjs.
  entryPoints: { cli: path.join(root, 'cli/main.ts'), 'jobs-worker': path.join(root, 'node/jobsWorker.ts') },
  outdir: path.join(root, 'dist'),
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  // Each command is its own chunk, loaded on demand (cli/main.ts).
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  target: 'node20',
  sourcemap: 'linked',
  define: { __LAKSTIFT_VERSION__: JSON.stringify(pkg.version) },
  // pdfjs-dist stays in node_modules: it is large, and pdf.js finds its worker and decoders
  // relative to its own files.
  external: ['pdfjs-dist', 'mupdf', '@napi-rs/canvas', 'tesseract.js'],
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  // compromise is loaded on its first use, not at start-up (node/lazyCompromise.ts, issue #17).
  plugins: [{
    name: 'lazy-compromise',
    setup(b) {
      b.onResolve({ filter: /^compromise$/ }, () => ({ path: path.join(root, 'node/lazyCompromise.ts') }));
    },
  }, {
    // pdf-lib's SVG, colour and XML helpers likewise, on their first call (cli/lazyPdfLibDeps.ts).
    name: 'lazy-pdf-lib-deps',
    setup(b) {
      b.onResolve({ filter: /^(culori|html-entities|node-html-better-parser)$/ }, () => ({ path: path.join(root, 'cli/lazyPdfLibDeps.ts') }));
    },
  }, {
    // fontkit's brotli (WOFF2 only) likewise: its 1.2 MB dictionary literal loaded with every label font (cli/lazyBrotli.ts).
    name: 'lazy-brotli',
    setup(b) {
      b.onResolve({ filter: /^brotli\/decompress(\.js)?$/ }, () => ({ path: path.join(root, 'cli/lazyBrotli.ts') }));
    },
  }],
  logLevel: 'warning',
});
