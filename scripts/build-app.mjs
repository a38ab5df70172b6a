// Builds the desktop app: the renderer with vite into dist/renderer (plus pdf.js's font and
// CMap data, served from the app's own files), and the main process and preload with esbuild
// into dist/electron/{main,preload}.cjs. `--renderer-only` skips Electron (the browser host).
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';
import { cp, mkdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const rendererOnly = process.argv.includes('--renderer-only');
const pkg = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8'));

await viteBuild({ configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn' });
const pdfjsDir = path.join(root, 'node_modules', 'pdfjs-dist');
const outPdfjs = path.join(root, 'dist', 'renderer', 'pdfjs');
await mkdir(outPdfjs, { recursive: true });
await cp(path.join(pdfjsDir, 'standard_fonts'), path.join(outPdfjs, 'standard_fonts'), { recursive: true });
await cp(path.join(pdfjsDir, 'cmaps'), path.join(outPdfjs, 'cmaps'), { recursive: true });

if (!rendererOnly) {
  const common = {
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22', // Electron 41 ships Node 22
    sourcemap: 'linked',
    external: ['electron'],
    define: { __LAKSTIFT_VERSION__: JSON.stringify(pkg.version) },
    logLevel: 'warning',
  };
  await esbuild({ ...common, entryPoints: [path.join(root, 'electron/main/index.ts')], outfile: path.join(root, 'dist/electron/main.cjs') });
  // The sandboxed preload may require only 'electron' and a few polyfilled modules: one file.
  await esbuild({ ...common, platform: 'browser', entryPoints: [path.join(root, 'electron/preload/index.ts')], outfile: path.join(root, 'dist/electron/preload.cjs') });
}
console.log(`built ${rendererOnly ? 'renderer' : 'app'} into dist/`);
