/**
 * The Node host of the core engines (shared/engine.ts): pdf.js's legacy build as the
 * independent verifier, pdfjs-dist's predefined CMaps and standard fonts from node_modules,
 * and the fonts in assets/. The command line and the tests build their engines from this.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { EngineHost } from '../shared/engine';
import { sha256Hex } from '../shared/hash';
import type { ReportFonts } from '../shared/export/pdfReport';
import type { PdfjsLike } from '../shared/verify';
import { IoError } from './errors';
import { nodeOcrHost, type NodeOcrOptions } from './ocr';

/** Finds a file shipped in assets/, from the source tree (tests) or beside the bundle (dist/cli.mjs). */
export function assetFile(rel: string): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const candidate = path.join(dir, 'assets', rel);
    if (existsSync(candidate)) return candidate;
    dir = path.dirname(dir);
  }
  throw new IoError({ en: `assets/${rel} is missing from this installation; reinstall Lakstift.`, nl: `assets/${rel} ontbreekt in deze installatie; installeer Lakstift opnieuw.` });
}

/** DejaVu Sans regular and bold, for labels, stamps and reports. */
export function reportFonts(): ReportFonts {
  return {
    regular: new Uint8Array(readFileSync(assetFile('fonts/DejaVuSans.ttf'))),
    bold: new Uint8Array(readFileSync(assetFile('fonts/DejaVuSans-Bold.ttf'))),
  };
}

let pdfjsRoot: string | null | undefined;
function pdfjsDir(): string | null {
  if (pdfjsRoot === undefined) {
    try {
      pdfjsRoot = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
    } catch {
      pdfjsRoot = null;
    }
  }
  return pdfjsRoot;
}

/** Predefined CMaps (Adobe's, as pdfjs-dist ships them in bcmap form), by name. */
export function loadPredefinedCMap(name: string): Uint8Array | null {
  const dir = pdfjsDir();
  if (!dir || !/^[A-Za-z0-9_.+-]+$/.test(name) || name.includes('..')) return null;
  const file = path.join(dir, 'cmaps', `${name}.bcmap`);
  return existsSync(file) ? new Uint8Array(readFileSync(file)) : null;
}

let pdfjsPromise: Promise<PdfjsLike> | undefined;
function loadPdfjs(): Promise<PdfjsLike> {
  const nativePush = Array.prototype.push;
  pdfjsPromise ??= import('pdfjs-dist/legacy/build/pdf.mjs').then((m) => {
    // As in shared/redact/image-codecs.ts: the legacy build's core-js replaces
    // Array.prototype.push for the whole process with a JavaScript one about 7 times slower;
    // verify and bundle would run every later push through it. The native one is put back.
    if (Array.prototype.push !== nativePush) {
      const d = Object.getOwnPropertyDescriptor(Array.prototype, 'push');
      if (d?.configurable) Object.defineProperty(Array.prototype, 'push', { ...d, value: nativePush });
    }
    return m as unknown as PdfjsLike;
  });
  return pdfjsPromise;
}

/**
 * SHA-256 as shared/hash.ts gives it; bytes in shared memory (read there for worker threads)
 * are hashed by Node's own crypto, which takes them as they are, where Web Crypto would need a
 * copy of the whole file.
 */
export function nodeSha256(bytes: Uint8Array): Promise<string> {
  if (bytes.buffer instanceof SharedArrayBuffer) return Promise.resolve(createHash('sha256').update(bytes).digest('hex'));
  return sha256Hex(bytes);
}

/**
 * The host for Node. OCR (node/ocr.ts) is on unless `ocr: false`; its options name a tessdata
 * folder, the number of workers and the cache folder.
 *
 * @example
 *   const engines = createEngines(nodeHost({ password: values.password, ocr: { jobs: 2 } }));
 */
export function nodeHost(opts: { password?: string; ocr?: NodeOcrOptions | false } = {}): EngineHost {
  const dir = pdfjsDir();
  let fonts: ReportFonts | undefined;
  const pdfjsData = dir
    ? {
        cMapUrl: `${pathToFileURL(path.join(dir, 'cmaps')).href}/`,
        standardFontDataUrl: `${pathToFileURL(path.join(dir, 'standard_fonts')).href}/`,
      }
    : {};
  return {
    sha256: nodeSha256,
    pdfjs: loadPdfjs,
    pdfjsData,
    loadCMap: loadPredefinedCMap,
    fonts: async () => (fonts ??= reportFonts()),
    ...(opts.password !== undefined ? { password: opts.password } : {}),
    ...(opts.ocr !== false ? { ocr: nodeOcrHost(opts.ocr ?? {}, pdfjsData) } : {}),
  };
}
