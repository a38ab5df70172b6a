// Builds the desktop app: the renderer with vite into dist/renderer (plus pdf.js's font and
// CMap data, served from the app's own files), and the main process and preload with esbuild
// into dist/electron/{main,preload}.cjs. `--renderer-only` skips Electron (the browser host).
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';
import { cp, mkdir, readFile, readdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
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

// OCR (issue #12): tesseract.js's worker and its WebAssembly core, served from the app's own
// files; and the Dutch language data for the package (electron-builder extraResources takes
// dist/tessdata), from the first tessdata folder found on this machine.
const outTess = path.join(root, 'dist', 'renderer', 'tesseract');
await mkdir(outTess, { recursive: true });
await cp(path.join(root, 'node_modules', 'tesseract.js', 'dist', 'worker.min.js'), path.join(outTess, 'worker.min.js'));
const coreDir = path.join(root, 'node_modules', 'tesseract.js-core');
for (const f of await readdir(coreDir)) {
  if (/^tesseract-core.*\.(js|wasm)$/.test(f)) await cp(path.join(coreDir, f), path.join(outTess, f));
}
const tessdataPlaces = [process.env.LAKSTIFT_TESSDATA, '/usr/share/tesseract-ocr/5/tessdata', '/usr/share/tesseract-ocr/4.00/tessdata', '/usr/share/tessdata', '/usr/local/share/tessdata', '/opt/homebrew/share/tessdata'].filter(Boolean);
const tessdata = tessdataPlaces.find((d) => existsSync(path.join(d, 'nld.traineddata')));
if (tessdata) {
  await mkdir(path.join(root, 'dist', 'tessdata'), { recursive: true });
  await cp(path.join(tessdata, 'nld.traineddata'), path.join(root, 'dist', 'tessdata', 'nld.traineddata'));
} else {
  console.warn('build-app: no nld.traineddata found (install tesseract-ocr-nld or set LAKSTIFT_TESSDATA); the package will have no OCR language data of its own.');
}

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
