/** Opening input PDFs from the command line: file errors and core errors become one sentence naming the file. */
import { createRequire } from 'node:module';
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { LakstiftError, withFile } from '../shared/errors';
import { openPdf, type OpenOptions, type PdfFile } from '../shared/pdf';
import { readInput } from './util';

let cmapDir: string | null | undefined;
/** Predefined CMaps (Adobe's, as shipped by pdfjs-dist in bcmap form) for CJK fonts. */
export function loadPredefinedCMap(name: string): Uint8Array | null {
  if (cmapDir === undefined) {
    try {
      const req = createRequire(import.meta.url);
      cmapDir = path.join(path.dirname(req.resolve('pdfjs-dist/package.json')), 'cmaps');
    } catch {
      cmapDir = null;
    }
  }
  if (!cmapDir || !/^[A-Za-z0-9_.-]+$/.test(name)) return null;
  const file = path.join(cmapDir, `${name}.bcmap`);
  return existsSync(file) ? new Uint8Array(readFileSync(file)) : null;
}

/** Reads and opens a PDF; every failure names the file. */
export async function openInputPdf(file: string, options: OpenOptions = {}): Promise<{ bytes: Uint8Array; pdf: PdfFile }> {
  const bytes = await readInput(file);
  try {
    const pdf = await openPdf(bytes, { loadPredefinedCMap, ...options });
    return { bytes, pdf };
  } catch (e) {
    if (e instanceof LakstiftError) throw withFile(e, file);
    throw e;
  }
}
