// What train-guidance.mjs and measure-guidance.mjs share: the detector's own modules, bundled
// once from the TypeScript sources with esbuild, and the marked texts (⟦guidance⟧) they read.
import { build } from 'esbuild';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const here = path.dirname(fileURLToPath(import.meta.url));
export const root = path.dirname(path.dirname(here));

/**
 * Bundles the given export lines (paths relative to the repository root) into one module and
 * imports it: the scripts run exactly the code the detector ships.
 *
 * @example
 *   const m = await loadModules(["export { guidanceDetector } from './shared/detect/detectors/guidance.ts';"]);
 */
export async function loadModules(exportLines) {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'lakstift-guidance-'));
  const outfile = path.join(tmp, 'lib.mjs');
  try {
    await build({
      stdin: { contents: exportLines.join('\n'), resolveDir: root, loader: 'ts' },
      bundle: true, platform: 'node', format: 'esm', outfile, logLevel: 'warning',
      banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
    });
    return await import(outfile);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** The unmarked text (trailing newlines dropped) and the marked ranges of a marked text. */
export function unmark(marked) {
  let text = '';
  const ranges = [];
  let open = -1;
  for (const ch of marked) {
    if (ch === '⟦') open = text.length;
    else if (ch === '⟧') {
      ranges.push([open, text.length]);
      open = -1;
    } else text += ch;
  }
  return { text: text.replace(/\n+$/, ''), ranges };
}

/** The marked texts of a folder, sorted by file name: `{ file, text, ranges }`. */
export function readMarked(dir) {
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()
    .map((file) => ({ file, ...unmark(readFileSync(path.join(dir, file), 'utf8')) }));
}
